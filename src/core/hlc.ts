// Hybrid logical clocks: wall time, a counter for events in the same
// millisecond, and the device, as one string that sorts in clock order.
// A device that saw a remote clock never stamps an edit below it, so a
// later edit wins even when this device's wall clock is behind.
export type Hlc = string;

export interface Clock {
  ms: number;
  count: number;
  device: string;
}

const pad = (n: number, width: number) => n.toString().padStart(width, '0');

export const formatHlc = (c: Clock): Hlc => `${pad(c.ms, 15)}.${pad(c.count, 5)}.${c.device}`;

export function parseHlc(h: Hlc): Clock {
  const [ms, count, device] = h.split('.');
  return { ms: Number(ms), count: Number(count), device: device ?? '' };
}

/** The clock of anything written before clocks existed: below every stamp. */
export const ZERO_HLC: Hlc = formatHlc({ ms: 0, count: 0, device: '' });

/** The next stamp after `last` at wall time `now`. */
export function tick(last: Clock, now: number, device: string): Clock {
  if (now > last.ms) return { ms: now, count: 0, device };
  return { ms: last.ms, count: last.count + 1, device };
}

/** The later of two clocks (wall time, then counter). */
export const laterClock = (a: Clock, b: Clock): Clock => (b.ms > a.ms || (b.ms === a.ms && b.count > a.count) ? b : a);

/** The clock after hearing `remote`: never behind it. */
export function observeHlc(last: Clock, remote: Hlc): Clock {
  const r = parseHlc(remote);
  return laterClock(last, r) === r ? { ms: r.ms, count: r.count, device: last.device } : last;
}

export const maxHlc = (a: Hlc, b: Hlc): Hlc => (a >= b ? a : b);
