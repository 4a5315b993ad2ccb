// Outlook shows a message's date as plain text in the user's locale
// ("Mi 18.11.2026 15:40", "Wed 11/18/2026 3:40 PM", "2026-11-18 15:40").
// Read by its digits, never by its words: year-month-day, day.month.year,
// and slashes (month first only in US English, or when the day is > 12).
// Years 1900–2099 only, so version numbers and counts never read as dates.
// Local time, minute precision, as shown.

const DATE = /\b(?:((?:19|20)\d\d)-(\d\d?)-(\d\d?)|(\d\d?)([./])\s?(\d\d?)\5\s?((?:19|20)\d\d))\b/;
const TIME = /(\d\d?)[:.](\d\d)(?!\d)(?:\s*([AaPp])\.?\s?[Mm]\b)?/;

export function parseShownDate(text: string, lang: string): number | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const [a, b] = [+(m[4] ?? 0), +(m[6] ?? 0)];
  const monthFirst = m[5] === '/' && (b > 12 || (a <= 12 && /^en(?:-us)?$/i.test(lang)));
  const [y, mo, d] = m[1] ? [+m[1], +m[2]!, +m[3]!] : monthFirst ? [+m[7]!, a, b] : [+m[7]!, b, a];
  const t = TIME.exec(text.slice(m.index + m[0].length));
  const half = t?.[3];
  const h = t ? (half ? (+t[1]! % 12) + (/p/i.test(half) ? 12 : 0) : +t[1]!) : 0;
  const min = t ? +t[2]! : 0;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || min > 59) return undefined;
  return new Date(y, mo - 1, d, h, min).getTime();
}
