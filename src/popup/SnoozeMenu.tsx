// Snooze: 1 day, 3 days, 1 week, or a date the user picks.
import { useState } from 'preact/hooks';
import { Menu } from '../ui/Menu';
import { useActions } from '../ui/actions';
import { daysFromToday, localDateValue, parseLocalDate } from '../ui/format';
import { t } from '../i18n/t';

const CHOICES = [
  { days: 1, key: 'snooze1d' },
  { days: 3, key: 'snooze3d' },
  { days: 7, key: 'snooze1w' },
];

export function SnoozeMenu({ contactId, now }: { contactId: number; now: number }) {
  const { run } = useActions();
  const [date, setDate] = useState('');
  const snooze = (until: number, close: () => void) => {
    close();
    void run({ type: 'contact.action', contactId, action: 'snooze', until }, 'doneSnoozed');
  };
  const picked = parseLocalDate(date);
  return (
    <Menu label={t('actionSnooze')}>
      {(close) => (
        <>
          {CHOICES.map(({ days, key }) => (
            <button type="button" key={key} onClick={() => snooze(daysFromToday(days, now), close)}>{t(key)}</button>
          ))}
          <div class="menu-sep" role="separator" />
          <form class="snooze-date" onSubmit={(e) => {
            e.preventDefault();
            if (picked && picked > now) snooze(picked, close);
          }}>
            <label>
              <span class="small muted">{t('snoozeUntilDate')}</span>
              <input type="date" value={date} min={localDateValue(daysFromToday(1, now))}
                onInput={(e) => setDate(e.currentTarget.value)} />
            </label>
            <button type="submit" class="btn" disabled={!picked || picked <= now}>{t('actionSnooze')}</button>
          </form>
        </>
      )}
    </Menu>
  );
}
