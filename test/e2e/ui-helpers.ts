// Shared by the popup, options, dashboard and a11y end-to-end tests: seed the
// ledger through the real messages (as the pages do) and read it back raw.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Ext } from './harness';

export interface SeedContact {
  name: string;
  email?: string;
  /** touches as [local 'YYYY-MM-DD HH:MM', direction, kind?] */
  touches: [string, 'out' | 'in', string?][];
}

/** Creates each contact and logs its touches; answers the new ids in order. */
export async function seed(page: Page, contacts: SeedContact[]): Promise<number[]> {
  return page.evaluate(async (list) => {
    // Runs inside the page: it cannot use anything from this module's scope.
    // oxlint-disable-next-line unicorn/consistent-function-scoping
    const send = async (msg: unknown) => {
      const reply = (await chrome.runtime.sendMessage(msg)) as { ok: boolean; value?: unknown; error?: string };
      if (!reply.ok) throw new Error(`${JSON.stringify(msg)}: ${reply.error}`);
      return reply.value;
    };
    const ids: number[] = [];
    for (const c of list) {
      const id = (await send({ type: 'contact.create', name: c.name, identities: c.email ? [{ email: c.email }] : [] })) as number;
      for (const [when, direction, kind] of c.touches) {
        await send({ type: 'touch.log', contactId: id, kind: kind ?? 'message', direction, at: new Date(when.replace(' ', 'T')).getTime() });
      }
      ids.push(id);
    }
    return ids;
  }, contacts);
}

/** A row of the ledger, read straight from IndexedDB in an extension page. */
export async function readRow<T = Record<string, unknown>>(page: Page, store: string, key: unknown): Promise<T | undefined> {
  return page.evaluate(([s, k]) => new Promise<T | undefined>((resolve, reject) => {
    const open = indexedDB.open('nudgeline');
    open.addEventListener('error', () => reject(open.error));
    open.addEventListener('success', () => {
      const req = open.result.transaction(s as string, 'readonly').objectStore(s as string).get(k as IDBValidKey);
      req.addEventListener('success', () => { resolve(req.result as T | undefined); open.result.close(); });
      req.addEventListener('error', () => reject(req.error));
    });
  }), [store, key] as const);
}

export async function readAll<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  return page.evaluate((s) => new Promise<T[]>((resolve, reject) => {
    const open = indexedDB.open('nudgeline');
    open.addEventListener('error', () => reject(open.error));
    open.addEventListener('success', () => {
      const req = open.result.transaction(s, 'readonly').objectStore(s).getAll();
      req.addEventListener('success', () => { resolve(req.result as T[]); open.result.close(); });
      req.addEventListener('error', () => reject(req.error));
    });
  }), store);
}

/** The popup as the toolbar shows it: about 400×600. */
export async function openPopup(ext: Ext): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${ext.id}/src/popup/index.html`);
  return page;
}

/** Waits until every due group of the popup's agenda has answered (each loads on its own). */
export async function agendaLoaded(popup: Page): Promise<void> {
  await popup.locator('main[aria-busy="false"]').waitFor();
}

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** Serious and critical axe-core violations on the page, as "id: target" lines. */
export async function axeProblems(page: Page): Promise<string[]> {
  // Extension pages' CSP blocks addScriptTag's inline script; evaluate is not subject to it.
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const r = await (globalThis as unknown as { axe: { run(): Promise<{ passes: unknown[]; violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
    return { passes: r.passes.length, violations: r.violations };
  });
  if (result.passes === 0) throw new Error('axe checked nothing');
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
