// Runs in Gmail's own world (world: MAIN, document_start) to see the web
// client's send requests, which an isolated content script cannot. It posts
// metadata only (ids, To, counts, subject) to the content script.
import { watchSyncSends } from '../sites/gmail/page-watch';
import { createPageBridge } from '../sites/shared/bridge';
import { GMAIL_BRIDGE } from '../sites/gmail/network';

try {
  const bridge = createPageBridge(GMAIL_BRIDGE);
  watchSyncSends((obs) => bridge.post(obs));
} catch {
  /* never break the page */
}
