// Intent → confirmation. A click on Send (or its shortcut) records what the
// user is sending at that moment; only a confirmation from the site (a
// network call, a toast, the message appearing) turns it into a logged
// touch. Each intent belongs to one compose, so two open composes never
// borrow each other's recipients. Unconfirmed intents expire silently.
import { newEventId } from './event-id';

export interface Intent<S> {
  eventId: string;
  /** which compose (or message box) it came from */
  key: string;
  at: number;
  snapshot: S;
}

export interface IntentTracker<S> {
  /** record an intent; a second intent for the same compose replaces the first */
  begin(key: string, snapshot: S, at?: number): Intent<S>;
  /** the pending intents, oldest first */
  pending(): Intent<S>[];
  /** take (and remove) the first pending intent for which `match` holds */
  take(match: (intent: Intent<S>) => boolean): Intent<S> | undefined;
  /** drop the intent for a compose (the site refused the send) */
  cancel(key: string): Intent<S> | undefined;
}

export function createIntentTracker<S>(site: string, opts: { ttlMs?: number; now?: () => number } = {}): IntentTracker<S> {
  const ttl = opts.ttlMs ?? 20_000;
  const now = opts.now ?? Date.now;
  let list: Intent<S>[] = [];
  const prune = (): void => {
    const t = now();
    list = list.filter((i) => t - i.at <= ttl);
  };
  return {
    begin(key, snapshot, at = now()) {
      prune();
      list = list.filter((i) => i.key !== key);
      const intent = { eventId: newEventId(site), key, at, snapshot };
      list.push(intent);
      return intent;
    },
    pending() {
      prune();
      return [...list];
    },
    take(match) {
      prune();
      const hit = list.find((i) => {
        try {
          return match(i);
        } catch {
          return false;
        }
      });
      if (hit) list = list.filter((i) => i !== hit);
      return hit;
    },
    cancel(key) {
      const hit = list.find((i) => i.key === key);
      list = list.filter((i) => i.key !== key);
      return hit;
    },
  };
}
