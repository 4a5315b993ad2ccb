// Builders for core tests: touches, contacts and local dates.
import { DEFAULT_POLICY } from '../../../src/core/settings';
import type { StageContact } from '../../../src/core/stage';
import type { Direction, Policy, Touch, TouchKind } from '../../../src/core/types';

/** Local time (the runtime's zone, Europe/Berlin in tests); month is 1-based. */
export const local = (y: number, m: number, d: number, h = 0, min = 0): number => new Date(y, m - 1, d, h, min).getTime();

let seq = 0;
export function touch(at: number, direction: Direction, kind: TouchKind = 'message', extra: Partial<Touch> = {}): Touch {
  seq++;
  return { contactId: 1, direction, kind, channel: 'gmail', at, source: 'manual', dedupeKey: `k${seq}`, ...extra };
}
export const out = (at: number, kind: TouchKind = 'message', extra: Partial<Touch> = {}) => touch(at, 'out', kind, extra);
export const inn = (at: number, kind: TouchKind = 'message', extra: Partial<Touch> = {}) => touch(at, 'in', kind, extra);

export function contact(extra: Partial<StageContact> = {}): StageContact {
  return { createdAt: local(2026, 1, 1), keepWarm: false, archived: false, ...extra };
}

export const policy = (extra: Partial<Policy> = {}): Policy => ({ ...DEFAULT_POLICY, ...extra });

/** 'Thu 2026-11-05' for readable failures. */
export function day(ts: number): string {
  const d = new Date(ts);
  const wd = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getDay()];
  return `${wd} ${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
