// The dashboard: the reply-rate chart, every contact, and referral chains.
import { useEffect, useState } from 'preact/hooks';
import { Logo } from '../ui/icons';
import { t } from '../i18n/t';
import { ContactsTable } from './ContactsTable';
import { ReferralChains } from './ReferralChains';
import { ReplyChart } from './ReplyChart';
import { loadDashboard, type DashData } from './load';

export function App() {
  const [data, setData] = useState<DashData>();
  useEffect(() => {
    void loadDashboard().then(setData);
  }, []);
  return (
    <div class="dash">
      <header class="dash-head">
        <Logo size={28} />
        <h1>{t('dashTitle')}</h1>
      </header>
      {!data ? <p class="muted" aria-busy="true">{t('loading')}</p> : (
        <main class="dash-main">
          <section class="card dash-card" aria-labelledby="rates-h">
            <h2 id="rates-h">{t('dashRates')}</h2>
            <p class="intro">{t('dashRatesIntro')}</p>
            <ReplyChart rates={data.rates} />
          </section>
          <section class="card dash-card" aria-labelledby="contacts-h">
            <h2 id="contacts-h">{t('dashContacts')}</h2>
            <ContactsTable rows={data.rows} />
          </section>
          <section class="card dash-card" aria-labelledby="refs-h">
            <h2 id="refs-h">{t('dashReferrals')}</h2>
            <ReferralChains referrals={data.referrals} names={data.names} />
          </section>
        </main>
      )}
    </div>
  );
}
