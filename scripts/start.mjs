// `npm start`: build, then open Chromium with Nudgeline loaded in a
// persistent profile (.profile/, git-ignored) so you can try it on your own
// Gmail, LinkedIn and Outlook. Chromium is CHROME_PATH or the usual paths.
// (Branded Google Chrome ignores --load-extension: use Chromium, or load
// dist/chrome unpacked from chrome://extensions.)
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChromium } from './find-chromium.mjs';

const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const dist = resolve('dist/chrome');
const profile = resolve('.profile');
mkdirSync(profile, { recursive: true });
const args = [
  `--user-data-dir=${profile}`, `--disable-extensions-except=${dist}`, `--load-extension=${dist}`,
  '--no-first-run', 'https://mail.google.com/',
];
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(`Built ${dist}. No display found, so Chromium was not opened.\nOn a desktop, run: ${findChromium()} ${args.join(' ')}`);
  process.exit(0);
}
console.log(`Opening Chromium with Nudgeline (profile: ${profile})`);
spawn(findChromium(), args, { stdio: 'ignore', detached: true }).unref();
