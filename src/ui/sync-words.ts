// Sync state and errors in plain words (options page and popup).
import { t } from '../i18n/t';

export interface SyncView {
  state: { status: string; lastSyncedAt?: number; pending: number; error?: string; stalled?: boolean; quarantined: number; confirmDeletes?: number };
  server: { url: string; user: string } | null;
}

/** 'sync:auth' (a refused request) or a state's error code → a sentence. */
export function syncErrorText(code: string): string {
  const c = code.replace(/^sync:/, '');
  const key = `syncErr_${c.replace(/-/g, '_')}`;
  const text = t(key);
  return text === key ? t('syncErr_other', code) : text;
}

export function syncSummary(v: SyncView): string {
  const s = v.state;
  if (!v.server) return t('syncOff');
  if (s.status === 'confirm') return t('syncConfirmDeletes', s.confirmDeletes ?? 0);
  if (s.stalled) return t('syncStalled');
  if (s.status === 'error' && s.error) return syncErrorText(s.error);
  if (s.status === 'syncing') return t('syncSyncing');
  if (s.pending > 0) return t('syncPending', s.pending);
  return s.lastSyncedAt ? t('syncSynced', new Date(s.lastSyncedAt).toLocaleString()) : t('syncSyncing');
}
