import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TEMPLATES_BY_LANG, TEMPLATE_LANGS, isShippedDefault, templateIn, templateLang, templatesIn, type TemplateLang,
} from '../../../src/core/template-languages';
import { DEFAULT_TEMPLATES, PLACEHOLDERS, fillTemplate, findUltimatumPhrases, firstNameOf } from '../../../src/core/templates';
import { TEMPLATE_IDS } from '../../../src/core/types';

const used = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// The tone rules hold for the defaults of every language that ships.
const LANG_CASES = TEMPLATE_LANGS.flatMap((lang) => TEMPLATE_IDS.map((id) => [lang, id] as const));
const REFERRAL_ASK: Record<TemplateLang, [RegExp, RegExp]> = {
  en: [/who else would you recommend/i, /mention/i],
  de: [/wen würden Sie mir empfehlen/i, /erwähnen/i],
  fr: [/qui d’autre me recommanderiez-vous/i, /mentionne/i],
  es: [/a quién más me recomendarías/i, /mencionara/i],
};

describe('default templates', () => {
  it.each(TEMPLATE_LANGS)('%s has one for every kind of follow-up', (lang) => {
    expect(Object.keys(DEFAULT_TEMPLATES_BY_LANG[lang]).sort()).toEqual([...TEMPLATE_IDS].sort());
  });

  it('English ones are the settings defaults', () => {
    expect(DEFAULT_TEMPLATES_BY_LANG.en).toBe(DEFAULT_TEMPLATES);
  });

  it.each(LANG_CASES)('%s %s never puts the contact on notice', (lang, id) => {
    const text = DEFAULT_TEMPLATES_BY_LANG[lang][id];
    for (const phrase of ['last chance', 'final notice', 'on notice', 'ultimatum', 'letzte chance', 'dernière chance', 'última oportunidad']) {
      expect(text.toLowerCase()).not.toContain(phrase);
    }
    expect(findUltimatumPhrases(text)).toEqual([]);
  });

  it.each(LANG_CASES)('%s %s uses only known placeholders, the same as English', (lang, id) => {
    for (const p of used(DEFAULT_TEMPLATES_BY_LANG[lang][id])) expect(PLACEHOLDERS).toContain(p);
    expect(used(DEFAULT_TEMPLATES_BY_LANG[lang][id])).toEqual(used(DEFAULT_TEMPLATES[id]));
  });

  it.each(TEMPLATE_LANGS)('%s: the referral ask asks for a name and for permission to use the referrer\'s', (lang) => {
    const [who, mention] = REFERRAL_ASK[lang];
    expect(DEFAULT_TEMPLATES_BY_LANG[lang]['referral-ask']).toMatch(who);
    expect(DEFAULT_TEMPLATES_BY_LANG[lang]['referral-ask']).toMatch(mention);
  });

  it.each(TEMPLATE_LANGS.filter((l) => l !== 'en'))('%s ones are written in that language, not copied', (lang) => {
    for (const id of TEMPLATE_IDS) expect(DEFAULT_TEMPLATES_BY_LANG[lang][id]).not.toBe(DEFAULT_TEMPLATES[id]);
  });
});

describe('templates in the browser\'s language', () => {
  it.each([['de-DE', 'de'], ['fr_CA', 'fr'], ['es-419', 'es'], ['en-GB', 'en'], ['ja', 'en'], ['', 'en']] as const)('%j → %s', (ui, lang) => {
    expect(templateLang(ui)).toBe(lang);
  });

  it('a template still at a shipped default shows in the browser\'s language, from any language', () => {
    expect(templateIn('de', 'nudge', DEFAULT_TEMPLATES.nudge)).toBe(DEFAULT_TEMPLATES_BY_LANG.de.nudge);
    expect(templateIn('en', 'final', DEFAULT_TEMPLATES_BY_LANG.fr.final)).toBe(DEFAULT_TEMPLATES.final);
    expect(templatesIn('es', DEFAULT_TEMPLATES)).toEqual(DEFAULT_TEMPLATES_BY_LANG.es);
  });

  it('an edited template stays the user\'s words in every language', () => {
    const mine = 'Hi {firstName}, any news on the pilot? {me}';
    for (const lang of TEMPLATE_LANGS) expect(templateIn(lang, 'nudge', mine)).toBe(mine);
    expect(isShippedDefault('nudge', mine)).toBe(false);
    // Another template's default is not this one's.
    expect(templateIn('de', 'nudge', DEFAULT_TEMPLATES.final)).toBe(DEFAULT_TEMPLATES.final);
  });
});

describe('findUltimatumPhrases', () => {
  it.each([
    ['This is your LAST   chance to reply.', ['LAST   chance']],
    ['Consider this a final-notice.', ['final-notice']],
    ['I am putting you on notice', ['on notice']],
    ['No ultimatum here? ultimatum!', ['ultimatum', 'ultimatum']],
    ['This is my last attempt, I won’t reach out again.', ['last attempt', 'won’t reach out again']],
    ['Hi Dana, floating this back up. Best, Sam', []],
    ['Notice the lasting chance of rain', []],
    ['Following up on my last email about coffee', []],
    ['Das ist Ihre letzte Chance.', ['letzte Chance']],
    ['Ich melde mich nicht mehr, versprochen', ['melde mich nicht mehr']],
    ['Ich komme auf meine letzte Nachricht zurück', []],
    ['C’est votre dernière chance, dernier rappel', ['dernière chance', 'dernier rappel']],
    ['Esta es tu ÚLTIMA oportunidad, un ultimátum', ['ÚLTIMA oportunidad', 'ultimátum']],
    ['No volveré a escribirte', ['No volveré a escribirte']],
    ['Vuelvo sobre mi último mensaje', []],
    ['sobreúltima oportunidades', []],
  ])('%s', (text, found) => {
    expect(findUltimatumPhrases(text)).toEqual(found);
  });
});

describe('fillTemplate', () => {
  it('fills every placeholder', () => {
    expect(fillTemplate('Hi {firstName} ({name}), {referee} says hi. {link} {subject}. {me}', {
      firstName: 'Dana', name: 'Dana Smith', referee: 'Don', link: 'https://x.test', subject: 'Coffee', me: 'Sam',
    })).toBe('Hi Dana (Dana Smith), Don says hi. https://x.test Coffee. Sam');
  });

  it.each([
    ['Hi {firstName}, hello', {}, 'Hi, hello'],
    ['Hi {firstName}! Best, {me}', { firstName: 'Dana' }, 'Hi Dana! Best,'],
    ['See {link} and {unknown} then', {}, 'See and then'],
    ['{firstName}', {}, ''],
    ['Price {x}: {y}', { x: '5' }, 'Price 5:'],
    ['Keep {braces and} {{firstName}}', { firstName: 'D' }, 'Keep {braces and} {D}'],
    ['Hi {firstName},\nBest,\n{me}', {}, 'Hi,\nBest,'],
  ])('%j with %j', (tpl, vars, expected) => {
    expect(fillTemplate(tpl, vars)).toBe(expected);
  });

  it('does not read inherited properties', () => {
    expect(fillTemplate('{constructor}{toString}', {})).toBe('');
  });
});

describe('firstNameOf', () => {
  it.each([
    ['Dana Smith', 'Dana'],
    ['  Dana   Smith ', 'Dana'],
    ['Dr. Dana Smith', 'Dana'],
    ['Smith, Dana', 'Dana'],
    ['Dana Smith, PhD', 'Dana'],
    ['Dana (She/Her) Smith', 'Dana'],
    ['dana.smith@example.com', 'Dana'],
    ['x_9@example.com', ''],
    ['Prof. Dr. José García', 'José'],
    ['', ''],
    ['Cher', 'Cher'],
  ])('%j → %j', (name, first) => {
    expect(firstNameOf(name)).toBe(first);
  });
});
