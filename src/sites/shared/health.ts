// Collects which roles an adapter's selectors found and reports them in one
// debounced call, and only when something changed: a page that re-renders
// all day must not flood the background with identical reports.

export type Roles = Record<string, boolean>;

/**
 * Shared on every site: the site sent a request that looks like a send but
 * whose shape the parser does not know. Reported as this role being false
 * (false is always the bad value), shown as "send requests not recognized";
 * it stays for the page load: one recognized send does not vouch for the next.
 */
export const SEND_UNRECOGNIZED = 'sendUnrecognized';
export const sendUnrecognized = (health: HealthTracker): void => health.set({ [SEND_UNRECOGNIZED]: false });

export interface HealthTracker {
  /** record one or more roles (true found, false expected but missing) */
  set(roles: Roles): void;
  /** the roles as last recorded (for tests and the button's own decisions) */
  current(): Roles;
  /** report now if something changed since the last report */
  flush(): void;
}

export function createHealthTracker(
  report: (roles: Roles) => void,
  opts: { signal: AbortSignal; delayMs?: number },
): HealthTracker {
  const roles: Roles = {};
  let lastSent = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = (): void => {
    clearTimeout(timer);
    timer = undefined;
    if (opts.signal.aborted) return;
    // No sort needed: roles only gains keys, so its key order never changes
    // and equal reports always stringify the same.
    const key = JSON.stringify(roles);
    if (key === lastSent) return;
    lastSent = key;
    try {
      report({ ...roles });
    } catch (err) {
      console.debug('[nudgeline] health report failed', err);
    }
  };
  opts.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return {
    set(next) {
      let changed = false;
      for (const [role, found] of Object.entries(next)) {
        if (roles[role] !== found) changed = true;
        roles[role] = found;
      }
      if (changed && timer === undefined && !opts.signal.aborted) {
        timer = setTimeout(flush, opts.delayMs ?? 500);
      }
    },
    current: () => ({ ...roles }),
    flush,
  };
}
