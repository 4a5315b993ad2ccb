// The daily digest: on/off, time, weekdays only; and quiet hours.
import { t } from '../i18n/t';
import type { Edit } from './CadenceCard';
import type { Settings } from '../core/types';
import { Card, CheckField, ErrorText, type Errors } from './fields';

const pad = (n: number) => String(n).padStart(2, '0');

export function RemindersCard({ s, edit, errors }: { s: Settings; edit: Edit; errors: Errors }) {
  const time = Number.isNaN(s.digest.hour) ? '' : `${pad(s.digest.hour)}:${pad(s.digest.minute)}`;
  const quiet = s.quietHours;
  return (
    <Card id="reminders" title={t('optReminders')} intro={t('optRemindersIntro')}>
      <CheckField id="digest-on" label={t('optDigestOn')} checked={s.digest.enabled}
        onChange={(b) => edit((x) => { x.digest.enabled = b; })} />
      <div class="field">
        <label for="digest-time">{t('optDigestTime')}</label>
        <input id="digest-time" type="time" value={time} disabled={!s.digest.enabled}
          aria-invalid={errors['digest-time'] ? 'true' : undefined}
          onInput={(e) => {
            const [h, m] = e.currentTarget.value.split(':').map(Number);
            edit((x) => { x.digest.hour = h ?? NaN; x.digest.minute = m ?? NaN; });
          }} />
        <ErrorText id="digest-time" errors={errors} />
      </div>
      <CheckField id="weekdays" label={t('optWeekdaysOnly')} checked={s.digest.weekdaysOnly}
        onChange={(b) => edit((x) => { x.digest.weekdaysOnly = b; })} />
      <CheckField id="quiet-on" label={t('optQuietOn')} checked={!!quiet} hint={t('optQuietHint')}
        onChange={(b) => edit((x) => { x.quietHours = b ? { start: '20:00', end: '08:00' } : null; })} />
      {quiet && (
        <div class="grid" id="quiet">
          <div class="field">
            <label for="quiet-start">{t('optQuietStart')}</label>
            <input id="quiet-start" type="time" value={quiet.start}
              onInput={(e) => edit((x) => { x.quietHours!.start = e.currentTarget.value; })} />
          </div>
          <div class="field">
            <label for="quiet-end">{t('optQuietEnd')}</label>
            <input id="quiet-end" type="time" value={quiet.end}
              onInput={(e) => edit((x) => { x.quietHours!.end = e.currentTarget.value; })} />
          </div>
          <ErrorText id="quiet" errors={errors} />
        </div>
      )}
    </Card>
  );
}
