// Prints how many tests ran in each tier, and a closing "N passed, N failed".
import type { Reporter, TestModule } from 'vitest/node';

export default class TierReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const tiers = new Map<string, { passed: number; failed: number; skipped: number }>();
    for (const mod of modules) {
      const name = mod.project.name || 'default';
      const row = tiers.get(name) ?? { passed: 0, failed: 0, skipped: 0 };
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') row.passed++;
        else if (state === 'failed') row.failed++;
        else row.skipped++;
      }
      if (mod.state() === 'failed' && [...mod.children.allTests()].length === 0) row.failed++;
      tiers.set(name, row);
    }
    let passed = 0;
    let failed = 0;
    console.log('\nTests per tier:');
    const order = ['unit', 'dom', 'e2e', 'firefox'];
    for (const name of [...order, ...[...tiers.keys()].filter((k) => !order.includes(k))]) {
      const row = tiers.get(name);
      if (!row) continue;
      passed += row.passed;
      failed += row.failed;
      console.log(`  ${name.padEnd(7)} ${row.passed} passed, ${row.failed} failed${row.skipped ? `, ${row.skipped} skipped` : ''}`);
    }
    console.log(`${passed} passed, ${failed} failed`);
  }
}
