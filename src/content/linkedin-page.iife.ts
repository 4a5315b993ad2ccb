// Runs in LinkedIn's own world (world: MAIN, document_start) to see the
// createMessage request an isolated content script cannot. Posts metadata
// only (conversation id, message urn) to the content script.
import { createPageBridge } from '../sites/shared/bridge';
import { LINKEDIN_BRIDGE } from '../sites/linkedin/network';
import { watchLinkedinSends } from '../sites/linkedin/page-watch';

try {
  const bridge = createPageBridge(LINKEDIN_BRIDGE);
  watchLinkedinSends((sent) => bridge.post(sent));
} catch {
  /* never break the page */
}
