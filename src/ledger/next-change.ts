// When the next materialized stage goes stale: the soonest due date among
// sections that change by themselves when it passes (a snooze that ends at
// 9:00, a nudge that falls due). Due sections are already due: not counted.
import type { Section } from '../core/types';
import { NEVER } from '../core/types';
import type { NudgelineDB } from './db';

const WAITING_SECTIONS: readonly Section[] = ['snoozed', 'waiting', 'engaged', 'final-sent', 'let-go'];

export async function nextStageChangeAt(db: NudgelineDB, now: number): Promise<number | undefined> {
  const firsts = await db.transaction('r', db.contacts, () => Promise.all(WAITING_SECTIONS.map((s) =>
    db.contacts.where('[section+dueAt]').between([s, now], [s, NEVER], false, false).first())));
  const times = firsts.flatMap((c) => (c ? [c.dueAt] : []));
  return times.length ? Math.min(...times) : undefined;
}
