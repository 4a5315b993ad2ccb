// The keyring document on the server: the two data keys, wrapped with a key
// derived from the passphrase (PBKDF2-SHA-256). A second device needs only
// the URL, the user and the passphrase. A wrong passphrase fails AES-GCM's
// check, so it is told apart from a damaged keyring only by the message.
import { fromB64, randomRawKeys, toB64, type RawKeys } from './crypto';

export const KEYRING_ID = 'nudgeline-keyring';
export const PBKDF2_ITERATIONS = 600_000;

export interface KeyringDoc {
  _id: typeof KEYRING_ID;
  _rev?: string;
  v: 1;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  iv: string;
  wrapped: string;
}

export class WrongPassphrase extends Error {
  override name = 'WrongPassphrase';
}

const te = new TextEncoder();

async function wrapKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', te.encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

export async function newKeyring(passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<{ doc: KeyringDoc; keys: RawKeys }> {
  const keys = randomRawKeys();
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const k = await wrapKey(passphrase, salt, iterations);
  const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: te.encode(KEYRING_ID) }, k, te.encode(JSON.stringify(keys)));
  return {
    doc: { _id: KEYRING_ID, v: 1, kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toB64(salt) }, iv: toB64(iv), wrapped: toB64(new Uint8Array(ct)) },
    keys,
  };
}

export async function openKeyring(doc: KeyringDoc, passphrase: string): Promise<RawKeys> {
  // Never derive with fewer iterations than we would write: a keyring edited on the server cannot weaken it.
  if (doc.v !== 1 || doc.kdf?.iterations < PBKDF2_ITERATIONS) throw new Error('the keyring on the server is not one this version can read');
  const k = await wrapKey(passphrase, fromB64(doc.kdf.salt), doc.kdf.iterations);
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromB64(doc.iv), additionalData: te.encode(KEYRING_ID) }, k, fromB64(doc.wrapped));
  } catch {
    throw new WrongPassphrase('wrong passphrase');
  }
  const keys = JSON.parse(new TextDecoder().decode(plain)) as RawKeys;
  if (typeof keys.enc !== 'string' || typeof keys.mac !== 'string') throw new Error('the keyring on the server is damaged');
  return keys;
}
