// Four tiers, one run: unit (pure rules and the ledger on fake-indexeddb),
// dom (site adapters and UI components on happy-dom), e2e (the built
// extension in real headless Chromium), firefox (the built Firefox variant in
// headless Firefox ESR, through Marionette).
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  test: {
    reporters: ['default', './test/tier-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['test/setup/unit.ts'],
          env: { TZ: 'Europe/Berlin' },
        },
      },
      {
        plugins: [preact()],
        test: {
          name: 'dom',
          include: ['test/dom/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['test/setup/dom.ts'],
          env: { TZ: 'Europe/Berlin' },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // Each file launches its own Chromium; two at a time fits 2 cores.
          maxWorkers: 2,
          fileParallelism: true,
          // Runs after the unit and dom tiers (a group of its own).
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'firefox',
          include: ['test/firefox/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/firefox/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // One Firefox at a time, after the Chromium tier.
          maxWorkers: 1,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
