// A refused file: what is wrong (an i18n key with its substitutions) and
// where (a 1-based line, when there is one). Pure: the UI translates it.
export class ImportError extends Error {
  constructor(
    readonly key: string,
    readonly subs: (string | number)[] = [],
    readonly line?: number,
  ) {
    super(`${key}${line ? ` (line ${line})` : ''}${subs.length ? `: ${subs.join(', ')}` : ''}`);
    this.name = 'ImportError';
  }
}

/** Why one row was left out, shown in the preview; the rest still imports. */
export type SkipReason = 'no-identity' | 'bad-email' | 'bad-url' | 'duplicate' | 'short-row';

export interface SkippedRow {
  line: number;
  reason: SkipReason;
  /** what the row was about, for display (a name or an address) */
  label: string;
  /** for duplicates: the line it repeats */
  sameAs?: number;
}
