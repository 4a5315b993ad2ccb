// Loads a dated HTML fixture into happy-dom's global document (head, body,
// title, html lang); scripts in fixtures are not run.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const readFixture = (path: string): string => readFileSync(resolve('test/fixtures', path), 'utf8');

export function parseFixture(path: string): Document {
  return new DOMParser().parseFromString(readFixture(path), 'text/html');
}

export function loadFixture(path: string): Document {
  const parsed = parseFixture(path);
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  document.title = parsed.title;
  return document;
}
