// Randomized hostile messages (seeded, so a failure can be replayed). Every
// one must be refused: malformed, or aimed at rows that do not exist, or a
// page-only request coming from a content script. Returned as JSON text so
// "__proto__" survives as an own key when the sender parses it.
import * as v from 'valibot';
import { ContentRequestSchema, PageRequestSchema } from '../../src/messaging/protocol';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const SCRIPT = ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '"><svg onload=alert(1)>', 'javascript:alert(1)', '{{constructor.constructor("alert(1)")()}}'];
const MISSING = 999_999;

/** Valid shapes for page requests that must still be refused (rows that do not exist). */
const NO_SUCH_ROW: Json[] = [
  { type: 'touch.log', contactId: MISSING, kind: 'message', direction: 'out', at: 1_790_000_000_000 },
  { type: 'contact.update', contactId: MISSING, patch: { name: SCRIPT[0]! } },
  { type: 'contact.action', contactId: MISSING, action: 'let-go' },
  { type: 'contact.merge', intoId: MISSING, fromId: MISSING - 1 },
  { type: 'contact.unmerge', contactId: MISSING },
  { type: 'referral.save', referrerId: MISSING, mayUseName: true, status: 'asked' },
  { type: 'agenda.snoozeAll', until: 1 },
];

/** Page requests (valid for an extension page) that a content script must never get through. */
const PAGE_ONLY: Json[] = [
  { type: 'ledger.wipe', confirm: 'DELETE' },
  { type: 'contact.create', name: SCRIPT[1]!, identities: [{ email: 'evil@example.com' }] },
  { type: 'settings.save', settings: { detectionMode: 'direct' } },
  { type: 'backup.import', json: '{}' },
  { type: 'import.apply', people: [{ line: 1, name: 'x', emails: ['x@example.com'] }] },
  { type: 'backup.recorded', at: 1 },
  { type: 'ignore.add', value: 'example.com' },
];

const TEMPLATES: Json[] = [
  { type: 'ping', nonce: 'n' },
  { type: 'touch.log', contactId: 1, kind: 'call', direction: 'out', at: 1_790_000_000_000, subject: 'hi' },
  { type: 'contact.create', name: 'Someone', identities: [{ email: 'someone@example.com', name: 'Someone' }] },
  { type: 'contact.update', contactId: 1, patch: { name: 'New', notes: 'n', tags: ['a'] } },
  { type: 'contact.action', contactId: 1, action: 'snooze', until: 1_900_000_000_000 },
  { type: 'contact.merge', intoId: 1, fromId: 2 },
  { type: 'ignore.add', value: 'spam.example', contactId: 1 },
  { type: 'referral.save', referrerId: 1, refereeId: 2, mayUseName: true, status: 'named' },
  { type: 'settings.save', settings: { version: 1 } },
  { type: 'ledger.wipe', confirm: 'DELETE' },
  { type: 'backup.import', json: '{"format":"nudgeline-backup"}' },
  { type: 'import.apply', people: [{ line: 2, name: 'P', emails: ['p@example.com'] }] },
  { type: 'backup.recorded', at: 1_790_000_000_000 },
  { type: 'observe', messages: [{ eventId: 'e', site: 'gmail', direction: 'out', at: 1, to: [{ email: 'a@b.co' }], source: 'auto' }] },
];

/** A value of the wrong type (or hostile content) for any field. */
function badValue(r: () => number): Json {
  const pick = Math.floor(r() * 12);
  switch (pick) {
    case 0: return null;
    case 1: return -1;
    case 2: return 1.5;
    case 3: return 'x'.repeat(200_000 + Math.floor(r() * 100_000));
    case 4: return [];
    case 5: return { nested: { deeper: [1, { x: 'y' }] } };
    case 6: return true;
    case 7: return SCRIPT[Math.floor(r() * SCRIPT.length)]! + 'y'.repeat(5_000);
    case 8: return 1e308;
    case 9: return '1';
    case 10: return Array.from({ length: 300 }, () => ({ email: 'a@b.co' }));
    default: return { __proto__: { polluted: true } } as unknown as Json;
  }
}

function mutate(template: Json, r: () => number): string {
  const msg = structuredClone(template) as { [k: string]: Json };
  const keys = Object.keys(msg).filter((k) => k !== 'type');
  const how = Math.floor(r() * 6);
  if (how === 0 && keys.length) {
    msg[keys[Math.floor(r() * keys.length)]!] = badValue(r);
  } else if (how === 1 && keys.length) {
    delete msg[keys[Math.floor(r() * keys.length)]!];
    if (!keys.length || Object.keys(msg).length === 1) msg.extra = 1;
  } else if (how === 2) {
    // An own "__proto__" key (and friends) added to a valid message: strict schemas refuse unknown keys.
    const text = JSON.stringify(msg);
    const key = ['__proto__', 'constructor', 'prototype'][Math.floor(r() * 3)]!;
    return `{"${key}":{"admin":true,"polluted":true},${text.slice(1)}`;
  } else if (how === 3) {
    msg.type = [42, null, 'DROP TABLE contacts', `${String(msg.type)} `, { $ne: 1 }][Math.floor(r() * 5)]! as Json;
  } else if (how === 4) {
    msg.name = SCRIPT[Math.floor(r() * SCRIPT.length)]!;
    msg.unexpected = badValue(r);
  } else {
    msg[keys[0] ?? 'type'] = badValue(r);
  }
  return JSON.stringify(msg);
}

/** A mutated template that no schema accepts (a mutation can leave a message valid: retry). */
function malformed(r: () => number): string {
  for (;;) {
    const json = mutate(TEMPLATES[Math.floor(r() * TEMPLATES.length)]!, r);
    const msg: unknown = JSON.parse(json);
    if (!v.safeParse(PageRequestSchema, msg).success && !v.safeParse(ContentRequestSchema, msg).success) return json;
  }
}

const NON_OBJECTS = ['null', '42', '"ping"', '[]', '[{"type":"ping","nonce":"n"}]', 'true', '{}', '{"type":"ping"}', '""'];

export interface Hostile {
  json: string;
}

/** n messages; 'page': for an extension page, 'content': from a content script, 'page' also for a web page. */
export function hostileMessages(n: number, seed: number, audience: 'page' | 'content' = 'page'): Hostile[] {
  const r = rng(seed);
  const out: Hostile[] = [];
  for (let i = 0; i < n; i++) {
    const roll = r();
    if (roll < 0.08) out.push({ json: NON_OBJECTS[Math.floor(r() * NON_OBJECTS.length)]! });
    else if (audience === 'content' && roll < 0.4) out.push({ json: JSON.stringify(PAGE_ONLY[Math.floor(r() * PAGE_ONLY.length)]!) });
    else if (audience === 'content' && roll < 0.5) {
      // A gmail content script speaking for another site.
      out.push({ json: JSON.stringify({ type: 'observe', messages: [{ eventId: `x${i}`, site: 'linkedin', direction: 'in', at: 1, to: [], from: { name: SCRIPT[0]! }, source: 'auto' }] }) });
    } else if (audience === 'page' && roll < 0.15) out.push({ json: JSON.stringify(NO_SUCH_ROW[Math.floor(r() * NO_SUCH_ROW.length)]!) });
    else out.push({ json: malformed(r) });
  }
  return out;
}
