// Which of the file's identity keys the ledger already has, and whose they
// are: the import preview reads it, and the import re-reads it inside its write.
import type { NudgelineDB } from './db';
import type { ImportPerson } from '../data/person';
import { keysOf } from '../data/plan';

const SLICE = 1_000;

/** Runs `read` over `items` a slice at a time: one anyOf() over 50,000 keys sorts them all in one go and freezes the page. */
export async function inSlices<T, R>(items: readonly T[], read: (slice: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += SLICE) out.push(...(await read(items.slice(i, i + SLICE))));
  return out;
}

export async function existingKeys(db: NudgelineDB, people: readonly ImportPerson[]): Promise<Map<string, number>> {
  const wanted = new Set(people.flatMap(keysOf));
  const pairs = [...wanted].map((k) => {
    const i = k.indexOf(':');
    return [k.slice(0, i), k.slice(i + 1)];
  });
  // A ledger smaller than the file is cheaper to read whole than to probe key by key.
  const found = (await db.identities.count()) <= pairs.length
    ? await db.identities.toArray()
    : await inSlices(pairs, (slice) => db.identities.where('[kind+value]').anyOf(slice).toArray());
  const out = new Map<string, number>();
  for (const r of found) {
    const key = `${r.kind}:${r.value}`;
    if (wanted.has(key)) out.set(key, r.contactId);
  }
  return out;
}
