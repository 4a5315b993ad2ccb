// The envelope: every synced document is { _id, p }. p is AES-256-GCM of
// the record with the document id as associated data (a ciphertext moved
// to another id does not open); the id is an HMAC of the record's natural
// key, so the same touch gets the same id on every device and the server
// learns nothing from ids. Both keys are random and travel only wrapped.
export interface SyncKeys { enc: CryptoKey; mac: CryptoKey }
export interface RawKeys { enc: string; mac: string }
export interface Envelope { _id: string; p: string }

const te = new TextEncoder();
const td = new TextDecoder();

export function toB64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

export function fromB64(s: string): Uint8Array<ArrayBuffer> {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

const b64url = (bytes: Uint8Array) => toB64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

export class DecryptError extends Error {
  override name = 'DecryptError';
}

export function randomRawKeys(): RawKeys {
  return { enc: toB64(crypto.getRandomValues(new Uint8Array(32))), mac: toB64(crypto.getRandomValues(new Uint8Array(32))) };
}

export async function importKeys(raw: RawKeys): Promise<SyncKeys> {
  const [enc, mac] = await Promise.all([
    crypto.subtle.importKey('raw', fromB64(raw.enc), { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']),
    crypto.subtle.importKey('raw', fromB64(raw.mac), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']),
  ]);
  return { enc, mac };
}

/** The document id of a natural key: 'n' keeps it clear of CouchDB's reserved '_' ids. */
export async function docId(keys: SyncKeys, naturalKey: string): Promise<string> {
  const sig = new Uint8Array(await crypto.subtle.sign('HMAC', keys.mac, te.encode(naturalKey)));
  return `n${b64url(sig)}`;
}

export async function seal(keys: SyncKeys, id: string, record: unknown): Promise<Envelope> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: te.encode(id) }, keys.enc, te.encode(JSON.stringify(record))));
  const p = new Uint8Array(12 + ct.length);
  p.set(iv);
  p.set(ct, 12);
  return { _id: id, p: toB64(p) };
}

/** The record inside, or DecryptError when it was tampered with, moved or made with another key. */
export async function unseal(keys: SyncKeys, doc: { _id: string; p?: unknown }): Promise<unknown> {
  if (typeof doc.p !== 'string') throw new DecryptError(`document ${doc._id} has no ciphertext`);
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = fromB64(doc.p);
  } catch {
    throw new DecryptError(`document ${doc._id} is not base64`);
  }
  if (bytes.length < 12 + 16) throw new DecryptError(`document ${doc._id} is too short`);
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes.slice(0, 12), additionalData: te.encode(doc._id) }, keys.enc, bytes.slice(12));
    return JSON.parse(td.decode(plain));
  } catch {
    throw new DecryptError(`document ${doc._id} does not authenticate`);
  }
}
