// Turning import errors and skip reasons into the user's words.
import { t } from '../../i18n/t';
import { ImportError, type SkippedRow } from '../../data/errors';

export function importErrorText(err: unknown): string {
  if (err instanceof ImportError) {
    const what = t(err.key, ...err.subs);
    return err.line ? t('importAtLine', err.line, what) : what;
  }
  return t('importFailed', err instanceof Error ? err.message : String(err));
}

export function skipText(s: SkippedRow): string {
  const why = s.reason === 'duplicate' ? t('skipDuplicate', s.sameAs ?? 0) : t(`skip_${s.reason.replace(/-/g, '_')}`);
  return t('skipRow', s.line, s.label || '—', why);
}
