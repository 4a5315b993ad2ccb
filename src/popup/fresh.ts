// Stages move at local midnight. A browser opened on a new day starts the
// worker's catch-up, and the popup may open before it commits: then it asks
// the background to finish first, so it never shows yesterday's agenda.
import { stagesAreCurrent } from '../ledger/queries';
import { request } from '../messaging/client';
import { pageDb } from '../ui/ledger';

export async function ensureTodaysStages(now: number): Promise<void> {
  try {
    if (await stagesAreCurrent(pageDb(), now)) return;
    await request({ type: 'agenda.refresh' });
  } catch (err) {
    // Showing the ledger as it is beats showing nothing.
    console.error('[nudgeline] could not bring the agenda up to today', err);
  }
}
