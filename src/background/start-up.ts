// Work the worker does once per start (today's stages, the badge, the digest
// alarm, content prefs, a sync pass) waits for the message that woke it, or a
// moment: run beside it, it would hold the database that message waits for
// (a touch logged on a stopped worker answered in ~100 ms, ~60 of them that).

export const START_UP_DELAY_MS = 250;

export interface StartUp {
  /** Called once the waking message has been answered: the work starts now if it has not. */
  now(): void;
}

export function deferStartUp(work: () => void, delayMs = START_UP_DELAY_MS): StartUp {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    work();
  };
  const timer = setTimeout(run, delayMs);
  return { now: run };
}
