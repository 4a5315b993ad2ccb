// The full JSON backup as text: written canonically, parsed and checked.
// Pure: reading the ledger (ledger/export.ts) and restoring it
// (ledger/restore.ts) are the ledger's.
import * as v from 'valibot';
import { ImportError } from './errors';
import { lineAt } from './source';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupSchema, type Backup } from './backup-schema';

/** Keys sorted at every level, so the same ledger always gives the same text. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return Object.fromEntries(Object.keys(o).sort().map((k) => [k, canonical(o[k])]));
  }
  return value;
}

export const backupToJson = (b: Backup) => {
  const { format, version, exportedAt, ...rest } = b;
  // format and version first, so a person opening the file sees what it is.
  return JSON.stringify({ format, version, exportedAt, ...(canonical(rest) as object) }, null, 1);
};

/** A backup, or an ImportError saying what is wrong and where. */
export function parseBackup(json: string): Backup {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const pos = /position (\d+)/.exec(msg)?.[1];
    const line = /line (\d+)/.exec(msg)?.[1];
    throw new ImportError('importBadJson', [], line ? Number(line) : pos ? lineAt(json, Number(pos)) : undefined);
  }
  const head = data as { format?: unknown; version?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== BACKUP_FORMAT) throw new ImportError('importNotBackup', [], 1);
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION) {
    throw new ImportError('importBackupNewer', [head.version]);
  }
  const parsed = v.safeParse(BackupSchema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0]!;
    throw new ImportError('importBackupInvalid', [v.getDotPath(issue) ?? '', issue.message.slice(0, 200)]);
  }
  checkReferences(parsed.output);
  return parsed.output;
}

function unique(rows: { id: number }[], what: string): Set<number> {
  const seen = new Set<number>();
  for (const r of rows) {
    if (seen.has(r.id)) throw new ImportError('importBackupInvalid', [`${what}.id`, String(r.id)]);
    seen.add(r.id);
  }
  return seen;
}

/** Ids unique, and every row points at a contact that is in the backup. */
function checkReferences(b: Backup): void {
  const contacts = unique(b.contacts, 'contacts');
  unique(b.identities, 'identities');
  unique(b.touches, 'touches');
  unique(b.referrals, 'referrals');
  const need = (id: number | undefined, where: string) => {
    if (id !== undefined && !contacts.has(id)) throw new ImportError('importBackupInvalid', [where, String(id)]);
  };
  b.identities.forEach((r, i) => need(r.contactId, `identities.${i}.contactId`));
  b.touches.forEach((r, i) => need(r.contactId, `touches.${i}.contactId`));
  b.referrals.forEach((r, i) => {
    need(r.referrerId, `referrals.${i}.referrerId`);
    need(r.refereeId, `referrals.${i}.refereeId`);
  });
}
