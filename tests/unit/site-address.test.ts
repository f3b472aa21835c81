/**
 * SITE_URL, the one setting that says where the site is published: the base path it gives, the
 * addresses hrefs.ts builds from it, the boot script and its Content-Security-Policy hash, the
 * built-page scan's idea of the site's own scripts, and a piece's own root-relative links.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SITE_URL, siteAddress } from '../../src/lib/routes/site-address.ts';

describe('siteAddress', () => {
  it('takes the base path from the address: none at a root domain, the folder on a project site', () => {
    expect(siteAddress({})).toEqual({ origin: 'https://ipl-library.github.io', base: '/', home: DEFAULT_SITE_URL });
    expect(siteAddress({ SITE_URL: 'https://library.example.org' })).toEqual({
      origin: 'https://library.example.org',
      base: '/',
      home: 'https://library.example.org/',
    });
    // configure-pages gives a project site's address without the final slash.
    expect(siteAddress({ SITE_URL: 'https://you.github.io/ipl' })).toEqual({
      origin: 'https://you.github.io',
      base: '/ipl/',
      home: 'https://you.github.io/ipl/',
    });
    expect(siteAddress({ SITE_URL: ' http://localhost:4321/a/b/ ' }).base).toBe('/a/b/');
  });

  it('refuses a value that is not a full http(s) address of a plain folder, saying what to write', () => {
    for (const [value, why] of [
      ['ipl', /is not an address/],
      ['/ipl/', /is not an address/],
      ['ftp://you.github.io/', /must start with https:\/\//],
      ['https://you.github.io/ipl/?x=1', /query/],
      ['https://you.github.io/ipl/#top', /fragment/],
      ["https://you.github.io/it's/", /only with letters, digits/],
      ['https://user:pw@you.github.io/', /user name or password/],
    ] as const) {
      expect(() => siteAddress({ SITE_URL: value }), value).toThrow(why);
      expect(() => siteAddress({ SITE_URL: value }), value).toThrow(/SITE_URL=https:\/\/you\.github\.io\/ipl\//);
    }
  });
});

describe('under a base path', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  async function withSiteUrl<T>(url: string | undefined, load: () => Promise<T>): Promise<T> {
    vi.resetModules();
    if (url === undefined) vi.stubEnv('SITE_URL', '');
    else vi.stubEnv('SITE_URL', url);
    return load();
  }

  it('builds every address under the base, and reads built addresses back without it', async () => {
    const hrefs = await withSiteUrl('https://you.github.io/ipl/', () => import('../../src/lib/routes/hrefs.ts'));
    expect(hrefs.SITE_BASE).toBe('/ipl/');
    expect(hrefs.homeHref).toBe('/ipl/');
    expect(hrefs.essayHref('x')).toBe('/ipl/essays/x/');
    expect(hrefs.browseTermHref('professions', 'podiatrist')).toBe('/ipl/browse/professions/podiatrist/');
    expect(hrefs.glossaryHref('hca')).toBe('/ipl/glossary/#hca');
    expect(hrefs.scriptHref('search')).toBe('/ipl/scripts/search.js');
    expect(hrefs.feedHref).toBe('/ipl/rss.xml');
    expect(hrefs.bibliographyFileHref('bib')).toBe('/ipl/references.bib');
    expect(hrefs.absoluteUrl(hrefs.essayHref('x'), 'https://you.github.io')).toBe(
      'https://you.github.io/ipl/essays/x/',
    );
    expect(hrefs.withoutBase('/ipl/essays/x/')).toBe('/essays/x/');
    expect(hrefs.withoutBase('/ipl')).toBe('/');
    expect(hrefs.withoutBase('/essays/x/')).toBeUndefined();

    const root = await withSiteUrl(undefined, () => import('../../src/lib/routes/hrefs.ts'));
    expect(root.essayHref('x')).toBe('/essays/x/');
    expect(root.withoutBase('/essays/x/')).toBe('/essays/x/');
  });

  it('imports the enhancement modules from the base, and the policy lists the hash of that very script', async () => {
    const root = await withSiteUrl(undefined, () => import('../../src/lib/safety/csp.ts'));
    const rootScripts = await import('../../src/lib/safety/inline-scripts.ts');
    expect(rootScripts.BOOT_SCRIPT).toContain('import(`/scripts/${n}.js`)');

    const [csp, scripts] = await withSiteUrl('https://you.github.io/ipl/', () =>
      Promise.all([import('../../src/lib/safety/csp.ts'), import('../../src/lib/safety/inline-scripts.ts')]),
    );
    expect(scripts.BOOT_SCRIPT).toContain('import(`/ipl/scripts/${n}.js`)');
    expect(scripts.SEARCH_PAGE_SCRIPT).toBe("import('/ipl/scripts/search.js').then((search) => search.mountPage());");
    expect(csp.CONTENT_SECURITY_POLICY.scriptDirective?.hashes).toEqual([
      scripts.cspHash(scripts.THEME_SCRIPT),
      scripts.cspHash(scripts.BOOT_SCRIPT),
      scripts.cspHash(scripts.SEARCH_PAGE_SCRIPT),
    ]);
    expect(csp.CONTENT_SECURITY_POLICY.scriptDirective?.hashes).not.toEqual(
      root.CONTENT_SECURITY_POLICY.scriptDirective?.hashes,
    );
  });

  it('counts only scripts and the search form under the base as the site’s own in the built-page scan', async () => {
    const { findUnsafeMarkup } = await withSiteUrl(
      'https://you.github.io/ipl/',
      () => import('../../src/lib/safety/built-html.ts'),
    );
    const scan = (body: string) =>
      findUnsafeMarkup(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`, new Set()).map(
        (f) => f.rule,
      );
    expect(
      scan(
        '<script type="module" src="/ipl/scripts/search.js"></script><script src="/ipl/_astro/a.js"></script><form action="/ipl/search/"></form>',
      ),
    ).toEqual([]);
    expect(scan('<script src="/scripts/search.js"></script>')).toEqual(['page/foreign-script']);
    expect(scan('<form action="/search/"></form>')).toEqual(['page/form']);
  });

  it('moves a piece’s root-relative links, images and definitions under the base, and leaves every other address alone', async () => {
    const { remarkSiteLinks } = await withSiteUrl(
      'https://you.github.io/ipl/',
      () => import('../../src/lib/markdown/remark-site-links.ts'),
    );
    const markdown = [
      '[a](/essays/x/) [b](https://example.org/) [c](#p-2) [d](//cdn.example.org/x) [e](other/) [f][ref]',
      '![logo](/favicon.svg)',
      '',
      '[ref]: /browse/professions/',
    ].join('\n');
    const tree = fromMarkdown(markdown) as Root;
    remarkSiteLinks()(tree);
    const urls: string[] = [];
    const walk = (node: { type: string; url?: string; children?: unknown[] }) => {
      if (node.url !== undefined) urls.push(node.url);
      for (const child of (node.children ?? []) as Array<typeof node>) walk(child);
    };
    walk(tree);
    expect(urls).toEqual([
      '/ipl/essays/x/',
      'https://example.org/',
      '#p-2',
      '//cdn.example.org/x',
      'other/',
      '/ipl/favicon.svg',
      '/ipl/browse/professions/',
    ]);
  });
});
