// Test helpers: fixture files as the File-like sources the importer reads.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ImportSource } from '../../../src/data/source';

export function fixtureFile(name: string): ImportSource {
  const bytes = readFileSync(resolve('test/fixtures/import', name));
  return { name, size: bytes.length, text: async () => new TextDecoder().decode(bytes) };
}

export function memoryFile(name: string, content: string | Uint8Array): ImportSource & { reads: number } {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const file = {
    name, size: bytes.length, reads: 0,
    async text() {
      file.reads++;
      return new TextDecoder().decode(bytes);
    },
  };
  return file;
}

/** A LinkedIn Connections.csv export with `rows` people, generated (never committed). */
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

export function linkedInExport(rows: number): string {
  const lines = ['Notes:', '"Some notes, with a comma"', '', HEADER];
  for (let i = 0; i < rows; i++) {
    lines.push(`"Person, ${i}",Ñame${i},https://www.linkedin.com/in/person-${i},${i % 3 ? '' : `p${i}@example.com`},"Co ""${i}""",Role,01 Jan 2024`);
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
