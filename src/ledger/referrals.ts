// Referral records: who referred whom, permission to use the name, status,
// and the follow-ups to the referrer. `done` stamps a follow-up as done; the
// open duty is then recomputed from the referee's touches.
import type { Referral } from '../core/types';
import { NEVER } from '../core/types';
import type { PageRequest } from '../messaging/protocol';
import type { NudgelineDB } from './db';
import { LedgerError, must, newId } from './errors';
import { liveContact } from './contacts';
import { recomputeReferrals } from './recompute';
import { writeTables } from './tables';

type SaveReferral = Omit<Extract<PageRequest, { type: 'referral.save' }>, 'type'>;

const DONE_FIELD = { 'report-back': 'reportedBackAt', thank: 'thankedAt', gift: 'giftSentAt' } as const;

export async function saveReferral(db: NudgelineDB, req: SaveReferral, now: number): Promise<number> {
  return db.transaction('rw', writeTables(db), async () => {
    await liveContact(db, req.referrerId);
    if (req.refereeId !== undefined) {
      if (req.refereeId === req.referrerId) throw new LedgerError('a contact cannot refer themselves');
      await liveContact(db, req.refereeId);
    }
    const base: Referral = req.id !== undefined
      ? must(await db.referrals.get(req.id), `referral ${req.id}`)
      : { referrerId: req.referrerId, mayUseName: req.mayUseName, status: req.status, createdAt: now, dutyDueAt: NEVER };
    const next: Referral = { ...base, referrerId: req.referrerId, mayUseName: req.mayUseName, status: req.status };
    if (req.refereeId !== undefined) next.refereeId = req.refereeId;
    else delete next.refereeId;
    if (req.done) next[DONE_FIELD[req.done]] ??= now;
    const id = newId(await db.referrals.put(next));
    await recomputeReferrals(db, [{ ...next, id }], now);
    return id;
  });
}
