// The start-up scan's timing: after parsing, at the start of the next frame,
// once; a timer when no frame comes; nothing after abort.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onFirstFrame } from '../../../src/sites/shared/first-frame';

/** A document whose readyState, frames and DOMContentLoaded the test drives. */
function fakeDoc(readyState: DocumentReadyState) {
  const frames: FrameRequestCallback[] = [];
  const target = new EventTarget();
  const doc = {
    readyState,
    addEventListener: target.addEventListener.bind(target),
    defaultView: { requestAnimationFrame: (cb: FrameRequestCallback) => frames.push(cb) },
  };
  return {
    doc: doc as unknown as Document,
    frames,
    frame: () => { for (const cb of frames.splice(0)) cb(0); },
    parsed: () => { doc.readyState = 'interactive'; target.dispatchEvent(new Event('DOMContentLoaded')); },
  };
}

describe('onFirstFrame', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for the document to be parsed, then runs in the next frame, once', () => {
    const page = fakeDoc('loading');
    const fn = vi.fn<() => void>();
    onFirstFrame(page.doc, fn, { signal: new AbortController().signal, timeoutMs: 300 });
    page.frame();
    vi.advanceTimersByTime(1_000);
    expect(fn).not.toHaveBeenCalled(); // still parsing: no frame asked for, no timer
    page.parsed();
    expect(page.frames).toHaveLength(1);
    expect(fn).not.toHaveBeenCalled();
    page.frame();
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1_000); // the hidden-tab timer was cleared
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('a parsed document runs in the next frame; with no frame (hidden tab), after the timeout', () => {
    const page = fakeDoc('complete');
    const fn = vi.fn<() => void>();
    onFirstFrame(page.doc, fn, { signal: new AbortController().signal, timeoutMs: 300 });
    vi.advanceTimersByTime(299);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
    page.frame(); // the frame comes when the tab is shown: no second run
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('never runs after abort', () => {
    const page = fakeDoc('loading');
    const controller = new AbortController();
    const fn = vi.fn<() => void>();
    onFirstFrame(page.doc, fn, { signal: controller.signal, timeoutMs: 300 });
    controller.abort();
    page.parsed();
    page.frame();
    vi.advanceTimersByTime(1_000);
    expect(page.frames).toHaveLength(0);
    expect(fn).not.toHaveBeenCalled();
  });
});
