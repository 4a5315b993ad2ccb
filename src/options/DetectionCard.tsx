// How messages are detected, who is never tracked, the user's own addresses, snippets.
import type { DetectionMode, Settings } from '../core/types';
import { t, vocab } from '../i18n/t';
import type { Edit } from './CadenceCard';
import { Card, CheckField, ErrorText, ListField, type Errors } from './fields';

const MODES: DetectionMode[] = ['direct', 'tracked-only', 'button-only'];

export function DetectionCard({ s, edit, errors }: { s: Settings; edit: Edit; errors: Errors }) {
  return (
    <Card id="detection" title={t('optDetection')}>
      <fieldset class="modes">
        <legend>{t('optDetectionMode')}</legend>
        {MODES.map((mode) => (
          <div class="field check" key={mode}>
            <input type="radio" name="mode" id={`mode-${mode}`} checked={s.detectionMode === mode}
              onChange={() => edit((x) => { x.detectionMode = mode; })} />
            <label for={`mode-${mode}`}>
              {t(vocab('mode', mode))}
              <span class="hint block">{t(`${vocab('mode', mode)}_hint`)}</span>
            </label>
          </div>
        ))}
        <ErrorText id="mode" errors={errors} />
      </fieldset>
      <ListField id="ignore" label={t('optIgnoreList')} value={s.ignoreList} errors={errors} hint={t('optIgnoreHint')}
        onChange={(v) => edit((x) => { x.ignoreList = v; })} />
      <ListField id="own" label={t('optOwnIdentities')} value={s.ownIdentities} errors={errors} hint={t('optOwnHint')}
        onChange={(v) => edit((x) => { x.ownIdentities = v; })} />
      <CheckField id="snippets" label={t('optSnippets')} checked={s.snippets} hint={t('optSnippetsHint')}
        onChange={(b) => edit((x) => { x.snippets = b; })} />
    </Card>
  );
}
