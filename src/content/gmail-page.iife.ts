// Runs in the page's own world (world: MAIN) to observe the site's send
// requests; posts metadata only to the content script. Filled in by the adapter.
export {};
