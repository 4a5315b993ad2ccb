// Builds the Firefox variant once for the tier (into a folder of its own).
// NUDGELINE_DIST_FIREFOX=<folder> reuses an existing build (e.g. dist/firefox).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    firefoxDist: string;
  }
}

export default function setup(project: TestProject): (() => void) | void {
  let dist = process.env.NUDGELINE_DIST_FIREFOX;
  if (!dist) {
    dist = resolve('.test-artifacts', `firefox-${process.pid}`);
    execFileSync('npx', ['vite', 'build', '--mode', 'firefox', '--logLevel', 'error'], {
      stdio: 'inherit',
      env: { ...process.env, NUDGELINE_OUT: dist },
    });
  }
  project.provide('firefoxDist', resolve(dist));
  const built = dist;
  if (!process.env.NUDGELINE_DIST_FIREFOX) return () => rmSync(built, { recursive: true, force: true });
}
