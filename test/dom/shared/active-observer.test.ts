// The observer that watches the page only while the user is active: attached
// by activity, detached after a quiet period (handing over what it still
// held), a catch-up pass each time it resumes, passes after start, and
// nothing after abort.
import { afterEach, describe, expect, it } from 'vitest';
import { observeWhileActive } from '../../../src/sites/shared/active-observer';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
let controller: AbortController;
const add = (tag: string): Element => document.querySelector('main')!.appendChild(document.createElement(tag));
afterEach(() => controller?.abort());

function watch(activeMs = 120, startupPassesMs: number[] = []) {
  document.body.innerHTML = '<main></main>';
  controller = new AbortController();
  const seen: Node[] = [];
  let resumes = 0;
  const watcher = observeWhileActive(document, {
    signal: controller.signal, activeMs, startupPassesMs,
    onRecords: (records) => { for (const r of records) seen.push(...r.addedNodes); },
    resume: () => { resumes++; },
  });
  return { watcher, seen, add, resumes: () => resumes };
}

describe('observeWhileActive', () => {
  it('sees nothing while nobody is active, then watches from the first activity with one catch-up pass', async () => {
    const w = watch();
    w.add('p');
    await wait(10);
    expect(w.seen).toEqual([]);
    expect(w.watcher.attached()).toBe(false);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'c', bubbles: true }));
    expect(w.watcher.attached()).toBe(true);
    const added = w.add('section');
    await wait(10);
    expect(w.seen).toEqual([added]);
    expect(w.resumes()).toBe(1);
  });

  it('stops after the quiet period, handing over records not yet delivered, and resumes on the next activity', async () => {
    const w = watch(80);
    document.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true }));
    await wait(40);
    document.dispatchEvent(new MouseEvent('pointermove', { bubbles: true })); // still active: the period restarts
    await wait(60);
    expect(w.watcher.attached()).toBe(true);
    await wait(60);
    expect(w.watcher.attached()).toBe(false);
    w.add('p');
    await wait(10);
    expect(w.seen).toHaveLength(0);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(w.watcher.attached()).toBe(true);
    await wait(10);
    expect(w.resumes()).toBe(2);
  });

  it('delivers what changed up to the moment it detaches', async () => {
    const w = watch(50);
    document.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await wait(45);
    const last = w.add('p'); // the detach comes before this record's microtask would
    await wait(30);
    expect(w.watcher.attached()).toBe(false);
    expect(w.seen).toContain(last);
  });

  it('runs the passes after start, and nothing once aborted', async () => {
    const w = watch(120, [20, 60]);
    await wait(40);
    expect(w.resumes()).toBe(1);
    controller.abort();
    await wait(40);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'x', bubbles: true }));
    expect(w.watcher.attached()).toBe(false);
    expect(w.resumes()).toBe(1);
  });

  it('started while the page is still parsing (document_start), counts the passes from DOMContentLoaded', async () => {
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    let w: ReturnType<typeof watch>;
    try {
      w = watch(120, [20]);
    } finally {
      delete (document as { readyState?: unknown }).readyState;
    }
    await wait(50);
    expect(w.resumes()).toBe(0);
    document.dispatchEvent(new Event('DOMContentLoaded'));
    await wait(10);
    expect(w.resumes()).toBe(0);
    await wait(30);
    expect(w.resumes()).toBe(1);
  });
});
