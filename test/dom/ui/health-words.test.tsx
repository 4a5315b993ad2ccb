// Detection health in plain words: role ids become "the Send button", … on the
// options page; the popup banner names the site and links to the details.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import messages from '../../../src/_locales/en/messages.json';
import { ActionsProvider } from '../../../src/ui/actions';
import { App as Options } from '../../../src/options/App';
import { App as Popup } from '../../../src/popup/App';
import { ROLE_LABELS, missingInWords, roleLabel } from '../../../src/ui/health';
import { NOW, reset } from './seed';

vi.mock('../../../src/messaging/client', () => ({ request: vi.fn<(msg: unknown) => Promise<unknown>>(async () => ({ ok: true, value: null })) }));

type Chrome = { chrome: Record<string, unknown> };
const useHealth = (stored: Record<string, unknown>) => {
  (globalThis as Chrome).chrome.storage = {
    local: {
      get: async (keys: string | string[]) =>
        Object.fromEntries((Array.isArray(keys) ? keys : [keys]).filter((k) => k in stored).map((k) => [k, stored[k]])),
    },
  };
};

beforeEach(reset);
afterEach(() => {
  cleanup();
  (globalThis as Chrome).chrome.storage = undefined;
});

const ROLES_BY_SITE = {
  gmail: ['compose', 'sendButton', 'recipients', 'subject', 'thread', 'messages', 'account'],
  linkedin: ['messageBox', 'sendButton', 'participant', 'conversation', 'messages', 'account'],
  outlook: ['compose', 'sendButton', 'recipients', 'conversation', 'messages', 'account'],
  any: ['adapter', 'sendUnrecognized'],
};

describe('role labels', () => {
  it.each(Object.entries(ROLES_BY_SITE))('every %s role has a label in messages.json', (_site, roles) => {
    const table = messages as Record<string, unknown>;
    expect(roles.filter((role) => !ROLE_LABELS[role] || !(ROLE_LABELS[role] in table))).toEqual([]);
    expect(roles.filter((role) => roleLabel(role) === role)).toEqual([]);
  });

  it.each([
    ['sendButton', 'the Send button'],
    ['recipients', 'the recipients'],
    ['messageBox', 'the message box'],
    ['sendUnrecognized', 'send requests in a form it knows (send requests not recognized)'],
    ['somethingNew', 'somethingNew'],
    ['toString', 'toString'],
  ])('%s reads "%s"', (role, want) => {
    expect(roleLabel(role)).toBe(want);
  });

  it('says each missing thing once', () => {
    expect(missingInWords(['thread', 'conversation', 'sendButton'])).toBe('the open conversation and the Send button');
  });
});

describe('health in the pages', () => {
  it('the options page names what is missing in plain words, never by id', async () => {
    useHealth({
      'health:gmail': { roles: { compose: true, sendButton: false, recipients: false }, at: NOW },
      'health:outlook': { roles: { compose: true, widget: false }, at: NOW },
      'health:linkedin': { roles: { messageBox: true }, at: NOW },
    });
    render(<ActionsProvider><Options /></ActionsProvider>);
    await waitFor(() => expect(document.querySelector('.health li[data-site="gmail"]')).toBeTruthy());
    const gmail = document.querySelector('.health li[data-site="gmail"]')!.textContent!;
    expect(gmail).toContain('cannot find the Send button and the recipients');
    expect(gmail).not.toMatch(/sendButton|recipients,/);
    expect(document.querySelector('.health li[data-site="outlook"]')!.textContent).toContain('cannot find widget');
    expect(document.querySelector('.health li[data-site="linkedin"]')!.textContent).toContain('Working');
  });

  it('the popup banner names the site and links to the details', async () => {
    useHealth({ 'health:linkedin': { roles: { messageBox: false }, at: NOW } });
    render(<ActionsProvider><Popup now={NOW} /></ActionsProvider>);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Automatic logging may miss messages on LinkedIn');
    expect(alert.textContent).toContain('logging by hand still work');
    expect(screen.getByRole('link', { name: 'What is affected' }).getAttribute('href')).toBe('../options/index.html#health');
  });
});
