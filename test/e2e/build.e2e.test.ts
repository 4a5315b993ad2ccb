// The shipped builds: Firefox passes web-ext lint with no errors and declares
// that nothing is collected; Chrome asks only for the narrowest permissions
// and exposes no web-accessible resources (LinkedIn probes for those).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, inject } from 'vitest';

const firefoxDir = mkdtempSync(join(tmpdir(), 'nudgeline-firefox-'));
afterAll(() => rmSync(firefoxDir, { recursive: true, force: true }));

const words = (lang: string) => JSON.parse(readFileSync(join('src/_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string; description?: string }>;
const quoted = (text: string) => JSON.stringify(text).slice(1, -1);

describe('Firefox build', () => {
  it('lints with zero errors and carries a gecko id and data_collection_permissions', () => {
    execFileSync('npx', ['vite', 'build', '--mode', 'firefox', '--logLevel', 'error'], {
      env: { ...process.env, NUDGELINE_OUT: firefoxDir }, stdio: 'pipe',
    });
    const manifest = JSON.parse(readFileSync(join(firefoxDir, 'manifest.json'), 'utf8'));
    expect(manifest.background.scripts).toHaveLength(1);
    expect(manifest.background.service_worker).toBeUndefined();
    expect(manifest.browser_specific_settings.gecko.id).toBe('nudgeline@nudgeline.app');
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(manifest.commands).toEqual(SHORTCUT);
    let out: string;
    try {
      out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', firefoxDir, '--output', 'json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch (err) {
      out = (err as { stdout: string }).stdout; // web-ext exits non-zero on errors: still read the report
    }
    const report = JSON.parse(out.slice(out.indexOf('{')));
    expect(report.errors).toEqual([]);
  });
});

// The popup opens from the keyboard: _execute_action, Alt+Shift+N suggested.
const SHORTCUT = { _execute_action: { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_cmdOpenPopup__' } };

describe('Chrome build', () => {
  const dist = inject('dist');
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));

  it('asks only for storage, alarms, notifications, unlimitedStorage and the five site hosts', () => {
    expect([...manifest.permissions].sort()).toEqual(['alarms', 'notifications', 'storage', 'unlimitedStorage']);
    expect([...manifest.host_permissions].sort()).toEqual([
      'https://mail.google.com/*', 'https://outlook.live.com/*', 'https://outlook.office.com/*',
      'https://outlook.office365.com/*', 'https://www.linkedin.com/*',
    ]);
    // Sync asks for the user's server at runtime, only when turned on.
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*']);
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('bundles sync statically into the worker and nowhere else: no dynamic import, no PouchDB in content scripts', () => {
    const worker = manifest.background.service_worker as string;
    const loader = readFileSync(join(dist, worker), 'utf8');
    const files = [worker, ...[...loader.matchAll(/["'](?:\.\/|\/)?(assets\/[^"']+\.js)["']/g)].map((m) => m[1]!)];
    const code = files.map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');
    expect(code).toContain('_revs_diff');
    expect(code).not.toMatch(/\bimport\(/);
    for (const js of manifest.content_scripts.flatMap((c: { js: string[] }) => c.js)) {
      expect(readFileSync(join(dist, js), 'utf8')).not.toContain('_revs_diff');
    }
  });

  it('ships English, German, French and Spanish, the name and description from the catalog', () => {
    expect(manifest.default_locale).toBe('en');
    expect([manifest.name, manifest.description, manifest.action.default_title]).toEqual(['__MSG_extName__', '__MSG_extDescription__', '__MSG_extName__']);
    expect(readdirSync(join(dist, '_locales')).sort()).toEqual(['de', 'en', 'es', 'fr']);
    for (const lang of ['de', 'en', 'es', 'fr']) {
      const built = readFileSync(join(dist, '_locales', lang, 'messages.json'), 'utf8');
      expect(built).toBe(readFileSync(join('src/_locales', lang, 'messages.json'), 'utf8'));
    }
  });

  it('bundles into content scripts only the inline button\'s English words (other languages come through storage), no catalog', () => {
    for (const site of ['gmail', 'linkedin', 'outlook']) {
      const code = readFileSync(join(dist, `src/content/${site}.iife.js`), 'utf8');
      expect(code).toContain(quoted(words('en').logAsFollowUp!.message));
      expect(code).not.toContain(quoted(words('en').logAsFollowUp!.description!));
      expect(code).not.toContain(quoted(words('en').importUnknownFormat!.message));
      for (const lang of ['de', 'es', 'fr']) expect(code).not.toContain(quoted(words(lang).trackThisConversation!.message));
    }
  });

  it('suggests Alt+Shift+N to open the popup, described by a message that exists', () => {
    expect(manifest.commands).toEqual(SHORTCUT);
    const messages = JSON.parse(readFileSync(join(dist, '_locales/en/messages.json'), 'utf8'));
    expect(messages.cmdOpenPopup.message).toBe('Open Nudgeline');
  });

  it('gives every content script the compile hint that spares V8 a lazy compile pass', () => {
    const scripts = manifest.content_scripts.flatMap((c: { js: string[] }) => c.js);
    expect(scripts).toHaveLength(6);
    for (const js of scripts) expect(readFileSync(join(dist, js), 'utf8').split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
  });

  it('ships no remote code: no http(s) script sources or eval in the bundle', () => {
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(js|html)$/.test(f));
    expect(files.length).toBeGreaterThan(5);
    const remote = /<script[^>]+src=["']https?:|\bimportScripts\(\s*["']https?:|\bimport\(\s*["']https?:|\bnew Function\(|\beval\(/;
    const offenders = files.filter((file) => remote.test(readFileSync(join(dist, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
