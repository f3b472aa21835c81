/** Where the test build lives and how to read it. */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
export const TEST_DIR = path.join(PROJECT_ROOT, '.tmp', 'test-site');
export const DIST = path.join(TEST_DIR, 'dist');
/** Items per page of a long list in the shared test build: 1, so the few seed pieces and references run to several pages. */
export const TEST_PAGE_SIZE = 1;
/**
 * Pages that stand in for others (the not-found page at any missing address; the offline page the
 * service worker shows for a page that was not saved): no canonical address, noindex, not in the sitemap.
 */
export const STAND_IN_PAGES: readonly string[] = ['/404.html', '/offline/'];

/**
 * The environment a contributor's shell would give Astro: without Vitest's own variables. Vitest sets
 * NODE_ENV=test, under which a build renders as the dev server does (import.meta.env.DEV is true:
 * drafts and dev-only notices would reach the test build).
 */
export function astroEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(clean))
    if (name.startsWith('VITEST') || name === 'TEST' || name === 'NODE_ENV') delete clean[name];
  return { ...clean, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env };
}

/** Run `astro build` with the project's Node (the one running the tests), into outDir. */
export function runAstroBuild(outDir: string, env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(
    process.execPath,
    [path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: astroEnv(env),
      maxBuffer: 64 * 1024 * 1024,
    },
  );
}

/** Every HTML file in the build, as site paths ("/essays/x/"). */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) pages.push(toSitePath(path.relative(DIST, full)));
    }
  };
  walk(DIST);
  return pages.sort();
}

function toSitePath(relative: string): string {
  const posix = relative.split(path.sep).join('/');
  if (posix === 'index.html') return '/';
  if (posix.endsWith('/index.html')) return `/${posix.slice(0, -'index.html'.length)}`;
  return `/${posix}`;
}

/** The file a site path is served from, or undefined when nothing is there. */
export function fileForPath(sitePath: string): string | undefined {
  const clean = decodeURIComponent(sitePath.split(/[?#]/)[0] ?? '/');
  const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`, `${clean}.html`];
  for (const candidate of candidates) {
    const file = path.join(DIST, candidate);
    try {
      readFileSync(file);
      return file;
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

const cache = new Map<string, HTMLElement>();

/** The parsed HTML of a built page. */
export function page(sitePath: string): HTMLElement {
  let root = cache.get(sitePath);
  if (!root) {
    const file = fileForPath(sitePath);
    if (!file) throw new Error(`No built page at ${sitePath}`);
    root = parse(readFileSync(file, 'utf8'));
    cache.set(sitePath, root);
  }
  return root;
}

/** Content entry ids of a collection, from the files on disk (drafts included when asked). */
export function contentIds(
  folder: 'essays' | 'posters' | 'references',
  extension: string,
  { publishedOnly = true } = {},
): string[] {
  const dir = path.join(PROJECT_ROOT, 'content', folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .filter((name) => !publishedOnly || !/^draft:\s*true\s*$/m.test(readFileSync(path.join(dir, name), 'utf8')))
    .map((name) => name.slice(0, -extension.length))
    .sort();
}

/** Every page of a paginated list, from its first page on, following each page's rel="next" link. */
export function listPages(listPath: string): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (let next: string | null | undefined = listPath; next;) {
    if (found.length > 1000) throw new Error(`${listPath}: the list's next links do not end`);
    const root = page(next);
    found.push(root);
    next = root.querySelector('[data-list-pager] a[rel="next"]')?.getAttribute('href');
  }
  return found;
}
