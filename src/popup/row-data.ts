// The two things a row shows beyond the contact itself: its first identity
// (address or profile) and its latest touch (channel and thread link).
import { Dexie } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { Identity, Touch } from '../core/types';
import { pageDb } from '../ui/ledger';

export interface RowData {
  identity?: Identity;
  latest?: Touch;
}

export async function loadRowData(contactId: number): Promise<RowData> {
  const db = pageDb();
  const [identities, latest] = await Promise.all([
    db.identities.where('contactId').equals(contactId).toArray(),
    db.touches.where('[contactId+at]').between([contactId, Dexie.minKey], [contactId, Dexie.maxKey]).last(),
  ]);
  // An address or profile says more than a display name.
  const identity = identities.find((i) => i.kind !== 'name') ?? identities[0];
  return { identity, latest };
}

export function useRowData(contactId: number, version: number): RowData {
  const [data, setData] = useState<RowData>({});
  useEffect(() => {
    let live = true;
    void loadRowData(contactId).then((d) => live && setData(d));
    return () => {
      live = false;
    };
  }, [contactId, version]);
  return data;
}

/** Only https links to a thread are opened; anything else is not a link. */
export function safeThreadUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** What "ignore" offers for this contact: the address and its domain, or the profile. */
export function ignoreTargets(identity: Identity | undefined): { person?: string; domain?: string } {
  if (!identity || identity.kind === 'name') return {};
  if (identity.kind === 'linkedin') return { person: identity.value };
  const at = identity.value.lastIndexOf('@');
  return { person: identity.value, domain: at > 0 ? identity.value.slice(at) : undefined };
}
