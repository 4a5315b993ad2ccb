// What the page world learned from LinkedIn's messenger responses, kept by
// the content script: each member's profile link and name by urn, who is in
// which thread, and the signed-in member. Bounded: a long session's
// conversation lists stay a few thousand entries at most.
import type { Person } from '../../messaging/protocol';
import type { LinkedinData, Member } from './network';
import { canonicalProfile } from './page';

const MAX = 5_000;

function asPerson(m: Member): Person | undefined {
  const profileUrl = canonicalProfile(m.profileUrl);
  if (!profileUrl && !m.name) return undefined;
  return { ...(profileUrl && { profileUrl }), ...(m.name && { name: m.name }) };
}

/** Set, dropping the oldest entry once full. */
function put<V>(map: Map<string, V>, key: string, value: V): void {
  if (map.size >= MAX && !map.has(key)) map.delete(map.keys().next().value as string);
  map.set(key, value);
}

export function createDirectory() {
  const people = new Map<string, Person>();
  const threads = new Map<string, string[]>();
  let me: string | undefined;
  let meAs: Person | undefined;


  return {
    learn(d: Pick<LinkedinData, 'people' | 'threads' | 'account'>): void {
      for (const m of d.people) {
        const p = asPerson(m);
        if (p) put(people, m.urn, { ...people.get(m.urn), ...p });
      }
      for (const t of d.threads) put(threads, t.threadId, t.people);
      if (d.account) this.setAccount(d.account.urn, asPerson(d.account));
    },
    setAccount(urn: string, person?: Person): void {
      me = urn;
      meAs = person ?? meAs;
    },
    accountUrn: (): string | undefined => me,
    /** the account as a person, once a response named it (the DOM may not) */
    account: (): Person | undefined => meAs ?? (me ? people.get(me) : undefined),
    person: (urn: string | undefined): Person | undefined => (urn ? people.get(urn) : undefined),
    /** the people a send went to: those named, else the thread's members but the account */
    recipients(threadId: string | undefined, named: string[] = []): Person[] {
      const urns = named.length ? named : (threadId && threads.get(threadId)) || [];
      return urns.filter((u) => u !== me).map((u) => people.get(u)).filter((p): p is Person => p !== undefined).slice(0, 20);
    },
  };
}
export type Directory = ReturnType<typeof createDirectory>;
