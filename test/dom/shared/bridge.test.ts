// The page-world → content-script bridge: queued until hello, scoped to the
// content script's token and namespace, quiet after abort.
import { describe, expect, it } from 'vitest';
import { createPageBridge, listenToPage } from '../../../src/sites/shared/bridge';

// happy-dom leaves MessageEvent.source null; browsers set the window.
window.postMessage = ((data: unknown) => {
  setTimeout(() => window.dispatchEvent(new MessageEvent('message', { data, origin: location.origin, source: window as unknown as MessageEventSource })));
}) as typeof window.postMessage;
const tick = () => new Promise((r) => setTimeout(r, 20));

describe('page bridge', () => {
  it('delivers what the page saw before the content script started, then live, then stops on abort', async () => {
    const page = createPageBridge('test-ns');
    page.post({ n: 1 });
    const got: unknown[] = [];
    const controller = new AbortController();
    listenToPage('test-ns', controller.signal, (p) => got.push(p));
    await tick();
    page.post({ n: 2 });
    await tick();
    expect(got).toEqual([{ n: 1 }, { n: 2 }]);
    controller.abort();
    page.post({ n: 3 });
    await tick();
    expect(got).toHaveLength(2);
  });

  it('ignores other namespaces and forged messages without the token', async () => {
    const got: unknown[] = [];
    const controller = new AbortController();
    listenToPage('ns-a', controller.signal, (p) => got.push(p));
    createPageBridge('ns-b').post({ other: true });
    window.postMessage({ tag: 'nudgeline-bridge', ns: 'ns-a', kind: 'data', token: 'guess', payload: { forged: true } }, '*');
    await tick();
    await tick();
    expect(got).toEqual([]);
    controller.abort();
  });
});
