// A quota or "backing store" failure recorded by the background
// (storage.local['storageError']): shown until dismissed, with the advice to export.
// The popup passes `exportHref` so the alert links to the options page's export.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/t';
import { localArea as area, STORAGE_ERROR_KEY, type StorageErrorRecord } from '../messaging/storage-keys';
import { formatDateTime } from '../i18n/locale';

export function StorageAlert({ exportHref }: { exportHref?: string }) {
  const [record, setRecord] = useState<StorageErrorRecord>();
  useEffect(() => {
    void area()?.get(STORAGE_ERROR_KEY).then((r) => setRecord(r[STORAGE_ERROR_KEY] as StorageErrorRecord | undefined)).catch(() => undefined);
  }, []);
  if (!record) return null;
  return (
    <div class="warn storage-alert" role="alert">
      <p>{t('storageErrorShown', formatDateTime(record.at), record.message)}</p>
      <p>{t('storageErrorAdvice')}</p>
      <div class="storage-alert-actions">
        {exportHref && <a class="btn" href={exportHref} target="_blank" rel="noopener">{t('storageErrorExport')}</a>}
        <button type="button" class="btn" onClick={() => void area()?.remove(STORAGE_ERROR_KEY).then(() => setRecord(undefined))}>
          {t('dataDismiss')}
        </button>
      </div>
    </div>
  );
}
