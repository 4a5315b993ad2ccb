// Dedupe keys: one touch per message per contact. The site's message id when
// there is one (so the detector and the button agree), else the content
// script's event id (stable across outbox retries).
import type { Channel } from '../core/types';

/** The message part of a key, shared by every contact the message went to. */
export function messageKey(channel: Channel, messageId: string | undefined, eventId: string | undefined): string {
  if (messageId) return `${channel}:msg:${messageId}`;
  if (eventId) return `${channel}:event:${eventId}`;
  throw new Error('a touch needs a message id or an event id');
}

export function dedupeKeyOf(channel: Channel, messageId: string | undefined, eventId: string | undefined, contactId: number): string {
  return `${messageKey(channel, messageId, eventId)}:${contactId}`;
}

/** A fresh key for a touch logged by hand (popup, import without ids). */
export function manualKey(contactId: number): string {
  return dedupeKeyOf('manual', undefined, crypto.randomUUID(), contactId);
}
