// Headless Firefox ESR with the built extension installed as a temporary
// add-on, driven through Marionette (no geckodriver). A fresh profile per
// launch: a user.js with Marionette on a free port (Firefox picks it and
// writes it to MarionetteActivePort), the add-on's UUID fixed so its pages
// have a known address, every background service turned off, and all traffic
// through a loopback proxy when one is given. Console output goes to stdout,
// which is collected for the tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Marionette } from './marionette';

export const ADDON_ID = 'nudgeline@nudgeline.app';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface Firefox {
  m: Marionette;
  /** moz-extension://<uuid>/ */
  base: string;
  /** everything Firefox printed so far (console messages included) */
  output(): string;
  close(): Promise<void>;
}

const prefs = (uuid: string, proxyPort?: number): Record<string, string | number | boolean> => ({
  'marionette.port': 0,
  'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
  // Console messages (the add-on's included) printed to stdout.
  'devtools.console.stdout.chrome': true,
  'devtools.console.stdout.content': true,
  // Host permissions granted at install, as a store install would ask.
  'extensions.originControls.grantByDefault': true,
  // Nothing of Firefox's own goes to the network.
  'app.update.enabled': false, 'app.update.auto': false, 'app.normandy.enabled': false, 'messaging-system.rsexperimentloader.enabled': false,
  'browser.shell.checkDefaultBrowser': false, 'browser.startup.page': 0,
  'browser.startup.homepage_override.mstone': 'ignore', 'startup.homepage_welcome_url': 'about:blank',
  'datareporting.policy.dataSubmissionEnabled': false, 'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.enabled': false, 'toolkit.telemetry.server': '',
  'browser.safebrowsing.malware.enabled': false, 'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false, 'browser.safebrowsing.provider.mozilla.updateURL': '',
  'extensions.update.enabled': false, 'extensions.getAddons.cache.enabled': false, 'extensions.blocklist.enabled': false,
  'network.captive-portal-service.enabled': false, 'network.connectivity-service.enabled': false,
  'captivedetect.canonicalURL': '', 'browser.region.network.url': '', 'services.settings.server': 'data:,',
  'network.dns.disablePrefetch': true, 'network.trr.mode': 5,
  // Media plug-in downloads (Widevine comes from update.googleapis.com).
  'media.gmp-manager.updateEnabled': false, 'media.gmp-manager.url': '', 'media.gmp-widevinecdm.enabled': false,
  'media.gmp-gmpopenh264.enabled': false, 'media.eme.enabled': false, 'network.prefetch-next': false, 'browser.newtabpage.enabled': false,
  ...(proxyPort === undefined ? { 'network.proxy.type': 0 } : {
    'network.proxy.type': 1, 'network.proxy.share_proxy_settings': true,
    'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
  }),
});

async function waitFor<T>(what: string, fn: () => T | undefined, timeoutMs: number, child: ChildProcess): Promise<T> {
  const start = Date.now();
  for (;;) {
    const v = fn();
    if (v !== undefined) return v;
    if (child.exitCode !== null) throw new Error(`Firefox exited (${child.exitCode}) before ${what}`);
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Starts Firefox, opens a session (insecure certs accepted) and installs `dist` temporarily. */
export async function launchFirefox(dist: string, opts: { proxyPort?: number } = {}): Promise<Firefox> {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: install it (Debian: sudo apt-get install -y firefox-esr) or set FIREFOX_PATH`);
  const profile = mkdtempSync(join(tmpdir(), 'nudgeline-firefox-'));
  const uuid = randomUUID();
  writeFileSync(join(profile, 'user.js'), Object.entries(prefs(uuid, opts.proxyPort))
    .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join('\n'));
  const child = spawn(FIREFOX, ['-marionette', '-remote-allow-system-access', '-headless', '-no-remote', '-profile', profile], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1', TZ: 'Europe/Berlin' },
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const portFile = join(profile, 'MarionetteActivePort');
  try {
    const port = await waitFor('Marionette', () => {
      const text = existsSync(portFile) ? readFileSync(portFile, 'utf8').trim() : '';
      return /^\d+$/.test(text) ? Number(text) : undefined;
    }, 60_000, child);
    const m = await Marionette.connect(port);
    // Marionette takes the capabilities as the parameters themselves.
    await m.command('WebDriver:NewSession', { acceptInsecureCerts: true });
    await m.command('Addon:Install', { path: dist, temporary: true });
    return {
      m, base: `moz-extension://${uuid}/`,
      output: () => out,
      async close() {
        await m.command('Marionette:Quit').catch(() => undefined);
        m.close();
        if (child.exitCode === null) {
          await Promise.race([new Promise((r) => child.once('exit', r)), new Promise((r) => setTimeout(r, 10_000))]);
          child.kill('SIGKILL');
        }
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (err) {
    child.kill('SIGKILL');
    rmSync(profile, { recursive: true, force: true });
    throw new Error(`${String(err)}\nFirefox output:\n${out.slice(-3000)}`, { cause: err });
  }
}
