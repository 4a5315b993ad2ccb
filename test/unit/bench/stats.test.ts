// The benchmark's statistics and its result rows: a ratio row reports a
// missed goal as not met (it never throws), and the bootstrap interval
// brackets the median of the paired differences.
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ES module of the benchmark, no type declarations
import { bootstrapMedianCI, median } from '../../../bench/stats.mjs';
// @ts-expect-error -- plain ES module of the benchmark, no type declarations
import { rows } from '../../../bench/table.mjs';

describe('bootstrapMedianCI', () => {
  it('brackets the median and narrows with more pairs', () => {
    const few = [-60, -20, 3, 8, 9, 12, 40, 67, 5, 10, -3];
    const many = Array.from({ length: 200 }, (_, i) => few[i % few.length]! + (i % 7) - 3);
    const [lo, hi] = bootstrapMedianCI(few) as [number, number];
    expect(lo).toBeLessThanOrEqual(median(few));
    expect(hi).toBeGreaterThanOrEqual(median(few));
    const [lo2, hi2] = bootstrapMedianCI(many) as [number, number];
    expect(hi2 - lo2).toBeLessThan(hi - lo);
  });

  it('has no interval for fewer than two pairs', () => {
    expect(bootstrapMedianCI([4])).toBeNull();
  });
});

describe('result rows', () => {
  it('gives each figure its baseline, ratio and goal, and reports a missed goal as not met', () => {
    const r = {
      agenda: { '10k_contacts_100k_touches': { query_p95_ms: 6.3, index_only_p95_ms: 0.9, scan_p95_ms: 150, same_answer: true } },
      log_touch: { warm_p95_ms: 9, bare_warm_p95_ms: 5, cold_p95_ms: 60, bare_cold_p95_ms: 50, stops_confirmed: '12/12' },
    };
    const list = rows(r) as { measure: string; figure: number; baseline: number; ratio: number; goal: string; met: boolean | null }[];
    const index = list.find((x) => x.measure.includes('index range'))!;
    expect(index).toMatchObject({ figure: 6.3, baseline: 0.9, goal: '≤ 2×', met: false });
    expect(index.ratio).toBeCloseTo(7, 5);
    expect(list.find((x) => x.measure.includes('full scan'))).toMatchObject({ met: false }); // 23.8× < 30×
    expect(list.find((x) => x.measure.includes('worker warm'))).toMatchObject({ ratio: 1.8, met: true });
    expect(list.find((x) => x.measure.includes('worker stopped'))).toMatchObject({ ratio: 1.2, met: true });
  });

  it('leaves met unknown when the baseline is missing', () => {
    const list = rows({ recompute: { median_ms: 200, read_all_contacts_median_ms: null } }) as { measure: string; met: boolean | null }[];
    expect(list.find((x) => x.measure.startsWith('recompute'))!.met).toBeNull();
  });
});
