// Which day the daily digest last went out, and what it said. The day is
// claimed in a transaction before anything is shown, so two wake-ups of the
// worker never send two digests.
import { dayKey, shouldSendDigest } from '../core/digest';
import type { NudgelineDB } from './db';
import { loadSettings } from './settings-store';

const LAST_DAY = 'lastDigestDay';
const LAST_DIGEST = 'lastDigest';

export interface DigestRecord {
  day: string;
  at: number;
  message: string;
}

export async function lastDigestDay(db: NudgelineDB): Promise<string | undefined> {
  return (await db.meta.get(LAST_DAY))?.value as string | undefined;
}

/** Claims today for the digest if it is due; false if not due or already claimed. */
export async function claimDigestDay(db: NudgelineDB, now: number): Promise<boolean> {
  return db.transaction('rw', db.meta, db.settings, async () => {
    if (!shouldSendDigest(now, await loadSettings(db), await lastDigestDay(db))) return false;
    await db.meta.put({ key: LAST_DAY, value: dayKey(now) });
    return true;
  });
}

/** What went out and when: shown in the options page, checked by the tests. */
export async function recordDigest(db: NudgelineDB, now: number, message: string): Promise<void> {
  await db.meta.put({ key: LAST_DIGEST, value: { day: dayKey(now), at: now, message } satisfies DigestRecord });
}
