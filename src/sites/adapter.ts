// The one interface every site adapter implements. An adapter watches its
// site's pages and reports what the user sent or received; the content
// script boot (src/content/boot.ts) owns messaging, the outbox and teardown.
import type { Site } from '../core/types';
import type { ObservedMessage, Person } from '../messaging/protocol';

export interface AdapterContext {
  /** aborted when the page navigates away or the extension reloads */
  signal: AbortSignal;
  /** hand observed messages to the outbox; delivered at least once, logged once */
  observe(messages: ObservedMessage[]): void;
  /** take back a send that was undone (same eventId as observed) */
  retract(eventId: string): void;
  /** which roles the adapter's selectors found (compose, sendButton, …) */
  health(roles: Record<string, boolean>): void;
  /** which of these people the ledger already tracks */
  lookup(people: Person[]): Promise<boolean[]>;
  /** the user turned snippets on: only then may an adapter read ≤100 chars of a message body */
  snippets(): boolean;
}

export interface SiteAdapter {
  site: Site;
  start(ctx: AdapterContext): void;
}
