// What LinkedIn's messenger queries load, read in the page world: members
// (urn, profile link, name), messages (urn, time, sender, thread) and who is
// in which conversation. Works on both response forms: nested objects
// (`sender: {hostIdentityUrn, participantType: {member: …}}`, TextsHQ/
// platform-linkedin src/lib/types) and the web app's normalized form, where
// entities sit in `included` and fields point at them as `*sender` urns.
// /voyager/api/me names the signed-in member (a MiniProfile). Bodies are
// never read.
import { obj, parseJson, type LinkedinData, type Member, type SeenMessage } from './network';
import { isMemberUrn, isMessageUrn, threadOfUrn } from './urns';

type Obj = Record<string, unknown>;

/** Every object in the response, breadth-first, bounded. */
function objects(root: unknown): Obj[] {
  const out: Obj[] = [];
  const queue: unknown[] = [root];
  for (let i = 0; i < queue.length && out.length < 20_000; i++) {
    const v = queue[i];
    if (Array.isArray(v)) queue.push(...v.slice(0, 1_000));
    else if (obj(v)) {
      out.push(v as Obj);
      for (const x of Object.values(v as Obj)) if (typeof x === 'object' && x !== null) queue.push(x);
    }
  }
  return out;
}

const text = (v: unknown): string => {
  const t = obj(v)?.['text'] ?? v;
  return typeof t === 'string' ? t : '';
};

function member(p: Obj): Member | undefined {
  const urn = p['hostIdentityUrn'];
  if (!isMemberUrn(urn)) return undefined;
  const m = obj(obj(p['participantType'])?.['member']) ?? {};
  const url = m['profileUrl'];
  const name = `${text(m['firstName'])} ${text(m['lastName'])}`.trim().slice(0, 200);
  return { urn, ...(typeof url === 'string' && { profileUrl: url.slice(0, 300) }), ...(name && { name }) };
}

/** The account from /voyager/api/me: its MiniProfile (fs_miniProfile and fsd_profile share the id). */
function me(all: Obj[]): Member | undefined {
  const p = all.find((o) => typeof o['publicIdentifier'] === 'string');
  const id = /^urn:li:(?:fs_miniProfile|fsd_profile):([^,()\s]+)$/.exec(String(p?.['dashEntityUrn'] ?? p?.['entityUrn']))?.[1];
  if (!p || !id) return undefined;
  const name = `${text(p['firstName'])} ${text(p['lastName'])}`.trim().slice(0, 200);
  return {
    urn: `urn:li:fsd_profile:${id}`, profileUrl: `https://www.linkedin.com/in/${encodeURIComponent(String(p['publicIdentifier']))}/`,
    ...(name && { name }),
  };
}

export function parseMessengerData(body: unknown, url: string): LinkedinData | undefined {
  const root = parseJson(body);
  if (!root) return undefined;
  const all = objects(root);
  const byUrn = new Map<string, Obj>();
  for (const o of all) if (typeof o['entityUrn'] === 'string') byUrn.set(o['entityUrn'], o);
  const ref = (o: Obj, key: string): Obj | undefined => obj(o[key]) ?? byUrn.get(String(o[`*${key}`]));

  const people = new Map<string, Member>();
  const messages: SeenMessage[] = [];
  const threads: LinkedinData['threads'] = [];
  for (const o of all) {
    const m = member(o);
    if (m) people.set(m.urn, { ...people.get(m.urn), ...m });
    const urn = o['entityUrn'];
    if (isMessageUrn(urn) && typeof o['deliveredAt'] === 'number') {
      const from = ref(o, 'sender')?.['hostIdentityUrn'];
      const threadId = threadOfUrn(ref(o, 'conversation')?.['entityUrn']) ?? threadOfUrn(o['*conversation'])
        ?? threadOfUrn(o['conversationUrn']) ?? threadOfUrn(o['backendConversationUrn']);
      messages.push({ id: urn, at: o['deliveredAt'], ...(threadId && { threadId }), ...(isMemberUrn(from) && { from }) });
    }
    const threadId = threadOfUrn(urn);
    const parts = o['conversationParticipants'] ?? o['*conversationParticipants'];
    if (threadId && Array.isArray(parts)) {
      const urns = parts.map((p) => (typeof p === 'string' ? byUrn.get(p) : obj(p))?.['hostIdentityUrn']).filter(isMemberUrn);
      threads.push({ threadId, people: urns.slice(0, 50) });
    }
  }
  const account = /\/voyager\/api\/me(?:[?#]|$)/.test(url) ? me(all) : undefined;
  if (!people.size && !messages.length && !threads.length && !account) return undefined;
  return {
    type: 'data', people: [...people.values()].slice(0, 500), messages: messages.slice(0, 500),
    threads: threads.slice(0, 500), ...(account && { account }),
  };
}
