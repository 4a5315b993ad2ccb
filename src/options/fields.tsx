// Labelled form fields that show their error next to them.
import type { ComponentChildren } from 'preact';

/** field id → what is wrong, ready to show */
export type Errors = Record<string, string>;

export function ErrorText({ id, errors }: { id: string; errors: Errors }) {
  const text = errors[id];
  return text ? <p class="error" id={`${id}-err`}>{text}</p> : null;
}

const invalidProps = (id: string, errors: Errors) =>
  errors[id] ? { 'aria-invalid': 'true' as const, 'aria-describedby': `${id}-err` } : {};

interface NumberProps {
  id: string;
  label: string;
  value: number;
  onChange: (n: number) => void;
  errors: Errors;
  hint?: string;
  min?: number;
}

/** Blank or non-numeric input becomes NaN, which validation reports. */
export function NumberField({ id, label, value, onChange, errors, hint, min = 0 }: NumberProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input id={id} type="number" min={min} step={1} value={Number.isNaN(value) ? '' : value} {...invalidProps(id, errors)}
        onInput={(e) => onChange(e.currentTarget.value.trim() === '' ? NaN : Number(e.currentTarget.value))} />
      {hint && <p class="hint">{hint}</p>}
      <ErrorText id={id} errors={errors} />
    </div>
  );
}

export function CheckField({ id, label, checked, onChange, hint }: { id: string; label: string; checked: boolean; onChange: (b: boolean) => void; hint?: string }) {
  return (
    <div class="field check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      <label for={id}>{label}</label>
      {hint && <p class="hint">{hint}</p>}
    </div>
  );
}

/** One entry per line. */
export function ListField({ id, label, value, onChange, errors, hint }: { id: string; label: string; value: string[]; onChange: (v: string[]) => void; errors: Errors; hint?: string }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <textarea id={id} rows={3} value={value.join('\n')} {...invalidProps(id, errors)}
        onInput={(e) => onChange(e.currentTarget.value.split('\n').map((s) => s.trim()).filter(Boolean))} />
      {hint && <p class="hint">{hint}</p>}
      <ErrorText id={id} errors={errors} />
    </div>
  );
}

export function Card({ id, title, children, intro }: { id: string; title: string; intro?: string; children: ComponentChildren }) {
  return (
    <section class="card opt-card" id={id} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{title}</h2>
      {intro && <p class="intro">{intro}</p>}
      {children}
    </section>
  );
}
