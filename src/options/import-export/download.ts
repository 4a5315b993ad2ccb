// Saving text as a file: a Blob URL and an <a download>, revoked afterwards.
import { localDateKey } from '../../core/business-days';
export function downloadText(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const today = (now = Date.now()) => localDateKey(now);
