// A value read from the page that may not be there yet (the signed-in
// account while the site is still rendering). Until found, it is read at
// most every `everyMs`: the read may search the whole document.

export function readUntilFound<T>(read: () => T | undefined, everyMs = 2_000, now: () => number = Date.now): () => T | undefined {
  let found: T | undefined;
  let triedAt = -Infinity;
  return () => {
    if (found !== undefined) return found;
    const t = now();
    if (t - triedAt < everyMs) return undefined;
    triedAt = t;
    return (found = read());
  };
}
