// The keyboard shortcut in real Chromium: the popup's footer and the options
// page show what the browser has for _execute_action, read through
// chrome.commands (Chromium leaves a command-line-loaded extension's suggested
// key unassigned, so this shows the "none set" words; the Firefox tier sees
// Alt+Shift+N assigned; the DOM tests cover both wordings).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { launch, type Ext } from './harness';

const messages = JSON.parse(readFileSync('src/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;

describe('shortcut', () => {
  let ext: Ext;
  beforeAll(async () => {
    ext = await launch();
  });
  afterAll(() => ext.dispose());

  it('the popup footer and the options page say what opens the popup from the keyboard', async () => {
    const commands = await (await ext.worker()).evaluate(() => chrome.commands.getAll());
    const action = commands.find((c) => c.name === '_execute_action');
    expect(action).toBeDefined();
    const words = action!.shortcut ? `${messages.shortcutLabel!.message} ${action!.shortcut}` : messages.shortcutNone!.message;
    const popup = await ext.page('src/popup/index.html');
    await expect.poll(() => popup.locator('footer [data-testid=shortcut]').textContent()).toBe(words);
    expect(await popup.locator('footer [data-testid=shortcut]').isVisible()).toBe(true);
    const options = await ext.page('src/options/index.html');
    await expect.poll(() => options.locator('header [data-testid=shortcut]').textContent()).toBe(`${words} ${messages.shortcutHowTo!.message}`);
  });
});
