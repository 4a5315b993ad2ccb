// Delete everything, after the user types DELETE.
import { useState } from 'preact/hooks';
import { useActions } from '../ui/actions';
import { t } from '../i18n/t';
import { Card } from './fields';

export function DeleteCard({ onWiped }: { onWiped: () => void }) {
  const { run } = useActions();
  const [typed, setTyped] = useState('');
  const ready = typed === 'DELETE';
  return (
    <Card id="delete" title={t('optDelete')} intro={t('optDeleteIntro')}>
      <form class="danger-zone" onSubmit={async (e) => {
        e.preventDefault();
        if (!ready) return;
        if ((await run({ type: 'ledger.wipe', confirm: 'DELETE' }, 'doneWiped')) !== undefined) {
          setTyped('');
          onWiped();
        }
      }}>
        <div class="field">
          <label for="confirm-delete">{t('optDeleteConfirm')}</label>
          <input id="confirm-delete" type="text" autocomplete="off" value={typed} onInput={(e) => setTyped(e.currentTarget.value)} />
        </div>
        <button type="submit" class="btn danger" disabled={!ready}>{t('optDeleteButton')}</button>
      </form>
    </Card>
  );
}
