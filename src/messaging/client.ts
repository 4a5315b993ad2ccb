// Sending a request to the background from a page or content script.
// No webextension-polyfill here: content scripts must stay small, and both
// Chrome MV3 (`chrome`) and Firefox (`browser`) return promises natively.
import type { ContentRequest, PageRequest, Reply } from './protocol';

type Runtime = { sendMessage(msg: unknown): Promise<unknown> };
const runtime = (): Runtime =>
  ((globalThis as { browser?: { runtime: Runtime } }).browser ??
    (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome).runtime;

/**
 * False once the extension was reloaded or updated under a running content
 * script: the old script is orphaned (its runtime id is gone) and must stop.
 */
export function extensionAlive(): boolean {
  try {
    const g = globalThis as { browser?: { runtime?: { id?: string } }; chrome?: { runtime?: { id?: string } } };
    return Boolean((g.browser ?? g.chrome)?.runtime?.id);
  } catch {
    return false;
  }
}

export async function request<T = unknown>(msg: ContentRequest | PageRequest): Promise<Reply<T>> {
  try {
    const reply = (await runtime().sendMessage(msg)) as Reply<T> | undefined;
    return reply ?? { ok: false, code: 'unreachable', error: 'no reply' };
  } catch (err) {
    return { ok: false, code: 'unreachable', error: err instanceof Error ? err.message : String(err) };
  }
}
