// The last step of every site's reply watcher: ask the ledger which senders
// it tracks, then observe each new message from them exactly once.
import type { AdapterContext } from '../adapter';
import type { ObservedMessage, Person } from '../../messaging/protocol';

export async function observeTrackedOnce<C extends { key: string }>(
  ctx: Pick<AdapterContext, 'observe' | 'lookup'>,
  seen: Set<string>,
  fresh: readonly C[],
  senderOf: (candidate: C) => Person,
  build: (candidate: C) => ObservedMessage | undefined,
): Promise<number> {
  if (!fresh.length) return 0;
  const tracked = await ctx.lookup(fresh.map(senderOf));
  const out: ObservedMessage[] = [];
  fresh.forEach((candidate, i) => {
    // A scan that overlapped this one may have taken it while lookup ran.
    if (!tracked[i] || seen.has(candidate.key)) return;
    const obs = build(candidate);
    if (obs) {
      seen.add(candidate.key);
      out.push(obs);
    }
  });
  if (out.length) ctx.observe(out);
  return out.length;
}
