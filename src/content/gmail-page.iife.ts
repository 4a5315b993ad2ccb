// Runs in Gmail's own world (world: MAIN, document_start) to see the web
// client's send requests and conversation data, which an isolated content
// script cannot. It posts metadata only (ids, people, counts, subject).
import { watchSync } from '../sites/gmail/page-watch';
import { createPageBridge } from '../sites/shared/bridge';
import { GMAIL_BRIDGE } from '../sites/gmail/network';

try {
  const bridge = createPageBridge(GMAIL_BRIDGE);
  watchSync((p) => bridge.post(p));
} catch {
  /* never break the page */
}
