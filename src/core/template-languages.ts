// The default templates in each language the extension ships, written in
// the same calm tone as the English ones (seeds/: "soft, little nudges";
// never an ultimatum). Stored templates stay the user's own words: a
// template still equal to a shipped default, in any language, shows and
// copies in the browser's language; an edited one is never touched.
import { DEFAULT_TEMPLATES } from './templates';
import { TEMPLATE_IDS, type TemplateId } from './types';

export const TEMPLATE_LANGS = ['en', 'de', 'fr', 'es'] as const;
export type TemplateLang = (typeof TEMPLATE_LANGS)[number];

export const DEFAULT_TEMPLATES_BY_LANG: Record<TemplateLang, Record<TemplateId, string>> = {
  en: DEFAULT_TEMPLATES,
  de: {
    nudge: 'Hallo {firstName}, ich hole meine Nachricht nur kurz wieder nach oben, falls sie untergegangen ist. Ganz ohne Eile. Viele Grüße, {me}',
    article: 'Hallo {firstName}, ich bin auf diesen Beitrag gestoßen und dachte, er könnte Sie interessieren: {link} Ich hoffe, es geht Ihnen gut. Herzliche Grüße, {me}',
    final: 'Hallo {firstName}, ich weiß, wie voll ein Postfach werden kann, deshalb lasse ich das einfach bei Ihnen. Wenn es irgendwann besser passt, freue ich mich, wieder von Ihnen zu hören. Alles Gute, {me}',
    'referral-ask': 'Danke für Ihre Rückmeldung, {firstName}, ich schätze die ehrliche Antwort. Wen würden Sie mir empfehlen, mit wem ich sonst sprechen könnte? Und darf ich erwähnen, dass der Vorschlag von Ihnen kommt?',
    'report-back': 'Hallo {firstName}, ein kurzes Update: Ich habe, wie von Ihnen vorgeschlagen, mit {referee} gesprochen, und es lief gut. Nochmals danke für die Vorstellung. {me}',
    'thank-you': 'Hallo {firstName}, vielen Dank für Ihre Hilfe. Sie hat wirklich etwas bewirkt. {me}',
    'gift-note': 'Hallo {firstName}, aus Ihrer Vorstellung bei {referee} ist etwas Echtes geworden. Ein kleines Dankeschön ist auf dem Weg zu Ihnen. Mit herzlichem Dank, {me}',
  },
  fr: {
    nudge: 'Bonjour {firstName}, je me permets de remettre ce message en haut de votre boîte, au cas où il vous aurait échappé. Rien d’urgent. Bien à vous, {me}',
    article: 'Bonjour {firstName}, ceci m’a fait penser à vous et pourrait vous intéresser\u00a0: {link} J’espère que tout va bien de votre côté. Bien à vous, {me}',
    final: 'Bonjour {firstName}, je sais combien les boîtes de réception se remplissent vite, alors je vous laisse ce message sans insister. Si le moment s’y prête mieux un jour, ce sera avec plaisir que nous en reparlerons. Très belle continuation, {me}',
    'referral-ask': 'Merci pour votre réponse, {firstName}, j’apprécie votre franchise. Qui d’autre me recommanderiez-vous de contacter\u00a0? Et accepteriez-vous que je mentionne que l’idée vient de vous\u00a0?',
    'report-back': 'Bonjour {firstName}, un petit point\u00a0: j’ai échangé avec {referee}, comme vous me l’aviez suggéré, et cela s’est très bien passé. Merci encore pour la mise en relation. {me}',
    'thank-you': 'Bonjour {firstName}, merci beaucoup pour votre aide. Elle a vraiment fait la différence. {me}',
    'gift-note': 'Bonjour {firstName}, votre mise en relation avec {referee} a donné quelque chose de concret. Un petit remerciement est en route pour vous. Avec toute ma gratitude, {me}',
  },
  es: {
    nudge: 'Hola {firstName}, vuelvo a subir este mensaje en tu bandeja por si se te pasó. Sin ninguna prisa. Un saludo, {me}',
    article: 'Hola {firstName}, vi esto y pensé que podría interesarte: {link} Espero que todo vaya bien. Un cordial saludo, {me}',
    final: 'Hola {firstName}, sé lo llenas que se ponen las bandejas de entrada, así que te dejo esto sin más. Si en algún momento te viene mejor, me encantará retomar el contacto. Todo lo mejor, {me}',
    'referral-ask': 'Gracias por decírmelo, {firstName}, valoro tu sinceridad. ¿A quién más me recomendarías que contactara? ¿Y te importaría que mencionara que fue sugerencia tuya?',
    'report-back': 'Hola {firstName}, una breve novedad: hablé con {referee}, como me sugeriste, y fue muy bien. Gracias de nuevo por la presentación. {me}',
    'thank-you': 'Hola {firstName}, muchísimas gracias por tu ayuda. Marcó una verdadera diferencia. {me}',
    'gift-note': 'Hola {firstName}, tu presentación a {referee} se convirtió en algo real. Te he enviado un pequeño detalle como agradecimiento. Con gratitud, {me}',
  },
};

/** The template language for a browser language ('de-AT' → de), English when none ships. */
export function templateLang(uiLanguage: string): TemplateLang {
  const lang = uiLanguage.toLowerCase().split(/[-_]/)[0];
  return TEMPLATE_LANGS.find((l) => l === lang) ?? 'en';
}

/** Whether a text is one of the shipped defaults for this template, in any language. */
export function isShippedDefault(id: TemplateId, text: string): boolean {
  return TEMPLATE_LANGS.some((l) => DEFAULT_TEMPLATES_BY_LANG[l][id] === text);
}

/** The template to show and copy: the user's own text, or the default in `lang` if it is still a shipped default. */
export function templateIn(lang: TemplateLang, id: TemplateId, stored: string): string {
  return isShippedDefault(id, stored) ? DEFAULT_TEMPLATES_BY_LANG[lang][id] : stored;
}

/** Every template of a settings object as shown in `lang`. */
export function templatesIn(lang: TemplateLang, stored: Record<TemplateId, string>): Record<TemplateId, string> {
  return Object.fromEntries(TEMPLATE_IDS.map((id) => [id, templateIn(lang, id, stored[id])])) as Record<TemplateId, string>;
}
