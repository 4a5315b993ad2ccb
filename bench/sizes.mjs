// Bytes each site loads at start: every content script the built manifest
// injects on that site's host (isolated world and MAIN world), gzipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const HOSTS = { gmail: 'https://mail.google.com/', linkedin: 'https://www.linkedin.com/', outlook: 'https://outlook.office.com/' };

const matches = (pattern, url) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(url);

/** @param {string} dist built extension folder */
export function contentScriptSizes(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const out = {};
  const files = {};
  const raw = {};
  for (const [site, url] of Object.entries(HOSTS)) {
    const js = (manifest.content_scripts ?? [])
      .filter((cs) => cs.matches.some((m) => matches(m, url)))
      .flatMap((cs) => [...(cs.js ?? []), ...(cs.css ?? [])]);
    // gzip each file as it would be served: they load as separate scripts.
    out[site] = js.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length, 0);
    raw[site] = js.reduce((sum, f) => sum + readFileSync(join(dist, f)).length, 0);
    files[site] = js;
  }
  return { bytes: out, raw, files };
}
