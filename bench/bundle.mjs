// Builds bench/ledger-entry.ts into one self-contained script (IIFE) that
// page.evaluate() can run inside an extension page.
import { build } from 'vite';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** @param {string} outDir @returns {Promise<string>} the script's source */
export async function buildLedgerBundle(outDir) {
  await build({
    configFile: false,
    logLevel: 'error',
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      target: 'es2022',
      lib: { entry: resolve('bench/ledger-entry.ts'), formats: ['iife'], name: 'nudgelineBench', fileName: () => 'ledger.js' },
    },
  });
  return readFileSync(join(outDir, 'ledger.js'), 'utf8');
}
