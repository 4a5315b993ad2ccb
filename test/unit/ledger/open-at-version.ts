// A database as a released build declared it: versions 1..n, no later ones.
// Add each new schema version here when db.ts gains it.
import { Dexie } from 'dexie';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from '../../../src/ledger/db';

/** Every released schema, by version. */
export const SCHEMAS: Record<number, Record<string, string>> = { 1: SCHEMA_V1, 2: SCHEMA_V2, 3: SCHEMA_V3 };

export function openAtVersion(name: string, version: number): Dexie {
  const db = new Dexie(name);
  for (let v = 1; v <= version; v++) {
    const stores = SCHEMAS[v];
    if (stores) db.version(v).stores(stores);
  }
  return db;
}
