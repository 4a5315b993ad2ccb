// A small but complete ledger for backup tests: every table, optional fields
// present and absent, non-Latin text.
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { NEVER, type Contact } from '../../../src/core/types';
import type { NudgelineDB } from '../../../src/ledger/db';

const T0 = Date.UTC(2026, 10, 2, 9);

export async function seedLedger(db: NudgelineDB, contacts = 30): Promise<void> {
  await db.transaction('rw', [db.contacts, db.identities, db.touches, db.referrals, db.settings], async () => {
    for (let i = 0; i < contacts; i++) {
      const c: Contact = {
        name: i % 2 ? `Person ${i}` : `Zoë 张 ${i} "<img src=x>"`, tags: i % 3 ? [] : ['vip', 'q4'], notes: i % 4 ? '' : 'met at conf',
        keepWarm: i % 5 === 0, archived: false, createdAt: T0 + i, stage: i % 2 ? 'waiting' : 'nudge-due',
        section: i % 2 ? 'waiting' : 'nudge-due', dueAt: i % 7 ? T0 + i * 86_400_000 : NEVER, cameBack: false,
        attempt: i % 3, lastTouchAt: T0 + i * 1000,
      };
      if (i % 6 === 0) c.cadence = { nudgeIntervals: [5, 10] };
      if (i % 9 === 0) c.snoozedUntil = T0 + 999;
      const id = (await db.contacts.add(c))!;
      await db.identities.add({ contactId: id, kind: 'email', value: `p${i}@example.com`, display: `P${i}@Example.com` });
      if (i % 2) await db.identities.add({ contactId: id, kind: 'linkedin', value: `https://www.linkedin.com/in/p${i}/` });
      for (let k = 0; k < 3; k++) {
        await db.touches.add({
          contactId: id, direction: k === 2 ? 'in' : 'out', kind: 'message', channel: 'gmail', at: T0 + i * 1000 + k,
          source: 'auto', dedupeKey: `gmail:${i}-${k}`, subject: `Re: hello ${i}`, ...(k === 1 ? { threadUrl: 'https://mail.google.com/mail/u/0/#inbox/abc' } : {}),
        });
      }
    }
    await db.referrals.add({ referrerId: 1, refereeId: 2, mayUseName: true, status: 'named', createdAt: T0, duty: 'report-back', dutyDueAt: T0 + 5 });
    await db.referrals.add({ referrerId: 3, mayUseName: false, status: 'asked', createdAt: T0, dutyDueAt: NEVER });
    await db.settings.put({ key: 'settings', value: { ...DEFAULT_SETTINGS, lastBackupAt: T0, quietHours: { start: '22:00', end: '07:00' } } });
  });
}

export async function counts(db: NudgelineDB) {
  return {
    contacts: await db.contacts.count(), identities: await db.identities.count(),
    touches: await db.touches.count(), referrals: await db.referrals.count(),
  };
}
