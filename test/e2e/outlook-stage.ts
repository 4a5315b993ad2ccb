// The Outlook stage for the end-to-end tests: Outlook's service answered
// as the server would (a draft's auto-save gets its item id; a conversation
// load gets the fixture's items), the dated network fixtures sent from the
// page itself (so only the page-world script sees them), the real excerpts
// of ../shared/real-pages/outlook/ inside a minimal document (as their
// MANIFEST suggests), and the ledger read per contact.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { Ext } from './harness';
import { readAll } from './ui-helpers';

export const ORIGIN = 'https://outlook.office.com';
export const OK = '{"Body":{"ResponseMessages":{"Items":[{"ResponseClass":"Success","ResponseCode":"NoError","Items":[]}]}}}';
const DRAFT_SAVED = (id: string) => JSON.stringify({ Body: { ResponseMessages: { Items: [{ ResponseClass: 'Success', ResponseCode: 'NoError', Items: [{ ItemId: { Id: id }, ConversationId: { Id: `${id}-conv` } }] }] } } });

interface NetFixture { url: string; headers: Record<string, string>; form: string; payload: unknown; response: unknown }
export const netFixture = (file: string): NetFixture =>
  JSON.parse(readFileSync(resolve('test/fixtures/outlook/network', file), 'utf8')) as NetFixture;

/** Answers /owa/service.svc: an auto-saved new draft gets an item id, a load `loads` (by action), the rest OK. */
export async function serveOutlook(ext: Ext, loads: Record<string, string> = {}): Promise<void> {
  let drafts = 0;
  await ext.context.route(`${ORIGIN}/owa/service.svc**`, (route) => {
    const action = /action=(\w+)/.exec(route.request().url())?.[1] ?? '';
    const body = route.request().postData() ?? decodeURIComponent(route.request().headers()['x-owa-urlpostdata'] ?? '');
    const text = action === 'CreateItem' && /"MessageDisposition":"SaveOnly"/.test(body) ? DRAFT_SAVED(`AAMkADAwATMwMAItDRAFT${++drafts}`)
      : loads[action] ?? OK;
    return route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body: text });
  });
}

/** Serves `html` at every Outlook page URL (not the service, which serveOutlook answers). */
export async function routePages(ext: Ext, html: string): Promise<void> {
  await ext.context.route((url) => url.origin === ORIGIN && !url.pathname.startsWith('/owa/'), (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
}

/** Sends a network fixture's request from the page (fetch, as Outlook does), the payload in its body or header. */
export async function sendFromPage(page: Page, fx: NetFixture): Promise<void> {
  const json = JSON.stringify(fx.payload);
  const headers = fx.form === 'header' ? { ...fx.headers, 'x-owa-urlpostdata': encodeURIComponent(json) } : fx.headers;
  const url = new URL(fx.url).pathname + new URL(fx.url).search;
  await page.evaluate(async ([u, h, b]) => {
    await (await fetch(u, { method: 'POST', headers: h, body: b })).text();
  }, [url, headers, fx.form === 'header' ? '' : json] as const);
}

const REAL = resolve('../shared/real-pages/outlook');
/** The real excerpts, as the MANIFEST suggests: German reading pane with the ribbon; English message. */
export function realPage(lang: 'de' | 'en'): string {
  const parts = lang === 'de' ? ['userMailbox', 'composeToolbar', 'readingPaneWithActions'] : ['userMailbox', 'messageWithAttachment'];
  const html = parts.map((p) => readFileSync(resolve(REAL, `2025-11-mailvelope-${p}.html`), 'utf8')).join('\n');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Outlook</title></head><body><div id="app">${html}</div></body></html>`;
}

interface TouchRow { contactId: number; direction: string; channel: string; source: string; subject?: string; autoReply?: boolean; threadId?: string; at: number; dedupeKey: string }
interface IdentityRow { contactId: number; kind: string; value: string }

/** The ledger as one person's touches. */
export function ledgerOf(ledger: Page) {
  const contactOf = async (email: string) =>
    (await readAll<IdentityRow>(ledger, 'identities')).find((i) => i.kind === 'email' && i.value === email)?.contactId;
  return {
    contactOf,
    async touchesOf(email: string, direction: 'in' | 'out'): Promise<TouchRow[]> {
      const id = await contactOf(email);
      return id === undefined ? [] : (await readAll<TouchRow>(ledger, 'touches')).filter((t) => t.contactId === id && t.direction === direction);
    },
  };
}

/** The last health report for Outlook, if it came after `since`. */
export async function healthSince(ext: Ext, since: number): Promise<Record<string, boolean> | undefined> {
  const worker = await ext.worker();
  const h = await worker.evaluate(() => chrome.storage.local.get('health:outlook').then((r) => r['health:outlook'] as { roles: Record<string, boolean>; at: number } | undefined));
  return h && h.at >= since ? h.roles : undefined;
}
