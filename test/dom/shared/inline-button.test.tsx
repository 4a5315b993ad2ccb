// The shared inline button: a real, labelled, keyboard-reachable <button>
// in a shadow root, with a visible state, gone when its signal aborts.
import { describe, expect, it, vi } from 'vitest';
import { buttonOf, INJECTED_SELECTOR, mountLogButton } from '../../../src/sites/shared/inline-button';
import { useWords } from '../../../src/sites/shared/strings';

function setup(onPress: () => void | Promise<void> = () => undefined, position?: 'before' | 'after') {
  document.body.innerHTML = '<div id="bar"><div id="send" role="button">Send</div></div>';
  const controller = new AbortController();
  const anchor = document.getElementById('send')!;
  const handle = mountLogButton(anchor, { signal: controller.signal, label: 'logAsFollowUp', onPress, position });
  return { controller, anchor, handle, button: buttonOf(handle.host)! };
}

describe('mountLogButton', () => {
  it('redraws in the browser\'s language when its words arrive after the button, and stops after abort', () => {
    const { controller, button } = setup();
    expect(button.textContent).toBe('Log as follow-up');
    useWords({ logAsFollowUp: 'Als Follow-up erfassen', untrackedState: 'Noch nicht verfolgt' });
    expect(button.textContent).toBe('Als Follow-up erfassen');
    expect(button.getAttribute('aria-label')).toBe('Als Follow-up erfassen: Noch nicht verfolgt');
    controller.abort();
    useWords({ logAsFollowUp: 'Log' });
    expect(button.textContent).toBe('Als Follow-up erfassen');
    useWords({});
  });

  it('places a prefixed host after (or before) the anchor with a real button inside a shadow root', () => {
    const { anchor, handle, button } = setup();
    expect(handle.host.tagName.toLowerCase()).toBe('nudgeline-button');
    expect(anchor.nextElementSibling).toBe(handle.host);
    expect(handle.host.matches(INJECTED_SELECTOR)).toBe(true);
    expect(button.type).toBe('button');
    expect(button.textContent).toBe('Log as follow-up');
    expect(handle.host.shadowRoot!.querySelector('style')!.textContent).toContain(':focus-visible');
    const before = setup(undefined, 'before');
    expect(before.anchor.previousElementSibling).toBe(before.handle.host);
  });

  it('shows what the user did at once, a lookup answer on the next frame, and writes nothing for the same state', async () => {
    const { handle, button } = setup();
    handle.setState('tracked');
    expect(button.dataset['state']).toBe('untracked');
    await new Promise((r) => requestAnimationFrame(r));
    expect(button.dataset['state']).toBe('tracked');
    handle.setState('armed');
    expect(button.dataset['state']).toBe('armed');
    const seen: string[] = [];
    new MutationObserver((records) => seen.push(...records.map((r) => r.attributeName ?? ''))).observe(button, { attributes: true });
    handle.setState('armed');
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([]);
    // a lookup answer that arrives after the user pressed is overtaken by the press
    handle.setState('untracked');
    handle.setState('logged');
    await new Promise((r) => requestAnimationFrame(r));
    expect(button.dataset['state']).toBe('logged');
  });

  it.each([
    ['tracked', 'false', 'Log as follow-up: Tracked'],
    ['untracked', 'false', 'Log as follow-up: Not tracked yet'],
    ['armed', 'true', 'Log as follow-up: Will be logged as a follow-up when sent'],
    ['logged', 'true', 'Log as follow-up: Logged'],
    ['error', 'false', 'Log as follow-up: Could not log this message'],
  ] as const)('shows the %s state (aria-pressed %s)', async (state, pressed, label) => {
    const { handle, button } = setup();
    handle.setState(state);
    // a lookup's answer (tracked / untracked) waits for the next frame
    await new Promise((r) => requestAnimationFrame(r));
    expect(button.dataset['state']).toBe(state);
    expect(button.getAttribute('aria-pressed')).toBe(pressed);
    expect(button.getAttribute('aria-label')).toBe(label);
    expect(button.title).toBe(label.replace('Log as follow-up: ', ''));
  });

  it('calls onPress on click and keeps the click from reaching the page', () => {
    const onPress = vi.fn<() => void>();
    const pageClick = vi.fn<() => void>();
    const { button } = setup(onPress);
    document.addEventListener('click', pageClick);
    button.click();
    expect(onPress).toHaveBeenCalledTimes(1);
    expect(pageClick).not.toHaveBeenCalled();
    document.removeEventListener('click', pageClick);
  });

  it('keeps keys (Enter, Ctrl+Enter) from reaching the site, but not Tab', () => {
    const { button } = setup();
    const seen: string[] = [];
    const listener = (e: KeyboardEvent) => seen.push(e.key);
    document.addEventListener('keydown', listener);
    for (const key of ['Enter', ' ', 'Tab']) button.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, ctrlKey: key === 'Enter' }));
    document.removeEventListener('keydown', listener);
    expect(seen).toEqual(['Tab']);
  });

  it('shows the error state when onPress fails', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const { handle, button } = setup(async () => { throw new Error('boom'); });
    handle.setState('tracked');
    button.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(button.dataset['state']).toBe('error');
    expect(debug).toHaveBeenCalled();
    debug.mockRestore();
  });

  it('is removed when its signal aborts, and never mounted on an aborted signal', () => {
    const { controller, handle } = setup();
    controller.abort();
    expect(handle.host.isConnected).toBe(false);
    const dead = new AbortController();
    dead.abort();
    const late = mountLogButton(document.getElementById('send')!, { signal: dead.signal, label: 'logAsFollowUp', onPress: () => undefined });
    expect(late.host.isConnected).toBe(false);
  });
});
