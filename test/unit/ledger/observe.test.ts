// Logging is idempotent, and only the right people are tracked.
import { afterEach, describe, expect, it } from 'vitest';
import type { NudgelineDB } from '../../../src/ledger/db';
import { observe, lookup } from '../../../src/ledger/observe';
import { loadSettings } from '../../../src/ledger/settings-store';
import type { DetectionMode } from '../../../src/core/types';
import type { ObservedMessage } from '../../../src/messaging/protocol';
import { MON, freshDb, received, sent, withSettings } from './helpers';

let db: NudgelineDB;
afterEach(() => db?.delete());

describe('idempotent logging', () => {
  it('ten concurrent deliveries of one observation write one touch', async () => {
    db = freshDb();
    const results = await Promise.all(Array.from({ length: 10 }, () => observe(db, [sent()], MON)));
    expect(results.reduce((a, r) => a + r.logged, 0)).toBe(1);
    expect(await db.touches.count()).toBe(1);
    expect(await db.contacts.count()).toBe(1);
    expect(await db.identities.where('kind').equals('email').count()).toBe(1);
  });

  it('two tabs and a retry with different event ids but one message id are one touch', async () => {
    db = freshDb();
    await Promise.all([
      observe(db, [sent({ eventId: 'tab-a' })], MON),
      observe(db, [sent({ eventId: 'tab-b', source: 'button' })], MON),
    ]);
    await observe(db, [sent({ eventId: 'tab-a' })], MON);
    expect(await db.touches.count()).toBe(1);
  });

  it('the button before the message id is known, then the detector with it: one touch, key upgraded', async () => {
    db = freshDb();
    await observe(db, [sent({ messageId: undefined, eventId: 'ev-9', source: 'button', threadUrl: undefined })], MON);
    await observe(db, [sent({ eventId: 'ev-9', messageId: 'm-9', threadUrl: 'https://mail.google.com/mail/u/0/#inbox/t1' })], MON);
    const touches = await db.touches.toArray();
    expect(touches).toHaveLength(1);
    expect(touches[0]!.dedupeKey).toMatch(/^gmail:msg:m-9:\d+$/);
    expect(touches[0]!.threadUrl).toContain('#inbox/t1');
  });

  it('one message to two people is one touch per contact, each with its own key', async () => {
    db = freshDb();
    const m = sent({ to: [{ email: 'a@example.com' }, { email: 'b@example.com' }] });
    await observe(db, [m, m], MON);
    const keys = (await db.touches.toArray()).map((t) => t.dedupeKey);
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(2);
  });
});

const many = (k: number) => Array.from({ length: k }, (_, i) => ({ email: `p${i}@example.com` }));

describe('who gets tracked', () => {
  const cases: Array<{ name: string; mode?: DetectionMode; m: ObservedMessage; ignore?: string[]; own?: string[]; contacts: number }> = [
    { name: 'direct: 3 To recipients are tracked', m: sent({ to: many(3) }), contacts: 3 },
    { name: 'direct: 4 To recipients are not', m: sent({ to: many(4) }), contacts: 0 },
    { name: 'direct: every LinkedIn message', m: sent({ site: 'linkedin', to: many(5).map((p, i) => ({ name: `P ${i}`, profileUrl: `https://www.linkedin.com/in/p${i}/` })) }), contacts: 5 },
    { name: 'direct: no-reply address skipped', m: sent({ to: [{ email: 'no-reply@shop.example' }] }), contacts: 0 },
    { name: 'direct: own address skipped', m: sent({ to: [{ email: 'me@example.com' }] }), own: ['me@example.com'], contacts: 0 },
    { name: 'direct: own account from the page skipped', m: sent({ to: [{ email: 'Me@Example.com' }], account: { email: 'me@example.com' } }), contacts: 0 },
    { name: 'direct: ignored domain skipped', m: sent({ to: [{ email: 'x@corp.example' }] }), ignore: ['@corp.example'], contacts: 0 },
    { name: 'direct: ignored address skipped', m: sent(), ignore: ['dana@example.com'], contacts: 0 },
    { name: 'button: tracks past the To limit and the ignore list', m: sent({ source: 'button', to: many(5) }), ignore: ['p0@example.com'], contacts: 5 },
    { name: 'button: never the user themself', m: sent({ source: 'button' }), own: ['dana@example.com'], contacts: 0 },
    { name: 'tracked-only: a new person is not tracked', mode: 'tracked-only', m: sent(), contacts: 0 },
    { name: 'button-only: an automatic send is not tracked', mode: 'button-only', m: sent(), contacts: 0 },
    { name: 'button-only: the button tracks', mode: 'button-only', m: sent({ source: 'button' }), contacts: 1 },
    { name: 'incoming from an untracked person is not tracked', m: received(), contacts: 0 },
  ];
  it.each(cases)('$name', async ({ mode, m, ignore, own, contacts }) => {
    db = freshDb();
    await withSettings(db, { detectionMode: mode ?? 'direct', ignoreList: ignore ?? [], ownIdentities: own ?? [] });
    await observe(db, [m], MON);
    expect(await db.contacts.count()).toBe(contacts);
    expect(await db.touches.count()).toBe(contacts);
  });

  it('Cc never reaches the ledger: only To is in the message', async () => {
    db = freshDb();
    await observe(db, [sent({ to: [{ email: 'to@example.com' }] })], MON);
    expect((await db.identities.toArray()).map((i) => i.value)).toEqual(['to@example.com']);
  });

  it.each(['tracked-only', 'button-only'] as const)('%s: replies and sends to tracked contacts are logged', async (mode) => {
    db = freshDb();
    await observe(db, [sent({ source: 'button' })], MON);
    await withSettings(db, { detectionMode: mode });
    await observe(db, [sent({ eventId: 'e2', messageId: 'm2' }), received()], MON + 7_200_000);
    expect(await db.touches.count()).toBe(mode === 'tracked-only' ? 3 : 2);
  });

  it('a large send still logs for contacts already tracked', async () => {
    db = freshDb();
    await observe(db, [sent()], MON);
    await observe(db, [sent({ eventId: 'e2', messageId: 'm2', to: [...many(4), { email: 'dana@example.com' }] })], MON);
    expect(await db.contacts.count()).toBe(1);
    expect(await db.touches.count()).toBe(2);
  });
});

describe('incoming and settings', () => {
  it('logs replies of tracked contacts, keeps auto-replies flagged, never the user as sender', async () => {
    db = freshDb();
    await observe(db, [sent({ account: { email: 'me@example.com' } })], MON);
    await observe(db, [
      received({ eventId: 'i1', messageId: 'i1', autoReply: true }),
      received({ eventId: 'i2', messageId: 'i2', from: { email: 'me@example.com' } }),
    ], MON + 3_600_000);
    const touches = await db.touches.toArray();
    expect(touches.map((t) => [t.direction, !!t.autoReply])).toEqual([['out', false], ['in', true]]);
    expect((await loadSettings(db)).ownIdentities).toEqual(['me@example.com']);
  });

  it('an incoming message whose subject says out-of-office is flagged even when the site did not say so', async () => {
    db = freshDb();
    await observe(db, [sent()], MON);
    await observe(db, [
      received({ eventId: 'i1', messageId: 'i1', subject: 'Automatische Antwort: Coffee?' }),
      received({ eventId: 'i2', messageId: 'i2', subject: 'Re: Coffee?' }),
    ], MON + 3_600_000);
    const incoming = (await db.touches.toArray()).filter((t) => t.direction === 'in');
    expect(incoming.map((t) => [t.subject, !!t.autoReply])).toEqual([['Automatische Antwort: Coffee?', true], ['Re: Coffee?', false]]);
  });

  it.each([[false, undefined], [true, 'Short note']])('snippets %s → stored snippet %s', async (snippets, expected) => {
    db = freshDb();
    await withSettings(db, { snippets });
    await observe(db, [sent({ snippet: 'Short note' })], MON);
    expect((await db.touches.toArray())[0]!.snippet).toBe(expected);
  });

  it('materializes stage, section, due date and search text after writing', async () => {
    db = freshDb();
    await observe(db, [sent()], MON);
    const c = (await db.contacts.toArray())[0]!;
    expect(c).toMatchObject({ stage: 'waiting', section: 'waiting', attempt: 1, lastTouchAt: MON });
    expect(c.dueAt).toBeGreaterThan(MON);
    expect(c.searchText).toContain('dana@example.com');
    expect(c.searchText).toContain('dana reyes');
  });

  it('lookup answers which people are tracked', async () => {
    db = freshDb();
    await observe(db, [sent()], MON);
    expect(await lookup(db, [{ email: 'DANA@example.com' }, { email: 'other@example.com' }])).toEqual([true, false]);
  });
});
