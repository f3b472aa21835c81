/**
 * Reading offline (`astro:build:done`, after the search index is written): copies Workbox's runtime
 * from the workbox-* packages into <outDir>/workbox/, lists the shell to precache, lists every file of
 * the search index for "save search", and writes the service worker (src/lib/offline/service-worker.ts
 * says what it does). The boot script registers it; nothing on a page waits for it.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type PrecacheEntry, SEARCH_FILES, serviceWorkerSource } from '../lib/offline/service-worker.ts';
import { SITE_BASE } from '../lib/routes/hrefs.ts';
import { indexAfterBuild } from './finish-build.ts';

/** Workbox's runtime files, as workbox-sw loads them (workbox-<module>.prod.js beside workbox-sw.js). */
const WORKBOX_FILES = [
  'workbox-sw/build/workbox-sw.js',
  'workbox-core/build/workbox-core.prod.js',
  'workbox-precaching/build/workbox-precaching.prod.js',
  'workbox-routing/build/workbox-routing.prod.js',
  'workbox-strategies/build/workbox-strategies.prod.js',
];

/** The shell, as paths under the output folder: kept on install, so any saved page can be shown offline. */
const SHELL = [
  /^_astro\/.+\.(?:css|js)$/,
  /^scripts\/.+\.js$/,
  /^pagefind\/pagefind(?:-component-ui)?\.(?:js|css)$/,
  /^pagefind\/pagefind-entry\.json$/,
  /^pagefind\/wasm\.[\w-]+\.pagefind$/,
  /^offline\/index\.html$/,
  /^favicon\.svg$/,
];

function filesUnder(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(path.join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

const revisionOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);

/** The precache list for a built site: hashed Astro assets without a revision, the rest by content. */
export function precacheEntries(outDir: string, base = SITE_BASE): PrecacheEntry[] {
  return filesUnder(outDir)
    .filter((file) => SHELL.some((pattern) => pattern.test(file)))
    .sort()
    .map((file) => ({
      url: `${base}${file.replace(/index\.html$/, '')}`,
      revision: file.startsWith('_astro/') ? null : revisionOf(path.join(outDir, file)),
    }));
}

/** Write Workbox's runtime, the search index's file list and sw.js into a built site. */
export function writeServiceWorker(outDir: string, base = SITE_BASE): { precached: number } {
  const require = createRequire(import.meta.url);
  const workboxDir = path.join(outDir, 'workbox');
  mkdirSync(workboxDir, { recursive: true });
  for (const file of WORKBOX_FILES) copyFileSync(require.resolve(file), path.join(workboxDir, path.basename(file)));
  const searchFiles = filesUnder(path.join(outDir, 'pagefind'), 'pagefind/').map((file) => `${base}${file}`);
  writeFileSync(path.join(outDir, SEARCH_FILES), JSON.stringify(searchFiles));
  const precache = precacheEntries(outDir, base);
  writeFileSync(path.join(outDir, 'sw.js'), serviceWorkerSource({ base, precache }));
  return { precached: precache.length };
}

export function offline(): AstroIntegration {
  return {
    name: 'ipl:offline',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (indexAfterBuild())
          return logger.info('The service worker is written after the search index (npm run build).');
        const { precached } = writeServiceWorker(fileURLToPath(dir));
        logger.info(`service worker written: ${precached} shell files precached`);
      },
    },
  };
}
