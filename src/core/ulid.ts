// Global ids for rows that travel between devices: 48 bits of milliseconds
// then 80 random bits (crypto.getRandomValues), Crockford base32, 26 chars.
// Within one millisecond the random part counts up, so ids made here sort
// in the order they were made; ids from two devices never collide in practice.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

let lastMs = -1;
let lastRandom: number[] = [];

function randomDigits(): number[] {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b & 31);
}

/** Adds one to the 16 base-32 digits; an overflow (1 in 2^80) borrows a fresh draw. */
function increment(digits: number[]): number[] {
  const next = [...digits];
  for (let i = next.length - 1; i >= 0; i--) {
    if (next[i]! < 31) { next[i]!++; return next; }
    next[i] = 0;
  }
  return randomDigits();
}

export function ulid(now = Date.now()): string {
  if (now <= lastMs) {
    lastRandom = increment(lastRandom);
  } else {
    lastMs = now;
    lastRandom = randomDigits();
  }
  let time = '';
  let ms = lastMs;
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[ms % 32]! + time;
    ms = Math.floor(ms / 32);
  }
  return time + lastRandom.map((d) => ALPHABET[d]).join('');
}

export const isUlid = (s: unknown): s is string => typeof s === 'string' && /^[0-9A-HJKMNP-TV-Z]{26}$/.test(s);
