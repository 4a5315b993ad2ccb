// Options → Import: the file input is cleared after each read, so choosing
// the same file again (to retry after reading the preview) is seen again;
// the preview's counts read in the singular or plural as they should.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { ImportFlow } from '../../../src/options/import-export/ImportFlow';
import { reset } from './seed';

vi.mock('../../../src/messaging/client', () => ({ request: vi.fn<(msg: unknown) => Promise<unknown>>(async () => ({ ok: true, value: null })) }));

// The LinkedIn export as in test/fixtures/import/linkedin-connections.csv (its
// notes and header), with one usable row and, where asked, rows with nobody in them.
const [notes, header] = (() => {
  const lines = readFileSync('test/fixtures/import/linkedin-connections.csv', 'utf8').split(/\r?\n/);
  const at = lines.findIndex((l) => l.startsWith('First Name,'));
  return [lines.slice(0, at).join('\n'), lines[at]!];
})();
const connections = (empty: number) => new File([[notes, header,
  'Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace-1a2b3c,ada@example.org,Analytical Engines,Engineer,02 Nov 2026',
  ...Array.from({ length: empty }, () => ',,,,Acme,,02 Nov 2026'),
].join('\n')], 'Connections.csv', { type: 'text/csv' });

function choose(file: File): HTMLInputElement {
  const input = screen.getByLabelText('Choose a file') as HTMLInputElement;
  const list = new DataTransfer();
  list.items.add(file);
  input.files = list.files;
  fireEvent.change(input);
  return input;
}

beforeEach(async () => {
  await reset();
  render(<ImportFlow onImported={() => undefined} />);
});
afterEach(cleanup);

describe('import flow', () => {
  it('clears the file input after each read, so the same file can be chosen again', async () => {
    const file = connections(0);
    const input = choose(file);
    expect((await screen.findByTestId('preview-add')).textContent).toBe('1');
    await waitFor(() => expect(input.value).toBe(''));
    expect(input.files).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('import-preview')).toBeNull();
    choose(file);
    expect((await screen.findByTestId('preview-add')).textContent).toBe('1');
    await waitFor(() => expect(input.value).toBe(''));
  });

  it.each([[1, 'Why 1 row is skipped'], [2, 'Why 2 rows are skipped']])('%i skipped row(s): "%s"', async (empty, words) => {
    choose(connections(empty));
    expect((await screen.findByTestId('preview-skip')).textContent).toBe(String(empty));
    expect(screen.getByText(words)).toBeTruthy();
  });
});
