// A row action often moves the contact to another group: its row unmounts and
// keyboard focus would fall back to the page. This puts focus on the contact's
// row where it shows up next (or that group's heading when it is collapsed).
import { useLayoutEffect } from 'preact/hooks';

const TRIES = 20;
const EVERY_MS = 50;

function lost(): boolean {
  return !document.activeElement || document.activeElement === document.body;
}

/** Exported for tests. Retries run up to a second later: the document may be gone by then. */
export function refocus(contactId: number, tries = TRIES): void {
  if (typeof document === 'undefined' || !lost()) return;
  const row = document.querySelector<HTMLElement>(`li.row[data-contact="${contactId}"]`);
  const details = row?.closest('details');
  const target = row && details && !details.open ? details.querySelector<HTMLElement>('summary') : row?.querySelector<HTMLElement>('.name');
  if (target) return target.focus();
  if (tries > 0) setTimeout(() => refocus(contactId, tries - 1), EVERY_MS);
  else document.querySelector<HTMLElement>('#search')?.focus();
}

export function useKeepFocus(ref: { current: HTMLElement | null }, contactId: number): void {
  useLayoutEffect(() => {
    const el = ref.current;
    // Runs before Preact removes the row: is focus inside it now?
    return () => {
      if (el?.contains(document.activeElement)) setTimeout(() => refocus(contactId), 0);
    };
  }, [contactId]);
}
