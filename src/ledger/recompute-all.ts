// Recomputes every contact and referral: at a local day boundary and after
// the settings change. Chunked so no transaction grows large; inside a
// caller's transaction (settings.save) the chunks join it.
import type { Settings } from '../core/types';
import type { NudgelineDB } from './db';
import { localDay } from './day';
import { recomputeChunk, recomputeReferrals } from './recompute';
import { loadSettings } from './settings-store';

const CHUNK = 2_000;
export const LAST_RECOMPUTE_DAY = 'lastRecomputeDay';
export const LAST_RECOMPUTE_AT = 'lastRecomputeAt';

export async function recomputeAll(db: NudgelineDB, now: number, given?: Settings): Promise<void> {
  const settings = given ?? (await db.transaction('r', db.settings, () => loadSettings(db)));
  let after: number | null = 0;
  while (after !== null) {
    const from: number = after;
    after = await db.transaction('rw', db.contacts, db.touches, () => recomputeChunk(db, from, CHUNK, settings, now));
  }
  await db.transaction('rw', db.referrals, db.touches, db.meta, async () => {
    await recomputeReferrals(db, await db.referrals.toArray(), now);
    await db.meta.bulkPut([{ key: LAST_RECOMPUTE_DAY, value: localDay(now) }, { key: LAST_RECOMPUTE_AT, value: now }]);
  });
}

export async function lastRecomputeDay(db: NudgelineDB): Promise<string | undefined> {
  const row = await db.meta.get(LAST_RECOMPUTE_DAY);
  return typeof row?.value === 'string' ? row.value : undefined;
}
