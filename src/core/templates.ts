// Follow-up templates with placeholders, and the check that none of them is
// an ultimatum ("don't tell them that they are on notice", seeds/).
import type { TemplateId } from './types';

export const PLACEHOLDERS = ['firstName', 'name', 'me', 'referee', 'referrer', 'link', 'subject'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type TemplateVars = Partial<Record<Placeholder, string>> & Record<string, string | undefined>;

export const DEFAULT_TEMPLATES: Record<TemplateId, string> = {
  nudge: 'Hi {firstName}, just floating this back to the top of your inbox in case it slipped by. No rush at all. Best, {me}',
  article: 'Hi {firstName}, I came across this and thought it might interest you: {link} Hope all is well. My best, {me}',
  final: 'Hi {firstName}, I know how full inboxes get, so I will leave this with you. If the timing is ever better, I would be glad to reconnect. All the best, {me}',
  'referral-ask': 'Thanks for letting me know, {firstName}, I appreciate the honest answer. Who else would you recommend I talk to? And would you mind if I mentioned that you suggested it?',
  'report-back': 'Hi {firstName}, a quick update: I spoke with {referee}, as you suggested, and it went well. Thank you again for the introduction. {me}',
  'thank-you': 'Hi {firstName}, thank you so much for your help. It made a real difference. {me}',
  'gift-note': 'Hi {firstName}, your introduction to {referee} turned into something real. A small thank-you is on its way to you. With gratitude, {me}',
};

const EMPTY = '\uE000';

/**
 * Fills {placeholders}. A missing or unknown one becomes empty, and the space
 * it leaves before punctuation goes with it ("Hi {firstName}," → "Hi,").
 */
export function fillTemplate(template: string, vars: TemplateVars): string {
  const filled = template.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (_m, key: string) => {
    const v = Object.prototype.hasOwnProperty.call(vars, key) ? vars[key] : undefined;
    return v?.trim() ? v.trim() : EMPTY;
  });
  return filled
    .replace(/[ \t]*\uE000+[ \t]*(?=[,.!?;:)])/g, '')
    .replace(/[ \t]*\uE000+[ \t]*/g, (m) => (/^[ \t]/.test(m) && /[ \t]$/.test(m) ? ' ' : ''))
    .replace(/[ \t]+$/gm, '')
    .trim();
}

const CREDENTIALS = /^(?:phd|ph\.d\.|md|mba|jr|sr|esq|cpa|msc|bsc|ma|ba|ii|iii|iv)\.?$/i;
const HONORIFICS = /^(?:mr|mrs|ms|mx|dr|prof|sir|dame|herr|frau|mme|mlle|m|sr|sra|dott|ing)\.?$/i;

/** The name to greet someone by: "Dr. Dana Smith" → "Dana", "Smith, Dana" → "Dana", "dana.smith@x.com" → "Dana". */
export function firstNameOf(name: string): string {
  let n = name.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!n) return '';
  if (n.includes('@') && !n.includes(' ')) {
    const local = n.slice(0, n.indexOf('@')).split(/[._+-]/)[0] ?? '';
    return /^[a-z]{2,}$/i.test(local) ? local.charAt(0).toUpperCase() + local.slice(1).toLowerCase() : '';
  }
  // "Smith, Dana" is last-name-first; "Dana Smith, PhD" is not.
  const [before = '', after = ''] = n.split(',').map((part) => part.trim());
  n = !before.includes(' ') && after && !CREDENTIALS.test(after) ? after : before;
  const words = n.split(' ').filter((w) => !HONORIFICS.test(w));
  return words[0] ?? '';
}

// Phrases that put a contact on notice, in every language templates ship in
// (a template may be written in any of them). Whitespace and hyphens between
// words are flexible.
const ULTIMATUM = [
  // Not "last email"/"last message": "following up on my last email" is an ordinary nudge.
  'last chance', 'final notice', 'on notice', 'ultimatum', 'final warning', 'last warning',
  'last attempt', 'final attempt', 'last time i will', 'final email', 'final message',
  'will not contact you again', "won't contact you again", 'will not reach out again', "won't reach out again",
  // German (not "letzte Nachricht": "meine letzte Nachricht" is the one before).
  'letzte chance', 'letzte gelegenheit', 'letzte warnung', 'letzter versuch', 'letzte mahnung', 'zum letzten mal',
  'melde mich nicht mehr', 'werde mich nicht mehr melden', 'werde sie nicht mehr kontaktieren',
  // French
  'dernière chance', 'dernier avertissement', 'dernière tentative', 'dernier rappel', 'mise en demeure',
  'pour la dernière fois', 'je ne vous recontacterai plus', 'je ne vous écrirai plus',
  // Spanish
  'última oportunidad', 'ultimátum', 'último aviso', 'última advertencia', 'último intento', 'por última vez',
  'no volveré a escribirte', 'no te volveré a escribir', 'no volveré a contactarte', 'no volveré a escribirle',
];
// Word edges by letters of any script: \b only knows ASCII and misses "última".
const ULTIMATUM_RE = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${ULTIMATUM.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]").replace(/ /g, '[\\s-]+')).join('|')})(?![\\p{L}\\p{N}_])`,
  'giu',
);

/** Ultimatum phrases in a template, as written, so the options page can warn. */
export function findUltimatumPhrases(text: string): string[] {
  return [...text.matchAll(ULTIMATUM_RE)].map((m) => m[0]);
}
