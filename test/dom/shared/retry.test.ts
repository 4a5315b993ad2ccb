// A page value read until found, at most every few seconds meanwhile.
import { describe, expect, it, vi } from 'vitest';
import { readUntilFound } from '../../../src/sites/shared/retry';

describe('readUntilFound', () => {
  it('reads at most once per period until found, then never again', () => {
    let t = 0;
    let value: string | undefined;
    const read = vi.fn<() => string | undefined>(() => value);
    const get = readUntilFound(read, 2_000, () => t);
    expect(get()).toBeUndefined();
    t = 1_999;
    expect(get()).toBeUndefined();
    expect(read).toHaveBeenCalledTimes(1);
    t = 2_000;
    value = 'me@example.com';
    expect(get()).toBe('me@example.com');
    t = 2_001;
    value = 'other@example.com';
    expect(get()).toBe('me@example.com');
    expect(read).toHaveBeenCalledTimes(2);
  });
});
