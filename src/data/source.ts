// Reading a chosen file: refused by size before any byte is read, refused if
// it is not text, BOM stripped. `File` satisfies ImportSource.
import { ImportError } from './errors';

export interface ImportSource {
  name: string;
  size: number;
  text(): Promise<string>;
}

/** 50 MB holds several hundred thousand contacts; anything bigger is not an export we know. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
const MB = 1024 * 1024;

export async function readText(file: ImportSource): Promise<string> {
  if (file.size > MAX_IMPORT_BYTES) {
    throw new ImportError('importTooLarge', [Math.ceil(file.size / MB), MAX_IMPORT_BYTES / MB]);
  }
  if (file.size === 0) throw new ImportError('importEmpty');
  const text = await file.text();
  checkText(text);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Binary data: a NUL, or too many undecodable bytes and control characters. */
export function checkText(text: string): void {
  const sample = text.slice(0, 64 * 1024);
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) throw new ImportError('importBinary', [i], lineAt(text, i));
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) {
      bad++;
      if (bad > 8 && bad > sample.length / 100) throw new ImportError('importBinary', [i], lineAt(text, i));
    }
  }
  if (!text.replace(/^\uFEFF/, '').trim()) throw new ImportError('importEmpty');
}

export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Let the page breathe between chunks of a long parse. */
export const yieldToPage = () => new Promise<void>((r) => setTimeout(r, 0));

/** Rows handled between two yields to the page. */
export const YIELD_EVERY = 500;

export type Progress = (done: number, total: number) => void;
