// vCard 3.0 and 4.0 as Google Contacts and Apple Contacts write them (and the
// 2.1 quoted-printable that older phones still produce): folded lines,
// grouped properties (item1.EMAIL), TYPE parameters, escaped text.
import { ImportError } from './errors';
import { isSkipped, toPerson, type ParsedPeople, type RawPerson } from './person';
import { yieldToPage, type Progress } from './source';

interface Prop {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** Physical lines joined into logical ones, each with the line it starts on. */
function unfold(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const prev = out[out.length - 1];
    if (prev && (l.startsWith(' ') || l.startsWith('\t'))) prev.text += l.slice(1);
    else if (prev && /;ENCODING=QUOTED-PRINTABLE/i.test(prev.text) && prev.text.endsWith('=')) prev.text = prev.text.slice(0, -1) + l;
    else out.push({ line: i + 1, text: l });
  }
  return out;
}

function parseProp(line: string): Prop | null {
  const colon = line.indexOf(':');
  if (colon < 0) return null;
  const [head, ...paramParts] = line.slice(0, colon).split(';');
  const name = head!.replace(/^[^.]*\./, '').toUpperCase();
  const params: Record<string, string> = {};
  for (const p of paramParts) {
    const [k, v] = p.split('=');
    // vCard 2.1 bare params ("EMAIL;INTERNET;QUOTED-PRINTABLE")
    if (v === undefined) params.TYPE = `${params.TYPE ?? ''},${k!.toLowerCase()}`;
    else params[k!.toUpperCase()] = v.replace(/^"|"$/g, '').toLowerCase();
  }
  let value = line.slice(colon + 1);
  if (params.ENCODING === 'quoted-printable' || /quoted-printable/.test(params.TYPE ?? '')) value = decodeQp(value);
  return { name, params, value };
}

function decodeQp(s: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const hex = s.slice(i + 1, i + 3);
    if (s[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...new TextEncoder().encode(s[i]!));
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

const unescape = (s: string) => s.replace(/\\([nN,;:\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? ' ' : c));
/** Split on unescaped `;` (structured values like N and ORG). */
const components = (s: string) => s.split(/(?<!\\);/).map(unescape);

function personOf(line: number, props: Prop[]): RawPerson {
  const get = (n: string) => props.filter((p) => p.name === n);
  let name = unescape(get('FN')[0]?.value ?? '').trim();
  if (!name) {
    const [family = '', given = '', middle = ''] = components(get('N')[0]?.value ?? '');
    name = [given, middle, family].filter(Boolean).join(' ');
  }
  // Preferred address first (TYPE=pref in 3.0, PREF=1 in 4.0).
  const pref = (p: Prop) => (/pref/.test(p.params.TYPE ?? '') || p.params.PREF === '1' ? 0 : 1);
  const emails = get('EMAIL').sort((a, b) => pref(a) - pref(b)).map((p) => unescape(p.value));
  const urls = [...get('URL'), ...get('X-SOCIALPROFILE')].map((p) => unescape(p.value).replace(/^x-apple:/i, ''));
  const org = components(get('ORG')[0]?.value ?? '')[0] ?? '';
  const title = unescape(get('TITLE')[0]?.value ?? '');
  return { line, name, emails, urls, notes: [title, org].filter(Boolean).join(' · ') };
}

export async function parseVcards(text: string, onProgress?: Progress): Promise<ParsedPeople> {
  const out: ParsedPeople = { format: 'vcard', people: [], skipped: [], rows: 0 };
  const lines = unfold(text);
  let card: Prop[] | null = null;
  let cardLine = 0;
  for (let k = 0; k < lines.length; k++) {
    const { line, text: l } = lines[k]!;
    if (!l.trim()) continue;
    if (/^BEGIN:VCARD$/i.test(l.trim())) {
      if (card) throw new ImportError('importVcardUnclosed', [], cardLine);
      card = [];
      cardLine = line;
    } else if (/^END:VCARD$/i.test(l.trim())) {
      if (!card) throw new ImportError('importVcardStray', [], line);
      out.rows++;
      const p = toPerson(personOf(cardLine, card));
      if (isSkipped(p)) out.skipped.push(p);
      else out.people.push(p);
      card = null;
      if (out.rows % 2_000 === 0) {
        onProgress?.(k, lines.length);
        await yieldToPage();
      }
    } else if (card) {
      const prop = parseProp(l);
      if (prop) card.push(prop);
    } else {
      throw new ImportError('importVcardStray', [], line);
    }
  }
  if (card) throw new ImportError('importVcardUnclosed', [], cardLine);
  if (out.rows === 0) throw new ImportError('importUnknownFormat', [], 1);
  onProgress?.(lines.length, lines.length);
  return out;
}
