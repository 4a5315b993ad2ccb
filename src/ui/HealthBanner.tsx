// Says in plain words when a site's page changed and automatic logging may miss
// messages, with a link to the options page's health card for the details.
import { useEffect, useState } from 'preact/hooks';
import { readHealth, type SiteHealth } from './health';
import { t } from '../i18n/t';
import { formatList } from '../i18n/locale';

export function HealthBanner() {
  const [sites, setSites] = useState<SiteHealth[]>([]);
  useEffect(() => {
    void readHealth().then(setSites);
  }, []);
  const degraded = sites.filter((s) => s.degraded);
  if (!degraded.length) return null;
  return (
    <div class="banner" role="alert">
      <span aria-hidden="true">⚠</span>
      <span>
        {t('healthDegraded', formatList(degraded.map((s) => t(`site_${s.site}`))))}{' '}
        <a href="../options/index.html#health" target="_blank" rel="noopener">{t('healthBannerDetails')}</a>
      </span>
    </div>
  );
}
