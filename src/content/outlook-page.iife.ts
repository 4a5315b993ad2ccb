// Runs in Outlook's own world (world: MAIN, document_start) to see the
// service calls an isolated content script cannot. Posts metadata only
// (addresses, names, subjects, ids, times) to the content script.
import { createPageBridge } from '../sites/shared/bridge';
import { OUTLOOK_BRIDGE } from '../sites/outlook/network';
import { watchOutlook } from '../sites/outlook/page-watch';

try {
  const bridge = createPageBridge(OUTLOOK_BRIDGE);
  watchOutlook((report) => bridge.post(report));
} catch {
  /* never break the page */
}
