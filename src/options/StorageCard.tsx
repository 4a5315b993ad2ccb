// How much the ledger holds and how much room the browser gives it.
import { useEffect, useState } from 'preact/hooks';
import { ledgerCounts } from '../ledger/queries';
import { pageDb } from '../ui/ledger';
import { useActions } from '../ui/actions';
import { t } from '../i18n/t';
import { Card } from './fields';

interface Status {
  contacts: number;
  touches: number;
  referrals: number;
  usage?: number;
  quota?: number;
}

const mb = (bytes: number) => (bytes / 1_048_576).toFixed(bytes < 10_485_760 ? 1 : 0);

export function StorageCard() {
  const { version } = useActions();
  const [status, setStatus] = useState<Status>();
  useEffect(() => {
    void Promise.all([
      ledgerCounts(pageDb()),
      navigator.storage?.estimate?.().catch(() => ({} as StorageEstimate)) ?? Promise.resolve({} as StorageEstimate),
    ]).then(([counts, est]) => setStatus({ ...counts, usage: est.usage, quota: est.quota }));
  }, [version]);
  return (
    <Card id="storage" title={t('optStorage')} intro={t('optStorageIntro')}>
      {status && (
        <dl class="stats">
          <div><dt>{t('statContacts')}</dt><dd>{status.contacts.toLocaleString()}</dd></div>
          <div><dt>{t('statTouches')}</dt><dd>{status.touches.toLocaleString()}</dd></div>
          <div><dt>{t('statReferrals')}</dt><dd>{status.referrals.toLocaleString()}</dd></div>
          {status.usage !== undefined && (
            <div><dt>{t('statUsage')}</dt><dd>{t('statMb', mb(status.usage))}</dd></div>
          )}
        </dl>
      )}
    </Card>
  );
}
