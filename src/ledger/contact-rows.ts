// One contact's own rows, read by index: what the writers recompute from and
// what the pages show. Reads only.
import type { Identity, Touch } from '../core/types';
import type { NudgelineDB } from './db';

export function touchesOf(db: NudgelineDB, contactId: number): Promise<Touch[]> {
  return db.touches.where('[contactId+at]').between([contactId, -Infinity], [contactId, Infinity], true, true).toArray();
}

export function identitiesOf(db: NudgelineDB, contactId: number): Promise<Identity[]> {
  return db.identities.where('contactId').equals(contactId).toArray();
}
