/**
 * Where the site is published, from ONE setting: the SITE_URL environment variable, the full public
 * address of the site's home page. Its path is the base every address on the site starts with:
 *
 * - `https://library.example.org` (a root domain, or a GitHub Pages user site): base `/`;
 * - `https://you.github.io/ipl/` (a GitHub Pages project site): base `/ipl/`.
 *
 * astro.config.mjs gives Astro the origin (`site`) and the base (`base`) from here, and
 * src/lib/routes/hrefs.ts builds every address from the same base, so the two cannot disagree.
 * Kept free of Astro imports: the config, the citation worker and the tests read it too.
 */

/** Where the library's own copy is published, when SITE_URL is not set. */
export const DEFAULT_SITE_URL = 'https://ipl-library.github.io/';

export interface SiteAddress {
  /** Scheme, host and port, e.g. `https://you.github.io`. */
  origin: string;
  /** The path every site address starts with: `/`, or `/ipl/` (always with slashes at both ends). */
  base: string;
  /** The home page's full address, e.g. `https://you.github.io/ipl/`. */
  home: string;
}

/** Read SITE_URL (or the default); a value that is not a full http(s) address stops the build, saying why. */
export function siteAddress(env: Record<string, string | undefined> = process.env): SiteAddress {
  const raw = env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  const problem = (why: string) =>
    new Error(
      `SITE_URL ${why}: give the full public address of the site's home page, e.g. SITE_URL=https://example.org/ or SITE_URL=https://you.github.io/ipl/ (got "${raw}")`,
    );
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw problem('is not an address');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw problem('must start with https:// (or http://)');
  if (url.search || url.hash || raw.includes('?') || raw.includes('#'))
    throw problem('must not have a query (?) or a fragment (#)');
  if (url.username || url.password) throw problem('must not contain a user name or password');
  const segments = url.pathname.split('/').filter(Boolean);
  // The base is written into pages and into the boot script: plain folder names only.
  if (segments.some((s) => !/^[\w.~%-]+$/.test(s) || /^\.+$/.test(s)))
    throw problem('may name folders in its path only with letters, digits, . _ ~ - and %-escapes');
  const base = segments.length === 0 ? '/' : `/${segments.join('/')}/`;
  return { origin: url.origin, base, home: `${url.origin}${base}` };
}
