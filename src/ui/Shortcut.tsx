// The keyboard shortcut that opens the popup (the manifest's _execute_action
// command), as the browser has it now: the user may have changed or removed it.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/t';

type Command = { name?: string; shortcut?: string };
type Commands = { getAll(): Promise<Command[]> };
const api = (): Commands | undefined =>
  ((globalThis as { browser?: { commands?: Commands } }).browser ?? (globalThis as { chrome?: { commands?: Commands } }).chrome)?.commands;

/** The shortcut's keys, '' when none is set, undefined until the browser answers. */
export function useShortcut(): string | undefined {
  const [keys, setKeys] = useState<string>();
  useEffect(() => {
    void Promise.resolve(api()?.getAll())
      .then((all) => setKeys(all?.find((c) => c.name === '_execute_action')?.shortcut ?? ''))
      .catch(() => setKeys(''));
  }, []);
  return keys;
}

/** "Open Nudgeline from any tab: Alt+Shift+N", or how to set one; `howTo` adds where to change it. */
export function ShortcutHint({ howTo = false, class: cls }: { howTo?: boolean; class?: string }) {
  const keys = useShortcut();
  if (keys === undefined) return null;
  return (
    <p class={cls} data-testid="shortcut">
      {keys ? <>{t('shortcutLabel')} <kbd>{keys}</kbd></> : t('shortcutNone')}
      {howTo && <> {t('shortcutHowTo')}</>}
    </p>
  );
}
