// Test helpers for the Outlook DOM tests.
/** The 2026-12 compose's To chips as its script renders them (scripts do not run here): visible text only. */
export function chips(texts: string[]): void {
  const well = document.querySelector('#to-well');
  if (!well) return;
  well.innerHTML = '';
  texts.forEach((text, i) => {
    const wrap = document.createElement('div');
    wrap.className = 'ItemWrapper';
    wrap.innerHTML = `<span data-lpc-hover-target-id="lpc-to-${i}" class="pbZv8"><span class="textContainer"></span></span>`;
    wrap.querySelector('.textContainer')!.textContent = text;
    well.append(wrap);
  });
}

/** Resolves once `check` holds (polling; the machine may be slow), or after `ms` (the assertion after it then fails). */
export async function eventually(check: () => boolean, ms = 2_000): Promise<void> {
  for (const end = Date.now() + ms; !check() && Date.now() < end;) await new Promise((r) => setTimeout(r, 5));
}
