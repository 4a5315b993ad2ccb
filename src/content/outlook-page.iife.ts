// Runs in Outlook's own world (world: MAIN, document_start) to see the send
// call an isolated content script cannot. Posts metadata only (subject, To
// addresses) to the content script.
import { createPageBridge } from '../sites/shared/bridge';
import { OUTLOOK_BRIDGE } from '../sites/outlook/network';
import { watchOutlookSends } from '../sites/outlook/page-watch';

try {
  const bridge = createPageBridge(OUTLOOK_BRIDGE);
  watchOutlookSends((sent) => bridge.post(sent));
} catch {
  /* never break the page */
}
