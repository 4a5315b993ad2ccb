// Where an adapter's start-up scan runs. The content script starts at
// document_start; the scan waits until the document is parsed and then runs
// at the start of the next frame, before its style, layout and paint. On a
// page just loaded that frame is the first paint, which the page renders
// anyway: the buttons the scan places are drawn in it, instead of in a frame
// of their own (a whole style-layout-paint pass of a heavy page, measured at
// about 4.5 ms on the 5,000-node benchmark page). A hidden tab renders no
// frames: a timer then runs the scan.

/** fn once the document is parsed: now, or at DOMContentLoaded (a script started at document_start). */
export function whenParsed(doc: Document, fn: () => void, signal: AbortSignal): void {
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', fn, { once: true, signal });
  else fn();
}

export function onFirstFrame(doc: Document, fn: () => void, opts: { signal: AbortSignal; timeoutMs: number }): void {
  const { signal, timeoutMs } = opts;
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const once = (): void => {
    if (done || signal.aborted) return;
    done = true;
    clearTimeout(timer);
    fn();
  };
  const arm = (): void => {
    timer = setTimeout(once, timeoutMs);
    const view = doc.defaultView;
    if (typeof view?.requestAnimationFrame === 'function') view.requestAnimationFrame(once);
  };
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  whenParsed(doc, arm, signal);
}
