// The envelope and the keyring: what the server stores opens only with our
// keys, under its own id, unchanged; the passphrase gates the keys.
import { describe, expect, it } from 'vitest';
import { DecryptError, docId, importKeys, randomRawKeys, seal, unseal } from '../../../src/sync/crypto';
import { newKeyring, openKeyring, PBKDF2_ITERATIONS, WrongPassphrase } from '../../../src/sync/keyring';

const record = { k: 'touch', key: 'gmail:msg:m1:01ABC', fields: { subject: 'Quarterly intro', dk: 'gmail:msg:m1' } };

describe('envelope', () => {
  it('round-trips a record, and the stored document carries nothing readable', async () => {
    const keys = await importKeys(randomRawKeys());
    const id = await docId(keys, 'touch:gmail:msg:m1:01ABC');
    const doc = await seal(keys, id, record);
    expect(Object.keys(doc).sort()).toEqual(['_id', 'p']);
    expect(JSON.stringify(doc)).not.toMatch(/Quarterly|gmail|m1/);
    expect(await unseal(keys, doc)).toEqual(record);
  });

  it('refuses a tampered ciphertext, a ciphertext moved to another id, and another key', async () => {
    const keys = await importKeys(randomRawKeys());
    const doc = await seal(keys, 'nA', record);
    const bytes = Uint8Array.from(atob(doc.p), (c) => c.charCodeAt(0));
    bytes[20] = bytes[20]! ^ 1;
    const tampered = { ...doc, p: btoa(String.fromCharCode(...bytes)) };
    await expect(unseal(keys, tampered)).rejects.toBeInstanceOf(DecryptError);
    await expect(unseal(keys, { ...doc, _id: 'nB' })).rejects.toBeInstanceOf(DecryptError);
    await expect(unseal(await importKeys(randomRawKeys()), doc)).rejects.toBeInstanceOf(DecryptError);
    await expect(unseal(keys, { _id: 'nA', p: 'short' })).rejects.toBeInstanceOf(DecryptError);
    await expect(unseal(keys, { _id: 'nA' })).rejects.toBeInstanceOf(DecryptError);
  });

  it('derives the same id for the same natural key with the same keys, and unrelated ids otherwise', async () => {
    const raw = randomRawKeys();
    const [k1, k2, other] = await Promise.all([importKeys(raw), importKeys(raw), importKeys(randomRawKeys())]);
    const a = await docId(k1, 'contact:01ABC');
    expect(await docId(k2, 'contact:01ABC')).toBe(a);
    expect(await docId(k1, 'contact:01ABD')).not.toBe(a);
    expect(await docId(other, 'contact:01ABC')).not.toBe(a);
    expect(a).toMatch(/^n[A-Za-z0-9_-]{43}$/);
  });
});

describe('keyring', () => {
  it('opens with the passphrase it was made with, at 600,000 PBKDF2 iterations', async () => {
    const { doc, keys } = await newKeyring('correct horse battery staple');
    expect(doc.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS });
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(JSON.stringify(doc)).not.toContain(keys.enc);
    expect(await openKeyring(doc, 'correct horse battery staple')).toEqual(keys);
  });

  it('refuses a wrong passphrase, and a keyring edited to fewer iterations', async () => {
    const { doc } = await newKeyring('correct horse battery staple');
    await expect(openKeyring(doc, 'Correct horse battery staple')).rejects.toBeInstanceOf(WrongPassphrase);
    await expect(openKeyring({ ...doc, kdf: { ...doc.kdf, iterations: 1_000 } }, 'correct horse battery staple')).rejects.toThrow(/not one this version can read/);
  });
});
