// Runs in LinkedIn's own world (world: MAIN, document_start) to see the
// site's messenger requests an isolated content script cannot, and when its
// pop-up's shadow root is attached. Posts metadata only (urns, ids, times,
// profile links, names) to the content script.
import { createPageBridge } from '../sites/shared/bridge';
import { LINKEDIN_BRIDGE } from '../sites/linkedin/network';
import { watchLinkedin } from '../sites/linkedin/page-watch';

try {
  const bridge = createPageBridge(LINKEDIN_BRIDGE);
  watchLinkedin((p) => bridge.post(p));
} catch {
  /* never break the page */
}
