// `npm run package`: store-ready zips in packages/: the Chrome Web Store
// upload, the Firefox Add-ons upload, and the source zip Firefox reviewers ask
// for (every file git tracks, to rebuild with `npm ci && npm run build`).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zip } from './zip.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
const zipDir = (dir) => zip(walk(dir).sort().map((p) => [relative(dir, p), readFileSync(p)]));

mkdirSync('packages', { recursive: true });
const out = {
  [`packages/nudgeline-chrome-${version}.zip`]: zipDir('dist/chrome'),
  [`packages/nudgeline-firefox-${version}.zip`]: zipDir('dist/firefox'),
  [`packages/nudgeline-source-${version}.zip`]: zip(
    execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean).sort()
      .map((p) => [p, readFileSync(p)]),
  ),
};
for (const [path, data] of Object.entries(out)) {
  writeFileSync(path, data);
  console.log(`${path}  ${(data.length / 1024).toFixed(1)} KB`);
}
