// The popup's footer and the options page show the shortcut that opens the
// popup as the browser has it (the user may change or remove it).
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { ShortcutHint } from '../../../src/ui/Shortcut';

type Chrome = Record<string, unknown>;
const g = globalThis as unknown as { chrome: Chrome };
const original = g.chrome;
const withCommands = (list: { name: string; shortcut?: string }[]) => {
  g.chrome = { ...original, commands: { getAll: async () => list } };
};
afterEach(() => {
  cleanup();
  g.chrome = original;
});

describe('shortcut hint', () => {
  it('shows the keys of the command that opens the popup', async () => {
    withCommands([{ name: 'other', shortcut: 'Ctrl+Q' }, { name: '_execute_action', shortcut: 'Alt+Shift+N' }]);
    render(<ShortcutHint />);
    const hint = await screen.findByTestId('shortcut');
    expect(hint.textContent).toBe('Open Nudgeline from any tab: Alt+Shift+N');
    expect(hint.querySelector('kbd')?.textContent).toBe('Alt+Shift+N');
  });

  it('says so when no shortcut is set, and where to set one on the options page', async () => {
    withCommands([{ name: '_execute_action', shortcut: '' }]);
    render(<ShortcutHint howTo />);
    const hint = await screen.findByTestId('shortcut');
    expect(hint.textContent).toMatch(/^No keyboard shortcut opens Nudgeline yet.*chrome:\/\/extensions\/shortcuts/);
    expect(hint.querySelector('kbd')).toBeNull();
  });
});
