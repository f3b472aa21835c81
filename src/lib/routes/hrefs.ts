/**
 * Every address the site writes, in one place: pages, feeds, downloads, scripts and the search
 * bundle. Each starts with the site's base path (`/` at a root domain, `/ipl/` on a GitHub Pages
 * project site; SITE_URL chooses it, see site-address.ts), so pages and components write no
 * address of their own and the whole site moves with the one setting.
 *
 * Kept free of Astro imports: the citation worker and the built-page checks use it too.
 */
import { siteAddress } from './site-address.ts';

/** The base path every site address starts with: `/` or `/ipl/`. */
export const SITE_BASE = siteAddress().base;

/** A path inside the site ("essays/", "/rss.xml", "" for the home page) as an address under the base. */
export const sitePath = (path: string): string => `${SITE_BASE}${path.replace(/^\/+/, '')}`;

/**
 * The site path of an address under the base ("/ipl/essays/" gives "/essays/"), or undefined when the
 * address is outside the site. For checks that read built files, which live at dist/ without the base.
 */
export function withoutBase(href: string): string | undefined {
  if (SITE_BASE === '/') return href.startsWith('/') ? href : undefined;
  if (href === SITE_BASE.slice(0, -1)) return '/';
  return href.startsWith(SITE_BASE) ? `/${href.slice(SITE_BASE.length)}` : undefined;
}

/** A site address made absolute on the site's origin, e.g. for feeds, sitemaps and citations. */
export const absoluteUrl = (href: string, site: string | URL) => new URL(href, site).href;

// Sections and single pages.
export const homeHref = sitePath('');
export const essaysHref = sitePath('essays/');
export const postersHref = sitePath('posters/');
export const referencesHref = sitePath('references/');
export const browseHref = sitePath('browse/');
export const educatorsHref = sitePath('educators/');
export const glossaryPageHref = sitePath('glossary/');
export const aboutHref = sitePath('about/');
export const searchHref = sitePath('search/');
export const learningHref = sitePath('learning/');
export const teachingIndexHref = sitePath('teaching/');
export const readingListsHref = sitePath('reading-lists/');

// Files for machines and browsers.
export const feedHref = sitePath('rss.xml');
export const sitemapHref = sitePath('sitemap-index.xml');
export const faviconHref = sitePath('favicon.svg');
/** The whole bibliography as one file: references.bib, references.ris, references.json. */
export const bibliographyFileHref = (format: string) => sitePath(`references.${format}`);
/** The cited works the writing page's picker and checks read (src/pages/contribute/write-works.json.ts). */
export const writeWorksHref = sitePath('contribute/write-works.json');
/** An enhancement module in public/scripts/, which the boot script imports on the first interaction. */
export const scriptHref = (name: string) => sitePath(`scripts/${name}.js`);
/** The service worker that keeps pages for reading offline (src/integrations/offline.ts writes it). */
export const serviceWorkerHref = sitePath('sw.js');
/** The page a reader gets offline at an address nobody saved. */
export const offlineHref = sitePath('offline/');
/** Where the build writes Pagefind's bundle (src/integrations/search-index.ts). */
export const searchBundleHref = sitePath('pagefind/');
/** The site's look for search results and facets (public/styles/search.css; search.js adds it where search opens). */
export const searchStylesHref = sitePath('styles/search.css');
/** Where Astro writes its hashed CSS and JavaScript. */
export const assetsHref = sitePath('_astro/');

// One page per entry.
export const essayHref = (id: string) => sitePath(`essays/${id}/`);
export const posterHref = (id: string) => sitePath(`posters/${id}/`);
export const referenceHref = (id: string) => sitePath(`references/${id}/`);
export const vocabularyHref = (vocabulary: string) => sitePath(`browse/${vocabulary}/`);
/** A term's browse page (a sub-competency has none: src/lib/routes/terms.ts sends it to its competency's). */
export const browseTermHref = (vocabulary: string, id: string) => sitePath(`browse/${vocabulary}/${id}/`);
export const teachingHref = (kind: 'essays' | 'posters', id: string) => sitePath(`teaching/${kind}/${id}/`);
export const readingListHref = (id: string) => sitePath(`reading-lists/${id}/`);
export const glossaryHref = (id: string) => `${glossaryPageHref}#${id}`;
