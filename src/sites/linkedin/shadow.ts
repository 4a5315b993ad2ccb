// LinkedIn (2026) renders its messaging pop-up inside the open shadow root
// of #interop-outlet[data-testid=interop-shadowdom] (the real page in
// ../shared/real-pages/linkedin/). A script that only looks at `document`
// never sees it. This finds that root when it appears (told by the page
// script when it is attached, or seen when the host is added or on the
// user's next click) and hands it over once, to be observed on its own;
// a replaced host brings a new root, handed over again.

const HOST = '#interop-outlet, [data-testid="interop-shadowdom"]';

export interface ShadowWatch {
  /** look for a new root now (cheap: one lookup by id) */
  check(): void;
  /** the roots found so far whose host is still in the page */
  roots(): ShadowRoot[];
  /** selector of the host, for the document observer's pre-check */
  host: string;
}

export function watchShadowRoots(onRoot: (root: ShadowRoot) => void): ShadowWatch {
  let known: ShadowRoot[] = [];
  return {
    host: HOST,
    check() {
      const root = (document.getElementById('interop-outlet') ?? document.querySelector(HOST))?.shadowRoot;
      if (!root || known.includes(root)) return;
      known = known.filter((r) => r.host.isConnected);
      known.push(root);
      onRoot(root);
    },
    roots: () => known.filter((r) => r.host.isConnected),
  };
}
