// Which template fits a section, and copying it filled in for one contact.
import { fillTemplate, firstNameOf } from '../core/templates';
import { templateIn, templateLang } from '../core/template-languages';
import { uiLanguage } from '../i18n/locale';
import type { Section, Settings, TemplateId } from '../core/types';

export function templateFor(section: Section): TemplateId {
  switch (section) {
    case 'final-due': return 'final';
    case 'article-due':
    case 'check-in-due': return 'article';
    case 'referral-ask-due': return 'referral-ask';
    default: return 'nudge';
  }
}

export function filledTemplate(settings: Settings, id: TemplateId, name: string, subject = ''): string {
  return fillTemplate(templateIn(templateLang(uiLanguage()), id, settings.templates[id]), { name, firstName: firstNameOf(name), subject });
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
