// Export: the full JSON backup (then recorded as the last backup) and a CSV
// of contacts. Last backup date, with a reminder when it is old or never.
import { useState } from 'preact/hooks';
import { t } from '../../i18n/t';
import { formatDate } from '../../i18n/locale';
import { request } from '../../messaging/client';
import { pageDb } from '../../ui/ledger';
import { backupToJson } from '../../data/backup';
import { exportBackup, exportContactsCsv } from '../../ledger/queries';
import { downloadText, today } from './download';

/** A backup older than this gets a reminder. */
export const BACKUP_STALE_DAYS = 30;

export function BackupStatus({ lastBackupAt, hasContacts, now = Date.now() }: { lastBackupAt?: number; hasContacts: boolean; now?: number }) {
  const age = lastBackupAt ? Math.floor((now - lastBackupAt) / 86_400_000) : Infinity;
  const stale = hasContacts && age >= BACKUP_STALE_DAYS;
  return (
    <p class={stale ? 'warn' : 'muted'} data-testid="backup-status">
      {lastBackupAt ? t('lastBackup', formatDate(lastBackupAt)) : t('lastBackupNever')}
      {stale && ` ${t('backupReminder')}`}
    </p>
  );
}

export function ExportBox({ onBackedUp }: { onBackedUp: () => void }) {
  const [error, setError] = useState('');
  const backup = async () => {
    setError('');
    try {
      const now = Date.now();
      downloadText(backupToJson(await exportBackup(pageDb(), now)), `nudgeline-backup-${today(now)}.json`, 'application/json');
      const reply = await request({ type: 'backup.recorded', at: now });
      if (!reply.ok) setError(t('exportFailed', reply.error));
      onBackedUp();
    } catch (err) {
      setError(t('exportFailed', err instanceof Error ? err.message : String(err)));
    }
  };
  const csv = async () => {
    setError('');
    try {
      downloadText(await exportContactsCsv(pageDb()), `nudgeline-contacts-${today()}.csv`, 'text/csv');
    } catch (err) {
      setError(t('exportFailed', err instanceof Error ? err.message : String(err)));
    }
  };
  return (
    <div class="field">
      <h3>{t('exportTitle')}</h3>
      <p class="hint">{t('exportIntro')}</p>
      <div class="label-row">
        <button type="button" class="btn primary" onClick={() => void backup()}>{t('exportBackup')}</button>
        <button type="button" class="btn" onClick={() => void csv()}>{t('exportCsv')}</button>
      </div>
      {error && <p class="error" role="alert">{error}</p>}
    </div>
  );
}
