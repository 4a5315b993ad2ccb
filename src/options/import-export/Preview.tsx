// What an import will do, before anything is written.
import { t, tn } from '../../i18n/t';
import { formatDateTime, formatNumber } from '../../i18n/locale';
import type { ImportPlan } from '../../data/plan';
import { skipText } from './messages';

const SHOWN = 50;

export function PeoplePreview({ plan }: { plan: ImportPlan }) {
  return (
    <div data-testid="import-preview">
      <dl class="stats">
        <div><dt>{t('previewAdd')}</dt><dd data-testid="preview-add">{formatNumber(plan.add.length)}</dd></div>
        <div><dt>{t('previewMerge')}</dt><dd data-testid="preview-merge">{formatNumber(plan.merge.length)}</dd></div>
        <div><dt>{t('previewSkip')}</dt><dd data-testid="preview-skip">{formatNumber(plan.skip.length)}</dd></div>
      </dl>
      {plan.add.length > 0 && (
        <p class="hint">{t('previewAddSample', plan.add.slice(0, 5).map((p) => p.name).join(', '))}</p>
      )}
      {plan.skip.length > 0 && (
        <details>
          <summary>{tn('previewSkipDetails', plan.skip.length)}</summary>
          <ul>
            {plan.skip.slice(0, SHOWN).map((s) => <li key={s.line}>{skipText(s)}</li>)}
            {plan.skip.length > SHOWN && <li>{tn('previewMore', plan.skip.length - SHOWN)}</li>}
          </ul>
        </details>
      )}
    </div>
  );
}

export function BackupPreview({ contacts, touches, referrals, exportedAt, current }: {
  contacts: number; touches: number; referrals: number; exportedAt: number; current: number;
}) {
  return (
    <div data-testid="import-preview">
      <p>{t('previewBackup', formatDateTime(exportedAt), tn('countContacts', contacts), tn('countTouches', touches), tn('countReferrals', referrals))}</p>
      {current > 0 && <p class="warn">{t('previewBackupReplaces', tn('countContacts', current))}</p>}
    </div>
  );
}
