/**
 * Text that looks like markup reaches a reader through search only as text. Pagefind stores a page's
 * text decoded (`&lt;img …&gt;` on a page becomes `<img …>` in the index) and a custom record's as it
 * was given, and the site's result template puts the excerpt in as HTML (Pagefind escapes `<` and `>`
 * and adds only <mark>); titles and bylines go in as text. The content check and the index build refuse
 * markup in a glossary entry (tests/unit/search-index.test.ts); this proves the search UI holds even for a
 * record that got past them: a page and a glossary-style record carrying tags and character references,
 * indexed with Pagefind directly, searched through the real /search/ page. No element is injected, no
 * dialog opens, no handler runs (the policy would report one it blocked), and the reader sees the text.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, useChromium } from '../helpers/browser.ts';
import { DIST } from '../helpers/site.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

const PAGE_TEXT =
  'A venepuncture note showing &lt;img src=x id=from-page onerror=alert(1)&gt; and &amp;lt;img src=y id=from-entity onerror=alert(2)&amp;gt; as text.';
const RECORD = {
  url: '/glossary/#venous-access',
  content:
    'Venepuncture for venous access <img src=x id=from-record onerror=alert(3)> and &lt;img src=z id=from-reference onerror=alert(4)&gt;.',
  language: 'en-gb',
  meta: {
    title: '<img src=t id=from-title onerror=alert(5)>Venous access',
    type: 'Glossary term',
    byline: '<b id=from-byline>bold</b>',
  },
  filters: { type: ['Glossary term'] },
};

describe.skipIf(!HAS_CHROMIUM)('markup in search results', () => {
  const browser = useChromium();
  let dir: string;
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ipl-inert-'));
    // The real search page, its scripts and styles from the test build; an index of our own.
    for (const part of ['search', 'scripts', 'styles', '_astro', '404.html', 'favicon.svg'])
      cpSync(path.join(DIST, part), path.join(dir, part), { recursive: true });
    mkdirSync(path.join(dir, 'essays/markup'), { recursive: true });
    writeFileSync(
      path.join(dir, 'essays/markup/index.html'),
      `<!doctype html><html lang="en-GB"><head><title>Markup as text</title></head><body><main data-pagefind-body><h1 data-pagefind-meta="title">Markup as text</h1><p>${PAGE_TEXT}</p></main></body></html>`,
    );
    const { index } = await pagefind.createIndex({});
    if (!index) throw new Error('Pagefind returned no index');
    await index.addDirectory({ path: dir });
    await index.addCustomRecord(RECORD);
    await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
    await pagefind.close();
    ({ server, baseUrl } = await serveStatic(dir));
  });
  afterAll(() => {
    server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows tags and character references in excerpts, titles and bylines as text, and runs nothing', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(new URL('/search/?q=venepuncture', baseUrl).href);
    const titles = page.locator('[data-search-page] .search-result-title a');
    await expect.poll(() => titles.count(), { timeout: 15_000 }).toBe(2);

    // Nothing from the index became an element: no image, no bold, none of the ids.
    expect(
      await page.locator('[data-search-page] pagefind-results img, [data-search-page] pagefind-results b').count(),
    ).toBe(0);
    expect(
      await page.locator('#from-page, #from-entity, #from-record, #from-reference, #from-title, #from-byline').count(),
    ).toBe(0);
    expect(
      await page.evaluate(() => [...document.querySelectorAll('*')].filter((el) => el.hasAttribute('onerror')).length),
    ).toBe(0);
    // Only Pagefind's <mark> is markup inside an excerpt.
    const excerptTags = await page.$$eval('[data-search-page] .search-result-excerpt *', (els) => [
      ...new Set(els.map((el) => el.tagName)),
    ]);
    expect(excerptTags).toEqual(['MARK']);

    // The reader sees the text.
    const excerpts = (await page.locator('[data-search-page] .search-result-excerpt').allTextContents()).join('\n');
    expect(excerpts).toContain('<img src=x id=from-page onerror=alert(1)>');
    expect(excerpts).toContain('<img src=x id=from-record onerror=alert(3)>');
    expect(await titles.allTextContents()).toContain('<img src=t id=from-title onerror=alert(5)>Venous access');
    expect(await page.locator('[data-search-page] .search-result-about').allTextContents()).toContain(
      'Glossary term · <b id=from-byline>bold</b>',
    );

    await page.waitForTimeout(500);
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
