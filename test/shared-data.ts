// Real captures and saved pages live in ../shared/ beside the clone (CI has
// it there too) and are read from there, never copied into the project.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const SHARED_DIR = resolve('..', 'shared');

/** A real captured request or page from ../shared/fixtures/ (see its MANIFEST.md). */
export const sharedFixture = (path: string): string => readFileSync(resolve(SHARED_DIR, 'fixtures', path), 'utf8');

/** A real saved page (or fragment) from ../shared/real-pages/ (see its MANIFEST.md). */
export const realPage = (path: string): string => readFileSync(resolve(SHARED_DIR, 'real-pages', path), 'utf8');
