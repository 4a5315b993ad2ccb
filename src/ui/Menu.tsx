// A disclosure menu: a button that shows a small panel of actions.
// Plain tab order inside; Escape or a click outside closes it and focus
// returns to the button; tabbing out closes it too. (Not role=menu: that promises arrow-key semantics.)
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  label: string;
  /** visible button content; defaults to the label */
  button?: ComponentChildren;
  class?: string;
  children: (close: () => void) => ComponentChildren;
}

export function Menu({ label, button, class: cls = 'btn', children }: Props) {
  const [open, setOpen] = useState(false);
  const wrap = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    trigger.current?.focus();
  };
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!wrap.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    // Focus the first action so keyboard users land inside.
    wrap.current?.querySelector<HTMLElement>('.menu button, .menu a, .menu input')?.focus();
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      e.stopPropagation();
      close();
    }
  };
  // Tabbing out closes it, so the open panel never covers the controls focus moves to.
  // (A click on nothing in particular has no relatedTarget: the mousedown handler decides then.)
  const onFocusOut = (e: FocusEvent) => {
    const to = e.relatedTarget as Node | null;
    if (open && to && !wrap.current?.contains(to)) setOpen(false);
  };
  return (
    <div class="menu-wrap" ref={wrap} onKeyDown={onKey} onFocusOut={onFocusOut}>
      <button type="button" ref={trigger} class={cls} aria-expanded={open} aria-label={button ? label : undefined}
        title={button ? label : undefined} onClick={() => setOpen(!open)}>
        {button ?? label}
      </button>
      {open && <div class="menu">{children(close)}</div>}
    </div>
  );
}
