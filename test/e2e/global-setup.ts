// Builds the extension once for the whole e2e run (into a folder of its own,
// so a build elsewhere never swaps files under a running test) and checks
// that Chromium is there. NUDGELINE_DIST=<folder> reuses an existing build.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../scripts/find-chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    dist: string;
    chromium: string;
  }
}

export default function setup(project: TestProject): (() => void) | void {
  const chromium = findChromium();
  let dist = process.env.NUDGELINE_DIST;
  if (!dist) {
    dist = resolve('.test-artifacts', `chrome-${process.pid}`);
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
      stdio: 'inherit',
      env: { ...process.env, NUDGELINE_OUT: dist },
    });
  }
  project.provide('dist', resolve(dist));
  project.provide('chromium', chromium);
  const built = dist;
  if (!process.env.NUDGELINE_DIST) return () => rmSync(built, { recursive: true, force: true });
}
