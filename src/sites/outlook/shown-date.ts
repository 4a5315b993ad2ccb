// Outlook shows a message's date as plain text in the user's locale
// ("Mi 18.11.2026 15:40", "Wed 11/18/2026 3:40 PM", "2026-11-18 15:40").
// Read by its digits, never by its words: day.month.year, year-month-day,
// and slashes (month first only in US English, or when the day is > 12).
// Local time, minute precision, as shown.

// Years 1900–2099 only, so version numbers and counts never read as dates.
const ISO = /\b((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})\b/;
const DOTS = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})\b/;
const SLASHES = /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\b/;
const TIME = /(\d{1,2})[:.](\d{2})(?!\d)(?:\s*([AaPp])\.?\s?[Mm]\b)?/;

export function parseShownDate(text: string, lang: string): number | undefined {
  let y: number, m: number, d: number, rest: string;
  const iso = ISO.exec(text);
  const dots = iso ? null : DOTS.exec(text);
  const slashes = iso || dots ? null : SLASHES.exec(text);
  if (iso) [y, m, d, rest] = [+iso[1]!, +iso[2]!, +iso[3]!, text.slice(iso.index + iso[0].length)];
  else if (dots) [d, m, y, rest] = [+dots[1]!, +dots[2]!, +dots[3]!, text.slice(dots.index + dots[0].length)];
  else if (slashes) {
    const [a, b] = [+slashes[1]!, +slashes[2]!];
    const monthFirst = b > 12 || (a <= 12 && /^en(?:-us)?$/i.test(lang));
    [m, d, y] = monthFirst ? [a, b, +slashes[3]!] : [b, a, +slashes[3]!];
    rest = text.slice(slashes.index + slashes[0].length);
  } else return undefined;
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const t = TIME.exec(rest);
  let h = t ? +t[1]! : 0;
  const min = t ? +t[2]! : 0;
  const half = t?.[3]?.toLowerCase();
  if (half === 'p' && h < 12) h += 12;
  if (half === 'a' && h === 12) h = 0;
  if (h > 23 || min > 59) return undefined;
  const at = new Date(y, m - 1, d, h, min).getTime();
  return Number.isFinite(at) ? at : undefined;
}
