// Builds a bench entry (bench/*-entry.ts) into one self-contained script
// (IIFE) that page.evaluate() can run in a page.
import { build } from 'vite';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** @param {string} outDir @returns {Promise<string>} the script's source */
export const buildLedgerBundle = (outDir) => buildBenchBundle('bench/ledger-entry.ts', outDir);

/** @param {string} entry @param {string} outDir @returns {Promise<string>} the script's source */
export async function buildBenchBundle(entry, outDir) {
  await build({
    configFile: false,
    logLevel: 'error',
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      target: 'es2022',
      lib: { entry: resolve(entry), formats: ['iife'], name: 'nudgelineBenchBundle', fileName: () => 'bundle.js' },
    },
  });
  return readFileSync(join(outDir, 'bundle.js'), 'utf8');
}
