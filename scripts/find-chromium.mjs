// Where Chromium is: CHROME_PATH, else the usual install paths.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable', '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChromium() {
  const path = [process.env.CHROME_PATH, ...CANDIDATES].find((p) => p && existsSync(p));
  if (!path) {
    throw new Error('Chromium not found. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH.');
  }
  return path;
}
