// Cadence: nudge intervals (never shrinking), attempts before the final
// reach-out, the let-go wait, business days and holidays.
import type { Settings } from '../core/types';
import { t } from '../i18n/t';
import { Card, CheckField, ErrorText, ListField, NumberField, type Errors } from './fields';

export type Edit = (fn: (draft: Settings) => void) => void;

export function CadenceCard({ s, edit, errors }: { s: Settings; edit: Edit; errors: Errors }) {
  const p = s.policy;
  return (
    <Card id="cadence" title={t('optCadence')} intro={t('optCadenceIntro')}>
      <fieldset class="intervals" id="intervals">
        <legend>{t('optIntervals')}</legend>
        <p class="hint">{t('optIntervalsHint')}</p>
        <ol>
          {p.nudgeIntervals.map((d, i) => (
            <li key={i}>
              <NumberField id={`interval-${i}`} label={t('optIntervalN', i + 1)} value={d} errors={errors} min={1}
                onChange={(n) => edit((x) => { x.policy.nudgeIntervals[i] = n; })} />
              {p.nudgeIntervals.length > 1 && (
                <button type="button" class="btn ghost" aria-label={t('optRemoveInterval', i + 1)}
                  onClick={() => edit((x) => { x.policy.nudgeIntervals.splice(i, 1); })}>✕</button>
              )}
            </li>
          ))}
        </ol>
        <ErrorText id="intervals" errors={errors} />
        {p.nudgeIntervals.length < 10 && (
          <button type="button" class="btn" onClick={() => edit((x) => { x.policy.nudgeIntervals.push(x.policy.nudgeIntervals.at(-1) ?? 7); })}>
            {t('optAddInterval')}
          </button>
        )}
      </fieldset>
      <div class="grid">
        <NumberField id="attempts" label={t('optAttempts')} value={p.attemptsBeforeFinal} errors={errors} min={1}
          hint={t('optAttemptsHint')} onChange={(n) => edit((x) => { x.policy.attemptsBeforeFinal = n; })} />
        <NumberField id="cancellations" label={t('optCancellations')} value={p.cancellationsBeforeFinal} errors={errors} min={1}
          onChange={(n) => edit((x) => { x.policy.cancellationsBeforeFinal = n; })} />
        <NumberField id="letgo" label={t('optLetGo')} value={p.letGoAfter} errors={errors} min={1}
          hint={t('optLetGoHint')} onChange={(n) => edit((x) => { x.policy.letGoAfter = n; })} />
        <NumberField id="replyowed" label={t('optReplyOwed')} value={p.replyOwedAfter} errors={errors}
          onChange={(n) => edit((x) => { x.policy.replyOwedAfter = n; })} />
      </div>
      <CheckField id="business" label={t('optBusinessDays')} checked={p.businessDaysOnly} hint={t('optBusinessDaysHint')}
        onChange={(b) => edit((x) => { x.policy.businessDaysOnly = b; })} />
      <ListField id="holidays" label={t('optHolidays')} value={p.holidays} errors={errors} hint={t('optHolidaysHint')}
        onChange={(v) => edit((x) => { x.policy.holidays = v; })} />
    </Card>
  );
}
