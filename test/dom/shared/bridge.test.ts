// The page-world → content-script bridge: queued until hello, scoped to the
// content script's token and namespace, quiet after abort, never throwing.
import { describe, expect, it } from 'vitest';
import { createPageBridge, listenToPage } from '../../../src/sites/shared/bridge';

const forge = (detail: unknown): boolean => document.dispatchEvent(new CustomEvent('nudgeline-bridge', { detail }));

describe('page bridge', () => {
  it('delivers what the page saw before the content script started, then live, then stops on abort', () => {
    const page = createPageBridge('test-ns');
    page.post({ n: 1 });
    const got: unknown[] = [];
    const controller = new AbortController();
    listenToPage('test-ns', controller.signal, (p) => got.push(p));
    page.post({ n: 2 });
    expect(got).toEqual([{ n: 1 }, { n: 2 }]);
    controller.abort();
    page.post({ n: 3 });
    expect(got).toHaveLength(2);
  });

  it('pairs up when the content script starts before the page script (both at document_start)', () => {
    const got: unknown[] = [];
    const controller = new AbortController();
    listenToPage('early-ns', controller.signal, (p) => got.push(p));
    const page = createPageBridge('early-ns');
    page.post({ n: 1 });
    expect(got).toEqual([{ n: 1 }]);
    controller.abort();
  });

  it('keeps only the newest observations while nobody listens', () => {
    const page = createPageBridge('queue-ns', 2);
    for (let n = 1; n <= 4; n++) page.post({ n });
    const got: unknown[] = [];
    const controller = new AbortController();
    listenToPage('queue-ns', controller.signal, (p) => got.push(p));
    expect(got).toEqual([{ n: 3 }, { n: 4 }]);
    controller.abort();
  });

  it('ignores other namespaces, forged data without the token, and junk details', () => {
    const got: unknown[] = [];
    const controller = new AbortController();
    listenToPage('ns-a', controller.signal, (p) => got.push(p));
    createPageBridge('ns-b').post({ other: true });
    forge(JSON.stringify({ ns: 'ns-a', kind: 'data', token: 'guess', payload: { forged: true } }));
    expect(() => forge('{not json')).not.toThrow();
    expect(() => forge({ ns: 'ns-a', kind: 'data' })).not.toThrow();
    expect(() => forge(null)).not.toThrow();
    expect(got).toEqual([]);
    controller.abort();
  });

  it('a listener that fails and a payload JSON cannot carry never throw into the page', () => {
    const page = createPageBridge('fail-ns');
    const controller = new AbortController();
    listenToPage('fail-ns', controller.signal, () => {
      throw new Error('boom');
    });
    expect(() => page.post({ n: 1 })).not.toThrow();
    expect(() => page.post({ big: 1n })).not.toThrow();
    controller.abort();
  });
});
