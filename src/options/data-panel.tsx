// Import and export on the options page: the storage alert, the last backup,
// export buttons and the import flow (all in import-export/).
import { useEffect, useState } from 'preact/hooks';
import { pageDb, readSettings } from '../ui/ledger';
import { useActions } from '../ui/actions';
import { StorageAlert } from '../ui/StorageAlert';
import { BackupStatus, ExportBox } from './import-export/ExportBox';
import { ImportFlow } from './import-export/ImportFlow';

export function DataPanel() {
  const { version } = useActions();
  const [tick, setTick] = useState(0);
  const [info, setInfo] = useState<{ lastBackupAt?: number; contacts: number }>();
  useEffect(() => {
    const db = pageDb();
    void Promise.all([readSettings(db), db.contacts.count()])
      .then(([s, contacts]) => setInfo({ lastBackupAt: s.lastBackupAt, contacts }))
      .catch(() => setInfo({ contacts: 0 }));
  }, [version, tick]);
  const refresh = () => setTick((n) => n + 1);
  return (
    <div class="data-panel">
      <StorageAlert />
      {info && <BackupStatus lastBackupAt={info.lastBackupAt} contacts={info.contacts} />}
      <ExportBox onBackedUp={refresh} />
      <ImportFlow onImported={refresh} />
    </div>
  );
}
