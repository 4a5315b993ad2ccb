// A row menu closes when keyboard focus leaves it (so the open panel never
// covers the next controls), but not on a click on nothing in particular.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { Menu } from '../../../src/ui/Menu';

afterEach(cleanup);

const renderMenu = () => render(
  <div>
    <Menu label="Snooze">{() => <><button type="button">For 1 day</button><button type="button">For 3 days</button></>}</Menu>
    <button type="button">Next control</button>
  </div>,
);

describe('menu focus', () => {
  it.each([
    ['to a control outside', () => screen.getByRole('button', { name: 'Next control' }), false],
    ['to another action inside', () => screen.getByRole('button', { name: 'For 3 days' }), true],
    ['to nothing (a click on the panel background)', () => null, true],
  ])('focus moving %s: open afterwards is %s', async (_, to, staysOpen) => {
    renderMenu();
    fireEvent.click(screen.getByRole('button', { name: 'Snooze' }));
    fireEvent.focusOut(screen.getByRole('button', { name: 'For 1 day' }), { relatedTarget: to() });
    expect(screen.queryByRole('button', { name: 'For 1 day' }) !== null).toBe(staysOpen);
    expect(screen.getByRole('button', { name: 'Snooze' }).getAttribute('aria-expanded')).toBe(String(staysOpen));
  });
});
