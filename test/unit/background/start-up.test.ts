import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { START_UP_DELAY_MS, deferStartUp } from '../../../src/background/start-up';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('deferStartUp', () => {
  it('runs the work once the waking message is answered, and only once', () => {
    const work = vi.fn<() => void>();
    const gate = deferStartUp(work);
    expect(work).not.toHaveBeenCalled();
    gate.now();
    expect(work).toHaveBeenCalledTimes(1);
    gate.now();
    vi.advanceTimersByTime(START_UP_DELAY_MS * 2);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs it after the delay when no message woke the worker', () => {
    const work = vi.fn<() => void>();
    deferStartUp(work);
    vi.advanceTimersByTime(START_UP_DELAY_MS - 1);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
  });
});
