// One config, two targets: `vite build` (Chrome, dist/chrome) and
// `vite build --mode firefox` (dist/firefox). NUDGELINE_OUT overrides the
// output folder so parallel test runs never share a build.
import { defineConfig, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { cpSync } from 'node:fs';
import { resolve } from 'node:path';
import baseManifest from './manifest.json' with { type: 'json' };

type Browser = 'chrome' | 'firefox';

function manifestFor(browser: Browser): ManifestV3Export {
  const m = structuredClone(baseManifest) as Record<string, unknown>;
  if (browser === 'firefox') {
    m.background = { scripts: ['src/background/index.ts'], type: 'module' };
    m.browser_specific_settings = {
      gecko: {
        id: 'nudgeline@nudgeline.app',
        // 140: first with data_collection_permissions (MAIN-world scripts need 128).
        strict_min_version: '140.0',
        // Nothing leaves the browser: declare that no data is collected.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return m as unknown as ManifestV3Export;
}

/** _locales must sit at the root of the built extension. */
function copyLocales(outDir: string): Plugin {
  return {
    name: 'nudgeline:locales',
    apply: 'build',
    closeBundle() {
      cpSync(resolve('src/_locales'), resolve(outDir, '_locales'), { recursive: true });
    },
  };
}

/**
 * Content scripts run every function at load (start-up scan, observers), so
 * V8's compile hint saves the lazy parse-and-compile pass (~4 ms measured on a
 * Gmail-like page). Chrome 136+ reads it; other engines see a comment. The
 * minifier strips comments from source, so it is added to the emitted file.
 */
function eagerContentScripts(): Plugin {
  return {
    name: 'nudgeline:eager-content-scripts',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'asset' && /^src\/content\/[^/]+\.iife\.js$/.test(file.fileName) && typeof file.source === 'string') {
          file.source = `//# allFunctionsCalledOnLoad\n${file.source}`;
        }
      }
    },
  };
}

export default defineConfig(({ mode }) => {
  const browser: Browser = mode === 'firefox' ? 'firefox' : 'chrome';
  const outDir = process.env.NUDGELINE_OUT ?? `dist/${browser}`;
  return {
    publicDir: false,
    plugins: [preact(), crx({ manifest: manifestFor(browser), browser }), copyLocales(outDir), eagerContentScripts()],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      modulePreload: false,
      rollupOptions: { input: { dashboard: 'src/dashboard/index.html' } },
    },
  };
});
