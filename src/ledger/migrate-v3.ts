// v2 → v3: every contact, identity, touch and referral gets a global id.
// Runs inside IndexedDB's versionchange transaction: if the browser stops
// midway, none of it is kept, the database stays at v2 and the next open
// runs the whole upgrade again.
import type { Transaction } from 'dexie';
import { ulid } from '../core/ulid';
import { baselineMeta } from '../core/contact-sync';
import type { Contact } from '../core/types';

export const GID_TABLES = ['contacts', 'identities', 'touches', 'referrals'] as const;

export async function upgradeToV3(tx: Transaction): Promise<void> {
  // One pass per table: every row is read and written once.
  for (const table of GID_TABLES) {
    await tx.table(table).toCollection().modify((row: { gid?: string }) => {
      row.gid ??= ulid();
      // Clocks start below any edit, so the first edit on either device wins over what was there.
      if (table === 'contacts') (row as Contact).sync ??= baselineMeta(row as Contact);
    });
  }
}
