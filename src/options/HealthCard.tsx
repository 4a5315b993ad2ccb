// Detection health per site, in plain words.
import { useEffect, useState } from 'preact/hooks';
import { missingInWords, readHealth, type SiteHealth } from '../ui/health';
import { formatDateTime } from '../ui/format';
import { t } from '../i18n/t';
import { Card } from './fields';

export function HealthCard() {
  const [sites, setSites] = useState<SiteHealth[]>([]);
  useEffect(() => {
    void readHealth().then(setSites);
  }, []);
  return (
    <Card id="health" title={t('optHealth')} intro={t('optHealthIntro')}>
      <ul class="health">
        {sites.map((h) => (
          <li key={h.site} data-site={h.site} class={h.degraded ? 'bad' : h.seen ? 'good' : 'unseen'}>
            <span class="dot" aria-hidden="true" />
            <strong>{t(`site_${h.site}`)}</strong>
            <span>
              {!h.seen ? t('healthUnseen') : h.degraded ? t('healthSiteDegraded', missingInWords(h.missing)) : t('healthOk')}
            </span>
            {h.at && <span class="small muted">{t('healthCheckedAt', formatDateTime(h.at))}</span>}
          </li>
        ))}
      </ul>
    </Card>
  );
}
