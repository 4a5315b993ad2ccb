// A small sync state under the header (synced, pending, error), only when
// sync is on. Read from storage.local: opening the popup asks nothing of the worker.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/t';
import { syncSummary } from '../ui/sync-words';
import { readSyncState, watchSyncState, type SyncStateView } from '../ui/sync-watch';

export function SyncLine() {
  const [state, setState] = useState<SyncStateView>();
  useEffect(() => {
    void readSyncState().then(setState, () => undefined);
    return watchSyncState((next) => setState(next));
  }, []);
  if (!state || state.status === 'off') return null;
  const bad = state.status === 'error' || state.status === 'confirm' || state.stalled;
  return (
    <p class={`sync-line${bad ? ' error' : ''}`} role="status" data-sync={state.status}>
      <a href="../options/index.html#sync" target="_blank">{t('popupSync')}</a>: {syncSummary({ state, server: { url: '', user: '' } })}
    </p>
  );
}
