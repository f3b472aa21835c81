/**
 * Query a built site's search index with Pagefind's own pagefind.js, in Node, as the browser would:
 * the bundle is served over HTTP from the build folder and searched with the site's own options.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PAGEFIND_OPTIONS } from '../../public/scripts/search.js';
import { serveStatic } from '../../scripts/lib/static-server.ts';

export interface SearchHit {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: { title: string; url: string; excerpt: string }[];
}

export interface SiteIndex {
  /** Every matching page, best first, with its data loaded. A null term with filters browses. */
  search(term: string | null, filters?: Record<string, string | string[]>): Promise<SearchHit[]>;
  /** Each facet's values and how many pages have them. */
  filters(): Promise<Record<string, Record<string, number>>>;
  close(): Promise<void>;
}

interface PagefindModule {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: object): Promise<{ results: { data(): Promise<SearchHit> }[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
  destroy(): Promise<void>;
}

export async function openSiteIndex(siteDir: string): Promise<SiteIndex> {
  const { server, baseUrl } = await serveStatic(siteDir);
  // Each build gets its own copy of the module (the query string), so two indexes never share state.
  const moduleUrl = `${pathToFileURL(path.join(siteDir, 'pagefind', 'pagefind.js')).href}?site=${encodeURIComponent(siteDir)}`;
  const pagefind = (await import(/* @vite-ignore */ moduleUrl)) as PagefindModule;
  await pagefind.options({ ...PAGEFIND_OPTIONS, basePath: `${baseUrl}/pagefind/`, baseUrl: '/' });
  await pagefind.init();
  return {
    async search(term, filters = {}) {
      const response = await pagefind.search(term, { filters });
      if (!response) throw new Error(`Pagefind returned nothing for ${JSON.stringify(term)}`);
      return Promise.all(response.results.map((result) => result.data()));
    },
    filters: () => pagefind.filters(),
    async close() {
      await pagefind.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
