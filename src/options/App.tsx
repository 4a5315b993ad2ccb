// The options page: a draft of the settings, checked on every change; Save
// sends it to the background only when nothing is wrong.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Settings } from '../core/types';
import { request } from '../messaging/client';
import { loadSettings } from '../ledger/queries';
import { pageDb } from '../ui/ledger';
import { useActions } from '../ui/actions';
import { Logo } from '../ui/icons';
import { t, tn } from '../i18n/t';
import { ShortcutHint } from '../ui/Shortcut';
import { CadenceCard } from './CadenceCard';
import { RemindersCard } from './RemindersCard';
import { DetectionCard } from './DetectionCard';
import { TemplatesCard } from './TemplatesCard';
import { HealthCard } from './HealthCard';
import { StorageCard } from './StorageCard';
import { DeleteCard } from './DeleteCard';
import { DataPanel } from './data-panel';
import { settingsErrors } from './validation';

export function App() {
  const { say } = useActions();
  const [saved, setSaved] = useState<Settings>();
  const [draft, setDraft] = useState<Settings>();
  const [serverError, setServerError] = useState('');
  const load = () => void loadSettings(pageDb()).then((s) => {
    setSaved(s);
    setDraft(structuredClone(s));
  });
  useEffect(load, []);
  const errors = useMemo(() => (draft ? settingsErrors(draft) : {}), [draft]);
  if (!draft) return <main class="opt" aria-busy="true" />;
  const edit = (fn: (d: Settings) => void) => {
    const next = structuredClone(draft);
    fn(next);
    setDraft(next);
    setServerError('');
  };
  const problems = Object.keys(errors).length;
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);
  const save = async (e: Event) => {
    e.preventDefault();
    if (problems) return;
    const reply = await request({ type: 'settings.save', settings: draft });
    if (!reply.ok) return setServerError(reply.error);
    setSaved(structuredClone(draft));
    say(t('doneSettingsSaved'));
  };
  return (
    <div class="opt-page">
      <header class="opt-head">
        <Logo size={28} />
        <h1>{t('optTitle')}</h1>
        <ShortcutHint howTo class="hint opt-shortcut" />
      </header>
      <nav class="opt-nav" aria-label={t('optNav')}>
        {['cadence', 'reminders', 'detection', 'templates', 'health', 'storage', 'data', 'delete'].map((id) => (
          <a key={id} href={`#${id}`}>{t(`optNav_${id}`)}</a>
        ))}
      </nav>
      <main class="opt">
        <form onSubmit={save} noValidate>
          <CadenceCard s={draft} edit={edit} errors={errors} />
          <RemindersCard s={draft} edit={edit} errors={errors} />
          <DetectionCard s={draft} edit={edit} errors={errors} />
          <TemplatesCard s={draft} edit={edit} errors={errors} />
          <div class="save-bar" role="region" aria-label={t('optSaveBar')}>
            <span class={problems ? 'error' : 'muted'} role="status">
              {problems ? tn('optProblems', problems) : dirty ? t('optUnsaved') : t('optAllSaved')}
            </span>
            {errors.general && <span class="error">{errors.general}</span>}
            {serverError && <span class="error" role="alert">{t('optRefused', serverError)}</span>}
            <button type="button" class="btn" disabled={!dirty} onClick={() => setDraft(structuredClone(saved!))}>{t('optRevert')}</button>
            <button type="submit" class="btn primary" disabled={!dirty || problems > 0}>{t('save')}</button>
          </div>
        </form>
        <HealthCard />
        <StorageCard />
        <section class="card opt-card" id="data" aria-labelledby="data-h">
          <h2 id="data-h">{t('optData')}</h2>
          <DataPanel />
        </section>
        <DeleteCard onWiped={load} />
      </main>
    </div>
  );
}
