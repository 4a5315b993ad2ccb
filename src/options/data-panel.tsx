// Import and export on the options page: the storage alert, the last backup,
// export buttons and the import flow (all in import-export/).
import { useEffect, useState } from 'preact/hooks';
import { hasContacts, loadSettings } from '../ledger/queries';
import { pageDb } from '../ui/ledger';
import { useActions } from '../ui/actions';
import { StorageAlert } from '../ui/StorageAlert';
import { BackupStatus, ExportBox } from './import-export/ExportBox';
import { ImportFlow } from './import-export/ImportFlow';

export function DataPanel() {
  const { version } = useActions();
  const [tick, setTick] = useState(0);
  const [info, setInfo] = useState<{ lastBackupAt?: number; hasContacts: boolean }>();
  useEffect(() => {
    const db = pageDb();
    void Promise.all([loadSettings(db), hasContacts(db)])
      .then(([s, any]) => setInfo({ lastBackupAt: s.lastBackupAt, hasContacts: any }))
      .catch(() => setInfo({ hasContacts: false }));
  }, [version, tick]);
  const refresh = () => setTick((n) => n + 1);
  return (
    <div class="data-panel">
      <StorageAlert />
      {info && <BackupStatus lastBackupAt={info.lastBackupAt} hasContacts={info.hasContacts} />}
      <ExportBox onBackedUp={refresh} />
      <ImportFlow onImported={refresh} />
    </div>
  );
}
