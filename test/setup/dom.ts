// Component tests look up strings the way the extension does, through
// chrome.i18n.getMessage, answered from the real messages.json.
import messages from '../../src/_locales/en/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const table = messages as Record<string, Entry>;

function getMessage(key: string, subs?: string | string[]): string {
  const entry = table[key];
  if (!entry) return '';
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  let text = entry.message;
  for (const [name, ph] of Object.entries(entry.placeholders ?? {})) {
    const n = Number(/^\$(\d)$/.exec(ph.content)?.[1] ?? 0);
    text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), list[n - 1] ?? '');
  }
  return text.replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
}

(globalThis as Record<string, unknown>).chrome = { i18n: { getMessage } };
