// Notes, tags, and this contact's own cadence (blank fields use the global one).
// State starts from the contact; the parent remounts it (key) when the stored values change.
import { useState } from 'preact/hooks';
import type { Contact } from '../core/types';
import { useActions } from '../ui/actions';
import { t } from '../i18n/t';
import { parseIntervals, parseOptionalInt } from '../ui/parse';
import { usePopup } from './context';

const field = (id: string, label: string, value: string, set: (v: string) => void, error?: string, hint?: string) => (
  <div class="field">
    <label for={id}>{label}</label>
    <input id={id} type="text" value={value} placeholder={hint} aria-invalid={error ? 'true' : undefined}
      aria-describedby={error ? `${id}-err` : undefined} onInput={(e) => set(e.currentTarget.value)} />
    {error && <p class="error" id={`${id}-err`}>{t(error)}</p>}
  </div>
);

export function ContactEditor({ contact }: { contact: Contact }) {
  const { run } = useActions();
  const { settings } = usePopup();
  const [notes, setNotes] = useState(contact.notes);
  const [tags, setTags] = useState(contact.tags.join(', '));
  const [intervals, setIntervals] = useState(contact.cadence?.nudgeIntervals?.join(', ') ?? '');
  const [attempts, setAttempts] = useState(String(contact.cadence?.attemptsBeforeFinal ?? ''));
  const [letGo, setLetGo] = useState(String(contact.cadence?.letGoAfter ?? ''));
  const [checkIn, setCheckIn] = useState(String(contact.checkInEveryDays ?? ''));
  const iv = parseIntervals(intervals);
  const att = parseOptionalInt(attempts, 1, 10);
  const lg = parseOptionalInt(letGo, 1, 365);
  const ci = parseOptionalInt(checkIn, 1, 3650);
  const invalid = iv.error || att.error || lg.error || ci.error;
  const save = (e: Event) => {
    e.preventDefault();
    if (invalid) return;
    // Only the fields the user filled; blank ones follow the global policy.
    const cadence = Object.fromEntries(
      Object.entries({ nudgeIntervals: iv.value, attemptsBeforeFinal: att.value, letGoAfter: lg.value }).filter(([, v]) => v !== undefined),
    );
    const empty = Object.keys(cadence).length === 0;
    void run({
      type: 'contact.update', contactId: contact.id!,
      patch: {
        notes, tags: tags.split(',').map((s) => s.trim()).filter(Boolean),
        cadence: empty ? null : cadence, checkInEveryDays: ci.value ?? null,
      },
    }, 'doneSaved');
  };
  return (
    <form class="panel editor" onSubmit={save} aria-labelledby="h-edit">
      <h3 id="h-edit">{t('notesAndCadence')}</h3>
      <div class="field">
        <label for="c-notes">{t('notes')}</label>
        <textarea id="c-notes" rows={3} value={notes} onInput={(e) => setNotes(e.currentTarget.value)} />
      </div>
      {field('c-tags', t('tags'), tags, setTags, undefined, t('tagsHint'))}
      {field('c-intervals', t('cadenceIntervals'), intervals, setIntervals, iv.error, settings.policy.nudgeIntervals.join(', '))}
      {field('c-attempts', t('cadenceAttempts'), attempts, setAttempts, att.error, String(settings.policy.attemptsBeforeFinal))}
      {field('c-letgo', t('cadenceLetGo'), letGo, setLetGo, lg.error, String(settings.policy.letGoAfter))}
      {field('c-checkin', t('cadenceCheckIn'), checkIn, setCheckIn, ci.error, t('checkInHint'))}
      <button type="submit" class="btn primary" disabled={!!invalid}>{t('save')}</button>
    </form>
  );
}
