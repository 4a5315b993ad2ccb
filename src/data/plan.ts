// The preview: which people are new, which match an existing contact (same
// email or profile URL), and which are skipped. Pure; the page shows it and
// the background recomputes it inside its write transaction.
import type { ImportPerson } from './person';
import type { SkippedRow } from './errors';
import { keyOf } from './identity-keys';

export interface MergeInto {
  contactId: number;
  person: ImportPerson;
  /** identity keys the contact does not have yet */
  newKeys: string[];
}

export interface ImportPlan {
  add: ImportPerson[];
  merge: MergeInto[];
  skip: SkippedRow[];
}

export function keysOf(p: ImportPerson): string[] {
  const keys = p.emails.map((e) => keyOf('email', e));
  if (p.profileUrl) keys.push(keyOf('linkedin', p.profileUrl));
  return keys;
}

/** Plans one person at a time, so a caller can pause between slices. */
function planner(existing: ReadonlyMap<string, number>, skipped: readonly SkippedRow[]) {
  const plan: ImportPlan = { add: [], merge: [], skip: [...skipped] };
  const seen = new Map<string, number>(); // key → line that claimed it
  return {
    take(p: ImportPerson): void {
      const keys = keysOf(p);
      const dup = keys.map((k) => seen.get(k)).find((l) => l !== undefined);
      if (dup !== undefined) {
        plan.skip.push({ line: p.line, reason: 'duplicate', label: p.name, sameAs: dup });
        return;
      }
      for (const k of keys) seen.set(k, p.line);
      const contactId = keys.map((k) => existing.get(k)).find((id) => id !== undefined);
      if (contactId === undefined) plan.add.push(p);
      // Only identities nobody holds yet: one held by another contact stays with it.
      else plan.merge.push({ contactId, person: p, newKeys: keys.filter((k) => existing.get(k) === undefined) });
    },
    done(): ImportPlan {
      plan.skip.sort((a, b) => a.line - b.line);
      return plan;
    },
  };
}

/** existing: identity key → contact id, for every key the file mentions. */
export function planImport(people: readonly ImportPerson[], existing: ReadonlyMap<string, number>, skipped: readonly SkippedRow[] = []): ImportPlan {
  const p = planner(existing, skipped);
  for (const person of people) p.take(person);
  return p.done();
}

/** The same plan, pausing every `every` people (the page stays responsive). */
export async function planImportInSlices(
  people: readonly ImportPerson[], existing: ReadonlyMap<string, number>, skipped: readonly SkippedRow[], pause: () => Promise<void>, every = 1_000,
): Promise<ImportPlan> {
  const p = planner(existing, skipped);
  for (let i = 0; i < people.length; i++) {
    if (i % every === every - 1) await pause();
    p.take(people[i]!);
  }
  return p.done();
}
