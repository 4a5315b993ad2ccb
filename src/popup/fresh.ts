// Stages move at local midnight. A browser opened on a new day starts the
// worker's catch-up, and the popup may open before it commits: then it asks
// the background to finish first, so it never shows yesterday's agenda.
import { stagesAreCurrent } from '../ledger/queries';
import { request } from '../messaging/client';
import { pageDb } from '../ui/ledger';

/** True when the background had to catch up: what was read before is yesterday's. */
export async function ensureTodaysStages(now: number): Promise<boolean> {
  try {
    if (await stagesAreCurrent(pageDb(), now)) return false;
    await request({ type: 'agenda.refresh' });
    return true;
  } catch (err) {
    // Showing the ledger as it is beats showing nothing.
    console.error('[nudgeline] could not bring the agenda up to today', err);
    return false;
  }
}
