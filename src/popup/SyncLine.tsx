// A small sync state under the header (synced, pending, error), only when
// sync is on. Read from storage.local: opening the popup asks nothing of the worker.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/t';
import { syncSummary, type SyncView } from '../ui/sync-words';
import { SYNC_STATE_KEY } from '../messaging/storage-keys';

type Area = { get(key: string): Promise<Record<string, unknown>> };
type Events = { addListener(l: (c: Record<string, unknown>) => void): void; removeListener(l: (c: Record<string, unknown>) => void): void };
type Storage = { local?: Area; onChanged?: Events };
const storage = (): Storage | undefined =>
  ((globalThis as { browser?: { storage?: Storage } }).browser ?? (globalThis as { chrome?: { storage?: Storage } }).chrome)?.storage;

export function SyncLine() {
  const [state, setState] = useState<SyncView['state']>();
  useEffect(() => {
    const read = () => void storage()?.local?.get(SYNC_STATE_KEY).then((r) => setState(r[SYNC_STATE_KEY] as SyncView['state'] | undefined), () => undefined);
    read();
    const changed = (c: Record<string, unknown>) => { if (SYNC_STATE_KEY in c) read(); };
    storage()?.onChanged?.addListener(changed);
    return () => storage()?.onChanged?.removeListener(changed);
  }, []);
  if (!state || state.status === 'off') return null;
  const bad = state.status === 'error' || state.status === 'confirm' || state.stalled;
  return (
    <p class={`sync-line${bad ? ' error' : ''}`} role="status" data-sync={state.status}>
      <a href="../options/index.html#sync" target="_blank">{t('popupSync')}</a>: {syncSummary({ state, server: { url: '', user: '' } })}
    </p>
  );
}
