// One person read from an import file, already normalized: the shape the
// preview plans with and the background writes.
import { canonicalProfileUrl, normalizeEmailAddress } from './identity-keys';
import type { SkippedRow } from './errors';

export interface ImportPerson {
  /** 1-based line in the file where the row (or card) starts */
  line: number;
  name: string;
  /** lower-cased, valid addresses, first is primary */
  emails: string[];
  /** canonical https://www.linkedin.com/in/<slug>/ */
  profileUrl?: string;
  /** e.g. "Engineer · Acme" */
  notes?: string;
}

export interface ParsedPeople {
  format: 'linkedin' | 'vcard' | 'csv';
  people: ImportPerson[];
  skipped: SkippedRow[];
  /** rows (or cards) read, valid or not */
  rows: number;
}

export interface RawPerson {
  line: number;
  name: string;
  emails: string[];
  urls: string[];
  notes?: string;
}

const MAX_NAME = 200;
const MAX_NOTES = 1_000;

/** Normalize one raw row: a person, or the reason it is skipped. */
export function toPerson(raw: RawPerson): ImportPerson | SkippedRow {
  const emails: string[] = [];
  let badEmail = '';
  for (const e of raw.emails) {
    if (!e.trim()) continue;
    const n = normalizeEmailAddress(e);
    if (n) {
      if (!emails.includes(n)) emails.push(n);
    } else badEmail ||= e;
  }
  let profileUrl: string | undefined;
  for (const u of raw.urls) profileUrl ??= canonicalProfileUrl(u) ?? undefined;
  const name = raw.name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME);
  const label = name || emails[0] || raw.urls[0] || badEmail;
  if (!emails.length && !profileUrl) {
    const reason = badEmail ? 'bad-email' : raw.urls.some((u) => u.trim()) ? 'bad-url' : 'no-identity';
    return { line: raw.line, reason, label: label.slice(0, MAX_NAME) };
  }
  const person: ImportPerson = { line: raw.line, name: name || emails[0] || profileUrl!, emails: emails.slice(0, 10) };
  if (profileUrl) person.profileUrl = profileUrl;
  const notes = raw.notes?.replace(/\s+/g, ' ').trim();
  if (notes) person.notes = notes.slice(0, MAX_NOTES);
  return person;
}

export const isSkipped = (p: ImportPerson | SkippedRow): p is SkippedRow => 'reason' in p;
