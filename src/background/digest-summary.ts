// What the digest says: one phrase per kind of follow-up that is due,
// final reach-outs first ("1 final reach-out, 2 nudges").
import type { NudgelineDB } from '../ledger/db';
import type { Section } from '../core/types';
import { t, tn } from '../ui/i18n';

/** Digest order and the i18n key stem of each (…_one / …_other). */
const PARTS: [Section | 'duties', string][] = [
  ['final-due', 'digestFinal'], ['nudge-due', 'digestNudge'], ['reply-owed', 'digestReply'],
  ['came-back', 'digestCameBack'], ['referral-ask-due', 'digestReferralAsk'], ['duties', 'digestDuty'],
  ['check-in-due', 'digestCheckIn'], ['article-due', 'digestArticle'],
];

export async function dueBySection(db: NudgelineDB, now: number): Promise<Map<Section | 'duties', number>> {
  return db.transaction('r', db.contacts, db.referrals, async () => {
    const counts = await Promise.all(PARTS.map(([s]) =>
      s === 'duties'
        ? db.referrals.where('dutyDueAt').belowOrEqual(now).count()
        : db.contacts.where('[section+dueAt]').between([s, 0], [s, now], true, true).count()));
    return new Map(PARTS.map(([s], i) => [s, counts[i]!]));
  });
}

/** '1 final reach-out, 2 nudges', or '' when nothing is due. */
export function summarize(counts: ReadonlyMap<Section | 'duties', number>): string {
  return PARTS.flatMap(([s, key]) => {
    const n = counts.get(s) ?? 0;
    return n > 0 ? [tn(key, n)] : [];
  }).join(t('digestSeparator'));
}

export const totalDue = (counts: ReadonlyMap<unknown, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
