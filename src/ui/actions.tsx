// Every write goes to the background; the page re-queries after it commits.
// One context gives components `run(msg)` and a short status toast.
import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useRef, useState } from 'preact/hooks';
import { request } from '../messaging/client';
import type { PageRequest } from '../messaging/protocol';
import { t } from '../i18n/t';
import { watchSyncState } from './sync-watch';

export interface Actions {
  /** sends msg; on success shows doneKey (if any), bumps the version and answers { value } */
  run: <T = unknown>(msg: PageRequest, doneKey?: string) => Promise<{ value: T } | undefined>;
  say: (text: string) => void;
  /** increments after every successful write: views re-query on it */
  version: number;
}

const Ctx = createContext<Actions>({ run: async () => undefined, say: () => undefined, version: 0 });
export const useActions = () => useContext(Ctx);

export function ActionsProvider({ children }: { children: ComponentChildren }) {
  const [version, setVersion] = useState(0);
  const [toast, setToast] = useState('');
  // A pass that brought another browser's changes: views re-query as after a write of their own.
  useEffect(() => watchSyncState((next, prev) => {
    if (next?.appliedAt !== undefined && next.appliedAt !== prev?.appliedAt) setVersion((v) => v + 1);
  }), []);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const say = useCallback((text: string) => {
    setToast(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setToast(''), 2_500);
  }, []);
  const run = useCallback(async <T,>(msg: PageRequest, doneKey?: string) => {
    const reply = await request<T>(msg);
    if (!reply.ok) {
      say(t('actionFailed', reply.error));
      return undefined;
    }
    if (doneKey) say(t(doneKey));
    setVersion((v) => v + 1);
    return { value: reply.value };
  }, [say]);
  return (
    <Ctx.Provider value={{ run, say, version }}>
      {children}
      <div role="status" aria-live="polite" class={toast ? 'toast' : 'visually-hidden'}>{toast}</div>
    </Ctx.Provider>
  );
}
