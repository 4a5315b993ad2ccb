// Turning sync on: check the URL, reach the server, log in, then open the
// keyring there (or make one on an empty database). Each failure is its own
// plain error code; nothing is written anywhere until the keyring opened.
import { KEYRING_ID, newKeyring, openKeyring, WrongPassphrase, type KeyringDoc } from './keyring';
import { toB64, type RawKeys } from './crypto';
import type { SyncErrorCode } from './config';

export class SyncError extends Error {
  constructor(readonly code: SyncErrorCode, detail = '') {
    super(detail || code);
    this.name = 'SyncError';
  }
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The database URL without a trailing slash; https only, except on this machine. */
export function checkUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    throw new SyncError('bad-url');
  }
  const ok = u.protocol === 'https:' || (u.protocol === 'http:' && LOOPBACK.has(u.hostname));
  if (!ok || u.username || u.password || u.search || u.hash || u.pathname.replace(/\/+$/, '') === '') throw new SyncError('bad-url');
  return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
}

export const authHeader = (user: string, password: string) => `Basic ${toB64(new TextEncoder().encode(`${user}:${password}`))}`;

async function call(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, { ...init, credentials: 'omit', cache: 'no-store' });
  } catch {
    // A blocked cross-origin answer and a server that is not there look alike to fetch;
    // an opaque no-cors reply tells them apart (the server answered, its CORS refused us).
    const reached = await fetch(url, { method: 'GET', mode: 'no-cors', credentials: 'omit' }).then(() => true, () => false);
    throw new SyncError(reached ? 'cors' : 'unreachable');
  }
}

export async function connect(rawUrl: string, user: string, password: string, passphrase: string, iterations?: number): Promise<{ url: string; keys: RawKeys; created: boolean }> {
  const url = checkUrl(rawUrl);
  const headers = { Authorization: authHeader(user, password), Accept: 'application/json', 'Content-Type': 'application/json' };
  const res = await call(`${url}/${KEYRING_ID}`, { method: 'GET', headers });
  if (res.status === 401 || res.status === 403) throw new SyncError('auth');
  if (res.status === 200) {
    try {
      return { url, keys: await openKeyring((await res.json()) as KeyringDoc, passphrase), created: false };
    } catch (err) {
      throw new SyncError(err instanceof WrongPassphrase ? 'passphrase' : 'keyring', err instanceof Error ? err.message : '');
    }
  }
  if (res.status !== 404) throw new SyncError('server', `HTTP ${res.status}`);
  const body = (await res.json().catch(() => ({}))) as { reason?: string };
  if (body.reason !== 'missing' && body.reason !== 'deleted') throw new SyncError('no-db');
  const { doc, keys } = await newKeyring(passphrase, iterations);
  const put = await call(`${url}/${KEYRING_ID}`, { method: 'PUT', headers, body: JSON.stringify(doc) });
  if (put.status === 401 || put.status === 403) throw new SyncError('auth');
  if (put.status === 409) {
    // Another device made the keyring a moment ago: use that one.
    return connect(rawUrl, user, password, passphrase, iterations);
  }
  if (!put.ok) throw new SyncError('server', `HTTP ${put.status}`);
  return { url, keys, created: true };
}
