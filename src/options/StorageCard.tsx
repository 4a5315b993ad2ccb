// How much the ledger holds and how much room the browser gives it.
import { useEffect, useState } from 'preact/hooks';
import { ledgerCounts } from '../ledger/queries';
import { pageDb } from '../ui/ledger';
import { useActions } from '../ui/actions';
import { t } from '../i18n/t';
import { formatMegabytes, formatNumber } from '../i18n/locale';
import { Card } from './fields';

interface Status {
  contacts: number;
  touches: number;
  referrals: number;
  usage?: number;
  quota?: number;
}


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
          <div><dt>{t('statContacts')}</dt><dd>{formatNumber(status.contacts)}</dd></div>
          <div><dt>{t('statTouches')}</dt><dd>{formatNumber(status.touches)}</dd></div>
          <div><dt>{t('statReferrals')}</dt><dd>{formatNumber(status.referrals)}</dd></div>
          {status.usage !== undefined && (
            <div><dt>{t('statUsage')}</dt><dd>{t('statMb', formatMegabytes(status.usage))}</dd></div>
          )}
        </dl>
      )}
    </Card>
  );
}
