// Options → Sync: the user's own CouchDB server, end-to-end encrypted.
// The server's origin is asked for at runtime (optional host permission);
// the passphrase leaves the page only to the background, never the device.
import { useEffect, useState } from 'preact/hooks';
import { request } from '../messaging/client';
import { t } from '../i18n/t';
import { syncErrorText, syncSummary, type SyncView } from '../ui/sync-words';
import { Card } from './fields';
import { watchSyncState } from '../ui/sync-watch';

type Perms = { request(p: { origins: string[] }): Promise<boolean> };
const permissions = (): Perms | undefined =>
  ((globalThis as { browser?: { permissions?: Perms } }).browser ?? (globalThis as { chrome?: { permissions?: Perms } }).chrome)?.permissions;


/** A rough strength hint: length and kinds of characters, as words. */
export function passphraseStrength(p: string): 'weak' | 'fair' | 'strong' {
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(p)).length;
  const words = p.trim().split(/\s+/).length;
  if (p.length >= 20 || (words >= 4 && p.length >= 16) || (p.length >= 14 && kinds >= 3)) return 'strong';
  return p.length >= 10 && kinds >= 2 ? 'fair' : 'weak';
}

/**
 * Asks for the server's origin while the click still counts as the user's
 * gesture, without waiting on the answer: a server that allows the
 * extension's origin (CORS) works either way, and the background says
 * plainly which one failed.
 */
function askOrigin(url: string): void {
  try {
    void permissions()?.request({ origins: [`${new URL(url).origin}/*`] }).catch(() => false);
  } catch {
    // A URL the browser will not ask for is reported by the background as a bad URL.
  }
}

export function SyncCard() {
  const [view, setView] = useState<SyncView>();
  const [form, setForm] = useState({ url: '', user: '', password: '', passphrase: '' });
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const refresh = () => void request<SyncView>({ type: 'sync.status' }).then((r) => r.ok && setView(r.value));
  useEffect(() => {
    refresh();
    // The background records each pass in storage.local: follow it there.
    return watchSyncState(refresh);
  }, []);
  const act = async (msg: Parameters<typeof request>[0]) => {
    setBusy(true);
    setError('');
    const r = await request<SyncView>(msg);
    setBusy(false);
    if (r.ok) setView(r.value);
    else setError(r.error.startsWith('sync:') ? syncErrorText(r.error) : r.error);
    return r.ok;
  };
  const field = (id: keyof typeof form, type: 'url' | 'text' | 'password', label: string, hint?: string) => (
    <div class="field">
      <label for={`sync-${id}`}>{label}</label>
      <input id={`sync-${id}`} type={type as "text"} autocomplete="off" value={form[id]} onInput={(e) => setForm({ ...form, [id]: e.currentTarget.value })} />
      {hint && <p class="hint">{hint}</p>}
    </div>
  );
  const on = Boolean(view?.server);
  return (
    <Card id="sync" title={t('optSync')} intro={t('optSyncIntro')}>
      {view && <p role="status" class="sync-status" data-sync={view.state.status}>{syncSummary(view)}</p>}
      {on ? (
        <div class="sync-on">
          <p class="muted">{t('syncServer', view!.server!.user, view!.server!.url)}</p>
          <p class="muted">{t('syncPendingCount', view!.state.pending)}{view!.state.quarantined ? ` · ${t('syncQuarantined', view!.state.quarantined)}` : ''}</p>
          {view!.state.status === 'confirm' && (
            <>
              <button type="button" class="btn primary" disabled={busy} onClick={() => void act({ type: 'sync.keepMine' })}>{t('syncKeepMine')}</button>
              <button type="button" class="btn danger" disabled={busy} onClick={() => void act({ type: 'sync.applyDeletes' })}>{t('syncApplyDeletes')}</button>
            </>
          )}
          <button type="button" class="btn" disabled={busy} onClick={() => void act({ type: 'sync.now' })}>{t('syncNow')}</button>
          <button type="button" class="btn" disabled={busy} onClick={() => void act({ type: 'sync.forget' })}>{t('syncForget')}</button>
          <p class="hint">{t('syncForgetHint')}</p>
        </div>
      ) : (
        <form onSubmit={async (e) => {
          e.preventDefault();
          askOrigin(form.url);
          if (await act({ type: 'sync.enable', ...form })) setForm({ url: '', user: '', password: '', passphrase: '' });
        }}>
          {field('url', 'url', t('syncUrl'), t('syncUrlHint'))}
          {field('user', 'text', t('syncUser'))}
          {field('password', 'password', t('syncPassword'))}
          {field('passphrase', 'password', t('syncPassphrase'), form.passphrase ? t(`syncStrength_${passphraseStrength(form.passphrase)}`) : t('syncPassphraseHint'))}
          <p class="warning" role="note">{t('syncLostPassphrase')}</p>
          <button type="submit" class="btn primary" disabled={busy || form.passphrase.length < 8 || !form.url || !form.user}>{t('syncTurnOn')}</button>
        </form>
      )}
      {error && <p class="error" role="alert">{error}</p>}
      <p class="hint">{t('syncWhatIsSent')}</p>
    </Card>
  );
}
