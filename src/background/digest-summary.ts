// What the digest says: one phrase per kind of follow-up that is due,
// final reach-outs first ("1 final reach-out, 2 nudges").
import { dueBySection, type NudgelineDB } from '../ledger/index';
import type { Section } from '../core/types';
import { t, tn } from '../i18n/t';

/** Digest order and the i18n key stem of each (…_one / …_other). */
const PARTS: [Section | 'duties', string][] = [
  ['final-due', 'digestFinal'], ['nudge-due', 'digestNudge'], ['reply-owed', 'digestReply'],
  ['came-back', 'digestCameBack'], ['referral-ask-due', 'digestReferralAsk'], ['duties', 'digestDuty'],
  ['check-in-due', 'digestCheckIn'], ['article-due', 'digestArticle'],
];

/** Today's counts, in digest order. */
export const dueNow = (db: NudgelineDB, now: number) => dueBySection(db, now, PARTS.map(([s]) => s));

/** '1 final reach-out, 2 nudges', or '' when nothing is due. */
export function summarize(counts: ReadonlyMap<Section | 'duties', number>): string {
  return PARTS.flatMap(([s, key]) => {
    const n = counts.get(s) ?? 0;
    return n > 0 ? [tn(key, n)] : [];
  }).join(t('digestSeparator'));
}

export const totalDue = (counts: ReadonlyMap<unknown, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
