/**
 * The site built for a GitHub Pages project site (SITE_URL=https://example.github.io/ipl/): every
 * address a page writes is under /ipl/ and names a file the build wrote; the feed, the sitemap,
 * robots.txt, canonical and social addresses, structured data and citation files name the public
 * addresses under /ipl/; the boot script imports its modules from /ipl/scripts/ and the page's
 * Content-Security-Policy lists that script's hash. The same build carries a piece by a
 * physiotherapy student, which must be tagged as such, not as a "health professions student".
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { VOCABULARIES } from '../../src/data/taxonomy/index.ts';
import { cspHash } from '../../src/lib/safety/inline-scripts.ts';
import { BASE_SITE, BASE_SITE_URL, buildBaseSite, FIXTURE_ESSAY } from '../helpers/base-site.ts';
import { checkSiteLinks, checkStylesheets, fileIn, htmlPages, underBase } from '../helpers/link-check.ts';
import { STAND_IN_PAGES } from '../helpers/site.ts';

const { dist, base, origin } = BASE_SITE;
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap', 'item'].includes(name) });
const read = (sitePath: string) => readFileSync(fileIn(dist, sitePath) ?? path.join(dist, sitePath), 'utf8');
const pageAt = (sitePath: string): HTMLElement => parse(read(sitePath));
/** A public address on the site as the path of a file in dist, or a note saying why it is not one. */
const fileOf = (address: string) => {
  const inside = underBase(BASE_SITE, address);
  if (inside === undefined) return `${address} is not under ${BASE_SITE_URL}`;
  return fileIn(dist, inside) ? 'ok' : `${address} names no file in dist`;
};

beforeAll(() => {
  buildBaseSite();
}, 300_000);

describe('a site built under the base path /ipl/', () => {
  it('writes every internal address under /ipl/, and each names a file the build wrote (and each fragment an element)', () => {
    const report = checkSiteLinks(BASE_SITE);
    expect(report.problems).toEqual([]);
    expect(report.checked).toBeGreaterThan(htmlPages(dist).length * 10);
  });

  it('has stylesheets whose url()s are under /ipl/ and exist', () => {
    expect(checkStylesheets(BASE_SITE).problems).toEqual([]);
  });

  it('writes no root-relative address outside the base in any attribute', () => {
    const outside: string[] = [];
    for (const sitePath of htmlPages(dist)) {
      for (const match of read(sitePath).matchAll(/\s(?:href|src|srcset|action|content|poster|data)="(\/[^"]*)"/g)) {
        if (!match[1]?.startsWith(base)) outside.push(`${sitePath}: ${match[1]}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('gives every page (but the 404 and offline pages) a canonical and Open Graph address under /ipl/, which is the page itself', () => {
    for (const sitePath of htmlPages(dist).filter((p) => !STAND_IN_PAGES.includes(p))) {
      const root = pageAt(sitePath);
      const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(canonical, sitePath).toBe(`${origin}${base}${sitePath.slice(1)}`);
      const og = root.querySelector('meta[property="og:url"]')?.getAttribute('content');
      if (og !== undefined) expect(og, sitePath).toBe(canonical);
    }
  });

  it('serves a 404 page whose links, styles and scripts work at any missing address (all absolute under /ipl/)', () => {
    const root = pageAt('/404.html');
    const addresses = [
      ...root.querySelectorAll('a[href], link[href]').map((el) => el.getAttribute('href') ?? ''),
      ...root.querySelectorAll('script[src]').map((el) => el.getAttribute('src') ?? ''),
    ].filter((a) => !/^(https?:|#)/.test(a));
    expect(addresses.length).toBeGreaterThan(5);
    for (const address of addresses) expect(address, address).toMatch(/^\/ipl\//);
    expect(root.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toEqual([
      base,
      `${base}essays/`,
      `${base}posters/`,
    ]);
  });

  it('imports the enhancement modules from /ipl/scripts/, with the boot script’s hash in the page’s policy', () => {
    const root = pageAt('/');
    const boot = root.querySelectorAll('script:not([src])').find((s) => s.text.includes('data-enhance'));
    expect(boot?.text).toContain('import(`/ipl/scripts/${n}.js`)');
    const policy = root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    expect(policy).toContain(`'${cspHash(boot?.text ?? '')}'`);
    const search = pageAt('/search/')
      .querySelectorAll('script[type="module"]:not([src])')
      .map((s) => s.text);
    expect(search).toEqual(["import('/ipl/scripts/search.js').then((search) => search.mountPage());"]);
    expect(
      pageAt('/search/').querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content'),
    ).toContain(`'${cspHash(search[0] ?? '')}'`);
    expect(fileIn(dist, '/scripts/search.js')).toBeDefined();
    expect(pageAt('/').querySelector('form[role="search"]')?.getAttribute('action')).toBe('/ipl/search/');
  });

  it('writes the search index beside the pages, where /ipl/scripts/search.js looks for it (../pagefind/)', () => {
    for (const file of ['pagefind-entry.json', 'pagefind.js', 'pagefind-component-ui.js', 'pagefind-component-ui.css'])
      expect(fileIn(dist, `/pagefind/${file}`), file).toBeDefined();
    expect(fileIn(dist, '/styles/search.css')).toBeDefined();
  });

  it('registers a service worker at /ipl/sw.js whose Workbox, precache and search file list are under /ipl/', () => {
    const sw = readFileSync(path.join(dist, 'sw.js'), 'utf8');
    expect(sw).toContain('importScripts("/ipl/workbox/workbox-sw.js")');
    const precache = JSON.parse(/precacheAndRoute\((\[.*?\])/.exec(sw)?.[1] ?? '[]') as { url: string }[];
    expect(precache.length).toBeGreaterThan(5);
    for (const { url } of precache) expect(fileOf(url), url).toBe('ok');
    for (const url of JSON.parse(readFileSync(path.join(dist, 'pagefind-files.json'), 'utf8')) as string[])
      expect(fileOf(url), url).toBe('ok');
    expect(
      pageAt('/')
        .querySelectorAll('script')
        .map((script) => script.text)
        .join('\n'),
    ).toContain("register('/ipl/sw.js')");
  });

  it('lists in the feed the home page and each piece at its address under /ipl/', () => {
    const feed = xml.parse(read('/rss.xml')) as {
      rss: { channel: { link: string; item: Array<{ link: string; guid: { '#text': string } }> } };
    };
    expect(feed.rss.channel.link).toBe(BASE_SITE_URL);
    expect(feed.rss.channel.item.length).toBeGreaterThanOrEqual(3);
    for (const item of feed.rss.channel.item) {
      expect(fileOf(item.link)).toBe('ok');
      expect(item.guid['#text']).toBe(item.link);
    }
    expect(feed.rss.channel.item.map((i) => i.link)).toContain(`${BASE_SITE_URL}essays/${FIXTURE_ESSAY}/`);
  });

  it('lists every page in the sitemap at its address under /ipl/, and robots.txt names the sitemap there', () => {
    const index = xml.parse(read('/sitemap-index.xml')) as { sitemapindex: { sitemap: Array<{ loc: string }> } };
    const locs = index.sitemapindex.sitemap.flatMap(({ loc }) => {
      expect(fileOf(loc)).toBe('ok');
      const map = xml.parse(read(underBase(BASE_SITE, loc) ?? loc)) as { urlset: { url: Array<{ loc: string }> } };
      return map.urlset.url.map((u) => u.loc);
    });
    expect(locs).toContain(BASE_SITE_URL);
    for (const loc of locs) expect(fileOf(loc), loc).toBe('ok');
    // Every HTML page but the 404 and offline pages is in the sitemap.
    expect(locs.map((loc) => underBase(BASE_SITE, loc)).sort()).toEqual(
      htmlPages(dist).filter((p) => !STAND_IN_PAGES.includes(p)),
    );
    expect(read('/robots.txt')).toContain(`Sitemap: ${BASE_SITE_URL}sitemap-index.xml`);
    expect(pageAt('/').querySelector('link[rel="sitemap"]')?.getAttribute('href')).toBe('/ipl/sitemap-index.xml');
    expect(pageAt('/').querySelector('link[type="application/rss+xml"]')?.getAttribute('href')).toBe('/ipl/rss.xml');
  });

  it('names the pieces’ public addresses under /ipl/ in citation files, structured data and COinS', () => {
    const essay = `${BASE_SITE_URL}essays/learning-to-learn-from-each-other/`;
    expect(read('/essays/learning-to-learn-from-each-other/cite.bib')).toContain(`url = {${essay}}`);
    expect(read('/essays/learning-to-learn-from-each-other/cite.ris')).toContain(`UR  - ${essay}`);
    expect(JSON.parse(read('/essays/learning-to-learn-from-each-other/cite.json'))[0].URL).toBe(essay);
    const root = pageAt('/essays/learning-to-learn-from-each-other/');
    const jsonLd = JSON.parse(root.querySelector('script[type="application/ld+json"]')?.text ?? '{}') as {
      url?: string;
      isPartOf?: { url?: string };
    };
    expect(jsonLd.isPartOf?.url).toBe(BASE_SITE_URL);
    expect(root.querySelector('meta[name="citation_fulltext_html_url"]')?.getAttribute('content')).toBe(essay);
    // Every absolute address on the site's origin, in every file the build wrote, is under the base.
    const outside: string[] = [];
    for (const file of readdirSync(dist, { recursive: true, withFileTypes: true })) {
      if (!file.isFile() || !/\.(html|xml|bib|ris|json|txt)$/.test(file.name)) continue;
      const text = readFileSync(path.join(file.parentPath, file.name), 'utf8');
      for (const match of text.matchAll(
        /https?(?::|%3A)(?:\/\/|%2F%2F)example\.github\.io(\/|%2F)?([^\s"'<>&]{0,4})/gi,
      )) {
        const rest = `${match[1] ?? ''}${match[2] ?? ''}`.replace(/%2F/gi, '/');
        if (!rest.startsWith('/ipl'))
          outside.push(`${path.relative(dist, path.join(file.parentPath, file.name))}: ${match[0]}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('moves a piece’s own links and images to the site’s pages under /ipl/', () => {
    const root = pageAt(`/essays/${FIXTURE_ESSAY}/`);
    const body = root.querySelector('main');
    const hrefs = body?.querySelectorAll('a').map((a) => a.getAttribute('href')) ?? [];
    expect(hrefs).toContain('/ipl/essays/learning-to-learn-from-each-other/');
    expect(hrefs).toContain('/ipl/browse/professions/');
    expect(
      body?.querySelector('img[alt="The library’s logo"], img[alt="The library\'s logo"]')?.getAttribute('src'),
    ).toBe('/ipl/favicon.svg');
  });
});

describe('a piece by a physiotherapy student', () => {
  const essay = `/essays/${FIXTURE_ESSAY}/`;

  it('is tagged “Physiotherapy student”, linked to that term’s page, never “Health professions student”', () => {
    const tags = pageAt(essay).querySelectorAll('[aria-labelledby="tags-heading"] a');
    const physio = tags.find((a) => a.text.trim() === 'Physiotherapy student');
    expect(physio?.getAttribute('href')).toBe('/ipl/browse/professions/physiotherapy-student/');
    expect(tags.map((a) => a.text.trim())).toContain('Podiatrist');
    expect(tags.map((a) => a.text.trim())).not.toContain('Health professions student');
  });

  it('is listed on the term pages of both professions, and in the learning matrix as learning from a podiatrist', () => {
    for (const term of ['physiotherapy-student', 'podiatrist']) {
      const links = pageAt(`/browse/professions/${term}/`)
        .querySelectorAll('main article a')
        .map((a) => a.getAttribute('href'));
      expect(links, term).toContain(`/ipl${essay}`);
    }
    const matrix = pageAt('/learning/').querySelector('main')?.text.replace(/\s+/g, ' ') ?? '';
    expect(matrix).toContain('Physiotherapy student');
    expect(matrix).toContain('Podiatrist');
  });

  it('finds every profession, new ones included, on the professions browse page with its own definition', () => {
    const root = pageAt('/browse/professions/');
    for (const term of VOCABULARIES.professions.terms) {
      const entry = root.querySelector(`[id="${term.id}"]`);
      expect(entry?.querySelector('dt')?.text, term.id).toContain(term.label);
      expect(entry?.querySelector('dd')?.text.trim(), term.id).toBe(term.definition);
    }
    for (const id of [
      'physiotherapy-student',
      'podiatrist',
      'chaplain',
      'orthoptist',
      'audiologist',
      'dental-hygienist',
      'social-work-student',
    ]) {
      expect(root.querySelector(`[id="${id}"]`), id).not.toBeNull();
    }
  });
});
