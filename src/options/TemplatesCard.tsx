// The templates editor. Warns (does not refuse) when a template reads like an
// ultimatum. A template still at a shipped default shows in the browser's language.
import { findUltimatumPhrases } from '../core/templates';
import { DEFAULT_TEMPLATES_BY_LANG, templateIn, templateLang } from '../core/template-languages';
import { TEMPLATE_IDS, type Settings } from '../core/types';
import { t, vocab } from '../i18n/t';
import { uiLanguage } from '../i18n/locale';
import type { Edit } from './CadenceCard';
import { Card, ErrorText, type Errors } from './fields';

export function TemplatesCard({ s, edit, errors }: { s: Settings; edit: Edit; errors: Errors }) {
  const lang = templateLang(uiLanguage());
  const defaults = DEFAULT_TEMPLATES_BY_LANG[lang];
  return (
    <Card id="templates" title={t('optTemplates')} intro={t('optTemplatesIntro')}>
      {TEMPLATE_IDS.map((id) => {
        const text = templateIn(lang, id, s.templates[id] ?? '');
        const harsh = findUltimatumPhrases(text);
        const fid = `tpl-${id}`;
        return (
          <div class="field" key={id}>
            <div class="label-row">
              <label for={fid}>{t(vocab('tpl', id))}</label>
              {text !== defaults[id] && (
                <button type="button" class="btn ghost small" onClick={() => edit((x) => { x.templates[id] = defaults[id]; })}>
                  {t('optTemplateReset')}
                </button>
              )}
            </div>
            <textarea id={fid} rows={3} value={text} aria-invalid={errors[fid] ? 'true' : undefined}
              aria-describedby={harsh.length ? `${fid}-warn` : undefined}
              onInput={(e) => edit((x) => { x.templates[id] = e.currentTarget.value; })} />
            {harsh.length > 0 && (
              <p class="warn" id={`${fid}-warn`}>{t('optUltimatumWarn', harsh.map((p) => `“${p}”`).join(', '))}</p>
            )}
            <ErrorText id={fid} errors={errors} />
          </div>
        );
      })}
    </Card>
  );
}
