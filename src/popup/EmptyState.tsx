// What a new user sees: three ways to begin.
import { t } from '../i18n/t';

export function EmptyState() {
  return (
    <section class="empty card" aria-labelledby="empty-h">
      <h2 id="empty-h">{t('emptyTitle')}</h2>
      <ol>
        <li>{t('emptyStepSend')}</li>
        <li>{t('emptyStepButton')}</li>
        <li>
          {t('emptyStepImport')} <a href="../options/index.html#data" target="_blank">{t('emptyImportLink')}</a>
        </li>
      </ol>
    </section>
  );
}
