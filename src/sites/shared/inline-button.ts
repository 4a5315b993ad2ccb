// The inline "Log as follow-up" control placed next to a site's Send button.
// It lives in a shadow root so the site's CSS cannot restyle it and ours
// cannot leak into the site; the host is a `nudgeline-` element so every
// adapter can exclude it from its own send-button selectors.
import { onWords, say, type ContentKey } from './strings';

export type LogButtonState = 'tracked' | 'untracked' | 'armed' | 'logged' | 'error';

export interface LogButtonOptions {
  signal: AbortSignal;
  /** the visible text's key (e.g. 'logAsFollowUp'), looked up at each state:
   *  the words for the browser's language may arrive after the button */
  label: ContentKey;
  onPress(): void | Promise<void>;
  /** where the button goes relative to the anchor; default 'after' */
  position?: 'before' | 'after';
}

export interface LogButtonHandle {
  /** show the state of the current recipients / of this send */
  setState(state: LogButtonState): void;
  /** the `<nudgeline-button>` host element in the page */
  host: HTMLElement;
}

export const HOST_TAG = 'nudgeline-button';
/** Selector matching any element Nudgeline injected (to exclude from site selectors). */
export const INJECTED_SELECTOR = `${HOST_TAG}, [data-nudgeline]`;

const STATE_KEYS: Record<LogButtonState, ContentKey> = {
  tracked: 'trackedState',
  untracked: 'untrackedState',
  armed: 'armedState',
  logged: 'loggedState',
  error: 'errorState',
};

// Written compact: it ships in every content script.
const CSS = `:host{all:initial;display:inline-flex;vertical-align:middle;margin:0 6px}
button{font:500 12px/1 system-ui,sans-serif;display:inline-flex;align-items:center;gap:6px;padding:6px 10px;border-radius:14px;border:1px solid #7a8594;background:#fff;color:#1f2933;cursor:pointer}
button:hover{background:#f1f4f8}
button:focus-visible{outline:3px solid #1a73e8;outline-offset:2px}
.dot{width:8px;height:8px;border-radius:50%;background:#9aa5b1;flex:none}
button[data-state=tracked] .dot,button[data-state=armed] .dot{background:#1a7f37}
button[data-state=armed],button[data-state=logged]{border-color:#1a7f37;background:#e8f5ec}
button[data-state=logged] .dot{background:#1a7f37;box-shadow:0 0 0 2px #b7e1c1}
button[data-state=error]{border-color:#b42318}
button[data-state=error] .dot{background:#b42318}
@media (prefers-color-scheme:dark){button{background:#202124;color:#e8eaed;border-color:#9aa0a6}button:hover{background:#303134}button[data-state=armed],button[data-state=logged]{background:#16351f}}`;

export function mountLogButton(anchor: Element, opts: LogButtonOptions): LogButtonHandle {
  const host = document.createElement(HOST_TAG);
  host.setAttribute('data-nudgeline', 'log-button');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = CSS;
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('part', 'button');
  const dot = document.createElement('span');
  dot.className = 'dot';
  dot.setAttribute('aria-hidden', 'true');
  const text = document.createElement('span');
  button.append(dot, text);
  root.append(style, button);

  let shown: LogButtonState | undefined;
  let frame: number | undefined;
  const apply = (state: LogButtonState): void => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    frame = undefined;
    const detail = say(STATE_KEYS[state]);
    const label = say(opts.label);
    text.textContent = label;
    button.dataset['state'] = state;
    button.setAttribute('aria-pressed', String(state === 'armed' || state === 'logged'));
    button.setAttribute('aria-label', `${label}: ${detail}`);
    button.title = detail;
  };
  // What the user did shows at once; a lookup's answer is written at the
  // start of the next frame, together with whatever the page changes in it,
  // and answers that cancel out before then write nothing. Same state: no write.
  const setState = (state: LogButtonState): void => {
    if (state === shown) return;
    shown = state;
    if (state !== 'tracked' && state !== 'untracked') return apply(state);
    if (frame !== undefined) cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => apply(state));
  };
  shown = 'untracked';
  apply('untracked');
  // The words of the browser's language may arrive after the button is drawn.
  const off = onWords(() => apply(shown!));

  const press = async (): Promise<void> => {
    try {
      await opts.onPress();
    } catch (err) {
      console.debug('[nudgeline] button press failed', err);
      setState('error');
    }
  };
  const { signal } = opts;
  // Keep our clicks and keys from reaching the site's own handlers
  // (Gmail treats Enter/Ctrl+Enter anywhere in a compose as shortcuts).
  button.addEventListener('click', (e) => {
    e.stopPropagation();
    e.preventDefault();
    void press();
  }, { signal });
  button.addEventListener('keydown', (e) => {
    if (e.key !== 'Tab') e.stopPropagation();
  }, { signal });

  if (!signal.aborted) {
    try {
      if (opts.position === 'before') anchor.before(host);
      else anchor.after(host);
    } catch (err) {
      console.debug('[nudgeline] could not place the button', err);
    }
  }
  signal.addEventListener('abort', () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    off();
    host.remove();
  }, { once: true });
  return { setState, host };
}

/** The real <button> inside a mounted host (tests, focus management). */
export function buttonOf(host: Element): HTMLButtonElement | null {
  return host.shadowRoot?.querySelector('button') ?? null;
}
