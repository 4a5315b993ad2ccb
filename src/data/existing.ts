// Which of the file's identity keys the ledger already has, and whose they are.
import type { NudgelineDB } from '../ledger/db';
import type { ImportPerson } from './person';
import { keysOf } from './plan';

const SLICE = 1_000;

export async function existingKeys(db: NudgelineDB, people: readonly ImportPerson[]): Promise<Map<string, number>> {
  const pairs = [...new Set(people.flatMap(keysOf))].map((k) => {
    const i = k.indexOf(':');
    return [k.slice(0, i), k.slice(i + 1)];
  });
  const out = new Map<string, number>();
  // In slices: one anyOf() over 50,000 keys sorts them all in one go and freezes the page.
  for (let i = 0; i < pairs.length; i += SLICE) {
    const found = await db.identities.where('[kind+value]').anyOf(pairs.slice(i, i + SLICE)).toArray();
    for (const r of found) out.set(`${r.kind}:${r.value}`, r.contactId);
  }
  return out;
}
