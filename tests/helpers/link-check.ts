/**
 * A link checker for a built site, at a root domain or under a base path (`/ipl/`): every address a
 * page writes for the site itself (links, stylesheets, icons, scripts, images and srcsets, form
 * actions, the inline scripts' imports, the modules named by data-enhance, and absolute addresses on
 * the site's own origin in canonical and social meta) must be under the base and name a file in
 * dist (dist holds the site without the base); a fragment must name an element of its page.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export interface BuiltSite {
  /** The build's output folder. */
  dist: string;
  /** The base path the site was built for: "/" or "/ipl/". */
  base: string;
  /** The site's origin, e.g. https://example.github.io. */
  origin: string;
}

export interface LinkReport {
  /** Addresses checked, across every page (so a test can tell the checker found something to check). */
  checked: number;
  /** "page: address (why)" for each address that is outside the base, names no file, or a missing fragment. */
  problems: string[];
}

/** Every HTML file of the build, as site paths without the base ("/essays/x/", "/404.html"). */
export function htmlPages(dist: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const posix = path.relative(dist, full).split(path.sep).join('/');
        pages.push(
          posix === 'index.html'
            ? '/'
            : posix.endsWith('/index.html')
              ? `/${posix.slice(0, -'index.html'.length)}`
              : `/${posix}`,
        );
      }
    }
  };
  walk(dist);
  return pages.sort();
}

/** The file in dist a site path (without the base) is served from, or undefined. */
export function fileIn(dist: string, sitePath: string): string | undefined {
  let clean: string;
  try {
    clean = decodeURIComponent(sitePath.split(/[?#]/)[0] ?? '/');
  } catch {
    return undefined;
  }
  const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  for (const candidate of candidates) {
    const file = path.join(dist, candidate);
    if (file.startsWith(dist) && statSync(file, { throwIfNoEntry: false })?.isFile()) return file;
  }
  return undefined;
}

/** The site path (without the base) of a public address on the site, or undefined when it is not under the base. */
export function underBase(site: BuiltSite, address: string): string | undefined {
  const pathname = address.startsWith(site.origin) ? address.slice(site.origin.length) || '/' : address;
  if (!pathname.startsWith('/')) return undefined;
  if (site.base === '/') return pathname;
  if (pathname === site.base.slice(0, -1)) return '/';
  return pathname.startsWith(site.base) ? `/${pathname.slice(site.base.length)}` : undefined;
}

/** Every address a page writes for the site, with the attribute it came from. */
export function siteAddresses(root: HTMLElement, origin: string): Array<{ from: string; address: string }> {
  const found: Array<{ from: string; address: string }> = [];
  const add = (from: string, address: string | undefined) => {
    if (address !== undefined) found.push({ from, address: address.trim() });
  };
  for (const el of root.querySelectorAll('a[href], link[href], area[href]'))
    add(`${el.tagName.toLowerCase()} href`, el.getAttribute('href'));
  for (const el of root.querySelectorAll(
    'script[src], img[src], source[src], video[src], audio[src], track[src], iframe[src], input[src]',
  ))
    add(`${el.tagName.toLowerCase()} src`, el.getAttribute('src'));
  for (const el of root.querySelectorAll('img[srcset], source[srcset]')) {
    for (const entry of (el.getAttribute('srcset') ?? '').split(','))
      add(`${el.tagName.toLowerCase()} srcset`, entry.trim().split(/\s+/)[0]);
  }
  for (const el of root.querySelectorAll('form[action]')) add('form action', el.getAttribute('action'));
  for (const el of root.querySelectorAll('[formaction], video[poster], object[data]'))
    add(
      `${el.tagName.toLowerCase()} address`,
      el.getAttribute('formaction') ?? el.getAttribute('poster') ?? el.getAttribute('data'),
    );
  for (const el of root.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]')) {
    const content = el.getAttribute('content') ?? '';
    if (content.startsWith(origin)) add(`meta ${el.getAttribute('property') ?? el.getAttribute('name')}`, content);
  }
  // The inline scripts' imports: the boot script's module folder (`…/scripts/${n}.js`) and the search page's import.
  for (const el of root.querySelectorAll('script:not([src])')) {
    for (const match of el.text.matchAll(/import\(\s*[`'"]([^`'"]+)[`'"]\s*\)/g)) {
      const target = match[1] ?? '';
      if (target.includes('${')) {
        const names = new Set(
          root
            .querySelectorAll('[data-enhance]')
            .flatMap((e) => (e.getAttribute('data-enhance') ?? '').split(/\s+/).filter(Boolean)),
        );
        for (const name of names) add(`data-enhance="${name}" via the boot script`, target.replace(/\$\{\w+\}/, name));
        if (names.size === 0) add('boot script module folder', target.replace(/\$\{\w+\}.*$/, ''));
      } else add('inline script import', target);
    }
  }
  return found;
}

const EXTERNAL = /^(https?:|mailto:|tel:|data:)/i;

/** Check every HTML page of a build (see the file comment). */
export function checkSiteLinks(site: BuiltSite): LinkReport {
  const parsed = new Map<string, HTMLElement>();
  const pageAt = (sitePath: string) => {
    let root = parsed.get(sitePath);
    if (!root) {
      root = parse(readFileSync(fileIn(site.dist, sitePath) ?? '', 'utf8'));
      parsed.set(sitePath, root);
    }
    return root;
  };
  const problems: string[] = [];
  let checked = 0;
  for (const sitePath of htmlPages(site.dist)) {
    const root = pageAt(sitePath);
    const ids = new Set(root.querySelectorAll('[id]').map((el) => el.id));
    // A page is addressed under the base: relative addresses resolve from there.
    const pageUrl = `${site.origin}${site.base}${sitePath.slice(1)}`;
    for (const { from, address } of siteAddresses(root, site.origin)) {
      if (address === '' || (EXTERNAL.test(address) && !address.startsWith(site.origin)) || address.startsWith('//'))
        continue;
      checked++;
      const [pathPart = '', fragment] = address.split('#');
      if (!pathPart) {
        if (fragment && !ids.has(decodeURIComponent(fragment)))
          problems.push(`${sitePath}: ${address} (${from}: no element with that id)`);
        continue;
      }
      const resolved = new URL(pathPart, pageUrl);
      const inside = resolved.origin === site.origin ? underBase(site, resolved.pathname) : undefined;
      if (inside === undefined) {
        problems.push(`${sitePath}: ${address} (${from}: outside the base path ${site.base})`);
        continue;
      }
      if (!fileIn(site.dist, inside)) {
        problems.push(`${sitePath}: ${address} (${from}: no file at dist${inside})`);
        continue;
      }
      if (fragment && inside.endsWith('/') && !pageAt(inside).querySelector(`[id="${decodeURIComponent(fragment)}"]`)) {
        problems.push(`${sitePath}: ${address} (${from}: no element with that id on ${inside})`);
      }
    }
  }
  return { checked, problems };
}

/** Every url(...) in the build's stylesheets that names no file (or, under a base, a file outside it). */
export function checkStylesheets(site: BuiltSite): LinkReport {
  const problems: string[] = [];
  let checked = 0;
  const sheets = (function walk(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? walk(full) : entry.name.endsWith('.css') ? [full] : [];
    });
  })(site.dist);
  for (const sheet of sheets) {
    const sheetPath = `/${path.relative(site.dist, sheet).split(path.sep).join('/')}`;
    const sheetUrl = `${site.origin}${site.base}${sheetPath.slice(1)}`;
    for (const match of readFileSync(sheet, 'utf8').matchAll(/url\(\s*["']?([^"')]+?)["']?\s*\)/g)) {
      const target = match[1] ?? '';
      if (/^(data:|https?:|#)/.test(target) || target.startsWith('//')) continue;
      checked++;
      const inside = underBase(site, new URL(target, sheetUrl).pathname);
      if (inside === undefined || !fileIn(site.dist, inside)) problems.push(`${sheetPath}: ${target}`);
    }
  }
  return { checked, problems: sheets.length === 0 ? ['no stylesheet in the build'] : problems };
}
