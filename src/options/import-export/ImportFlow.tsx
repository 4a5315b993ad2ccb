// Import: choose a file → read it (with progress) → preview → apply in one
// background transaction. A refused file shows what is wrong and where.
import { useState } from 'preact/hooks';
import { t, tn } from '../../i18n/t';
import { formatNumber } from '../../i18n/locale';
import { request } from '../../messaging/client';
import { pageDb } from '../../ui/ledger';
import { readImport, remap } from '../../data/read-import';
import { guessMapping, type ColumnMapping } from '../../data/generic-csv';
import { planImportInSlices, type ImportPlan } from '../../data/plan';
import { yieldToPage } from '../../data/source';
import { existingKeys, liveContactCount } from '../../ledger/queries';
import type { ParsedPeople } from '../../data/person';
import type { Backup } from '../../data/backup-schema';
import type { CsvRecord } from '../../data/csv';
import type { ImportResult } from '../../ledger/import';
import { importErrorText } from './messages';
import { MappingForm } from './MappingForm';
import { BackupPreview, PeoplePreview } from './Preview';

type Csv = { header: string[]; records: CsvRecord[]; mapping: ColumnMapping };
type State =
  | { step: 'idle' }
  | { step: 'reading'; done: number }
  | { step: 'people'; parsed: ParsedPeople; plan: ImportPlan; csv?: Csv }
  | { step: 'mapping'; csv: Csv; error: string }
  | { step: 'backup'; backup: Backup; current: number }
  | { step: 'applying' };

const n = (x: number | undefined) => formatNumber(x ?? 0);

async function preview(parsed: ParsedPeople): Promise<ImportPlan> {
  return planImportInSlices(parsed.people, await existingKeys(pageDb(), parsed.people), parsed.skipped, yieldToPage);
}

export function ImportFlow({ onImported }: { onImported: () => void }) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const [message, setMessage] = useState<{ error: boolean; text: string }>();
  const fail = (err: unknown) => {
    setState({ step: 'idle' });
    setMessage({ error: true, text: importErrorText(err) });
  };

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setMessage(undefined);
    setState({ step: 'reading', done: 0 });
    try {
      const r = await readImport(file, { onProgress: (d, total) => setState({ step: 'reading', done: total ? d / total : 1 }) });
      if (r.kind === 'backup') setState({ step: 'backup', backup: r.backup, current: await liveContactCount(pageDb()) });
      else if (r.kind === 'needs-mapping') {
        setState({ step: 'mapping', csv: { header: r.header, records: r.records, mapping: guessMapping(r.header) }, error: importErrorText(r.error) });
      } else {
        const csv = r.records && r.header ? { header: r.header, records: r.records, mapping: guessMapping(r.header) } : undefined;
        setState({ step: 'people', parsed: r.parsed, plan: await preview(r.parsed), csv });
      }
    } catch (err) {
      fail(err);
    }
  };

  const remapTo = async (csv: Csv, mapping: ColumnMapping) => {
    const next = { ...csv, mapping };
    try {
      const parsed = await remap(csv.records, mapping);
      setState({ step: 'people', parsed, plan: await preview(parsed), csv: next });
    } catch (err) {
      setState({ step: 'mapping', csv: next, error: importErrorText(err) });
    }
  };

  const apply = async () => {
    const s = state;
    setState({ step: 'applying' });
    const reply = s.step === 'backup'
      ? await request<{ contacts: number }>({ type: 'backup.import', json: JSON.stringify(s.backup) })
      : s.step === 'people' ? await request<ImportResult>({ type: 'import.apply', people: s.parsed.people }) : undefined;
    setState({ step: 'idle' });
    if (!reply) return;
    if (!reply.ok) return setMessage({ error: true, text: t('importRefused', reply.error) });
    const v = reply.value as Partial<ImportResult & { contacts: number }>;
    setMessage({ error: false, text: s.step === 'backup' ? tn('restoreDone', v.contacts ?? 0) : t('importDone', n(v.added), n(v.merged), n((v.skipped ?? 0) + (s.step === 'people' ? s.parsed.skipped.length : 0))) });
    onImported();
  };

  const canApply = (state.step === 'people' && state.parsed.people.length > 0) || state.step === 'backup';
  return (
    <div class="field">
      <h3>{t('importTitle')}</h3>
      <p class="hint">{t('importIntro')}</p>
      <label for="import-file">{t('importChoose')}</label>
      <input id="import-file" type="file" accept=".csv,.vcf,.vcard,.json,text/csv,text/vcard,application/json"
        disabled={state.step === 'reading' || state.step === 'applying'}
        onChange={(e) => {
          const input = e.currentTarget;
          // Cleared after each read: choosing the same file again must fire change again.
          void choose(input.files?.[0]).finally(() => (input.value = ''));
        }} />
      {state.step === 'reading' && (
        <progress max={1} value={state.done} aria-label={t('importReading')} />
      )}
      {state.step === 'applying' && <p role="status">{t('importApplying')}</p>}
      {state.step === 'mapping' && <p class="error" role="alert">{state.error}</p>}
      {(state.step === 'mapping' || (state.step === 'people' && state.csv)) && (
        <MappingForm header={state.csv!.header} mapping={state.csv!.mapping} onChange={(m) => void remapTo(state.csv!, m)} />
      )}
      {state.step === 'people' && <PeoplePreview plan={state.plan} />}
      {state.step === 'backup' && (
        <BackupPreview contacts={state.backup.contacts.length} touches={state.backup.touches.length}
          referrals={state.backup.referrals.length} exportedAt={state.backup.exportedAt} current={state.current} />
      )}
      {(state.step === 'people' || state.step === 'backup' || state.step === 'mapping') && (
        <div class="label-row">
          <button type="button" class="btn" onClick={() => setState({ step: 'idle' })}>{t('dataCancel')}</button>
          <button type="button" class="btn primary" disabled={!canApply} onClick={() => void apply()}>
            {state.step === 'backup' ? t('restoreApply') : t('importApply')}
          </button>
        </div>
      )}
      {message && <p class={message.error ? 'error' : 'muted'} role={message.error ? 'alert' : 'status'}>{message.text}</p>}
    </div>
  );
}
