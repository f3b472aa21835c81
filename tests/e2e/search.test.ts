/**
 * Search in real Chromium against the built site: the header field and Ctrl/Cmd+K dialog, the
 * /search/ page with its URL state and facets, keyboard-only use, axe on the open UI, the page
 * without JavaScript, and that reading pages fetch no JavaScript before the reader interacts.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { HAS_CHROMIUM, useChromium } from '../helpers/browser.ts';
import { PROJECT_ROOT } from '../helpers/site.ts';

/** Pagefind loads its WebAssembly and index on first use: give the UI time on a busy machine. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 100 });
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const ESSAY = '/essays/learning-to-learn-from-each-other/';
const ESSAY_TITLE =
  'Learning to learn from each other: the importance of interprofessional collaboration in healthcare';
const POSTER = '/posters/communities-of-practice-preceptorship/';
/** Glossary entries are search results of their own ("Glossary term"). */
const GLOSSARY_SIZE = readdirSync(path.join(PROJECT_ROOT, 'content/glossary')).filter((name) =>
  name.endsWith('.yaml'),
).length;
const POSTER_TITLE =
  'Creating an Interprofessional Learning Environment through Communities of Practice: An Alternative to Traditional Preceptorship';

describe.skipIf(!HAS_CHROMIUM)('search in Chromium', () => {
  const browser = useChromium();
  let context: BrowserContext;
  const baseUrl = inject('baseUrl');
  const url = (path: string) => new URL(path, baseUrl).href;

  afterEach(async () => {
    await context?.close();
  });

  async function newPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
    context = await browser.newContext(options);
    return context.newPage();
  }

  const firstResultTitle = (page: Page, scope: string) => page.locator(`${scope} .search-result-title a`).first();
  const activeElement = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement;
      return {
        tag: el?.tagName ?? '',
        text: el?.textContent?.trim() ?? '',
        value: el instanceof HTMLInputElement ? el.value : '',
        inDialog: Boolean(el?.closest('dialog')),
      };
    });
  /** Press Tab (or Shift+Tab) until the condition holds in the page (at most 40 times). */
  async function tabUntil(page: Page, condition: () => boolean, key: 'Tab' | 'Shift+Tab' = 'Tab') {
    for (let presses = 0; presses < 40; presses++) {
      if (await page.evaluate(condition)) return;
      await page.keyboard.press(key);
    }
    throw new Error('Tab never reached the expected element');
  }
  async function axeViolations(page: Page) {
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }

  it('loads no JavaScript on a reading page until the reader interacts, and the search UI only when search is used', async () => {
    const page = await newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (['script', 'fetch', 'xhr'].includes(request.resourceType()) || request.url().includes('/pagefind/'))
        scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(url(ESSAY), { waitUntil: 'networkidle' });
    expect(scripts).toEqual([]);

    // Any interaction wakes the small enhancement modules the page asks for (data-enhance), each once,
    // and nothing else: not Pagefind.
    const wanted = await page.$$eval('[data-enhance]', (els) => [
      ...new Set(els.flatMap((el) => (el as HTMLElement).dataset.enhance!.split(' ').filter(Boolean))),
    ]);
    expect(wanted).toContain('search');
    const modules = wanted.map((name) => `/scripts/${name}.js`).sort();
    await Promise.all([page.waitForRequest((r) => r.url().endsWith('/scripts/search.js')), page.mouse.move(200, 400)]);
    await poll(() => [...scripts].sort()).toEqual(modules);
    await page.mouse.move(300, 500);
    await page.waitForLoadState('networkidle');
    expect([...scripts].sort()).toEqual(modules);

    // Focusing the search field loads the search UI.
    await Promise.all([
      page.waitForRequest((r) => r.url().endsWith('/pagefind/pagefind-component-ui.js')),
      page.focus('#site-search'),
    ]);
  });

  it('searches from the header field: type a query, press Enter, see the glossary entry and the essay in the dialog, with the query in its field', async () => {
    const page = await newPage();
    await page.goto(url(POSTER));
    await page.click('#site-search');
    // Enter before the search module has arrived submits the form to /search/ instead (the fallback
    // without JavaScript): this test is about the dialog, so it waits for the module.
    await page.waitForSelector('form[data-search-form][data-enhanced]', { state: 'attached' });
    await page.keyboard.type('venepuncture');
    await page.keyboard.press('Enter');
    await poll(() => page.locator('dialog[open] .search-result-title a').allTextContents()).toEqual([
      'Venepuncture',
      ESSAY_TITLE,
    ]);
    // The dialog's own field shows the query that was run (it was empty: issue 17).
    expect(await page.inputValue('dialog[open] pagefind-input input')).toBe('venepuncture');
    expect(await page.locator('dialog[open] .search-result-about').allTextContents()).toEqual([
      'Glossary term',
      'Essay · A medical student · 22 November 2026',
    ]);
    expect(await page.locator('dialog[open] .search-result-title a').first().getAttribute('href')).toBe(
      '/glossary/#venepuncture',
    );
    expect(await page.locator('dialog[open] .search-result-excerpt mark').nth(0).textContent()).toBe('venepuncture');
    expect(page.url()).toBe(url(POSTER));
  });

  it('opens with Ctrl+K, works by keyboard alone, and returns focus when closed', async () => {
    const page = await newPage();
    await page.goto(url(ESSAY));
    await page.keyboard.press('Tab'); // the skip link: the reader is somewhere on the page
    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog[open]');
    await poll(async () => (await activeElement(page)).inDialog).toBe(true);
    expect((await activeElement(page)).tag).toBe('INPUT');
    expect(await page.getAttribute('dialog[open]', 'aria-label')).toBe('Search the library');

    await page.keyboard.type('venepuncture');
    await poll(() => firstResultTitle(page, 'dialog[open]').textContent()).toBe('Venepuncture');
    await page.keyboard.press('Escape');
    await poll(() => page.locator('dialog[open]').count()).toBe(0);
    expect((await activeElement(page)).text).toBe('Skip to content');

    // Reopened, the last query is selected, so typing replaces it.
    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog[open]');
    await poll(() =>
      page.evaluate(() => {
        const input = document.activeElement as HTMLInputElement;
        return [input.value, input.selectionStart, input.selectionEnd];
      }),
    ).toEqual(['venepuncture', 0, 12]);
    await page.keyboard.type('preceptorship');
    expect((await activeElement(page)).value).toBe('preceptorship');
    await poll(() => firstResultTitle(page, 'dialog[open]').textContent()).toBe(POSTER_TITLE);
    await page.keyboard.press('ArrowDown');
    expect((await activeElement(page)).text).toBe(POSTER_TITLE);
    await Promise.all([page.waitForURL(url(POSTER)), page.keyboard.press('Enter')]);
  });

  it('has no axe violations with the dialog open and showing results, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await newPage({ colorScheme });
      await page.goto(url(ESSAY));
      await page.keyboard.press('Control+k');
      await page.waitForSelector('dialog[open]');
      await poll(async () => (await activeElement(page)).inDialog).toBe(true);
      await page.keyboard.type('interprofessional');
      await page.waitForSelector('dialog[open] .search-result');
      expect(await axeViolations(page), colorScheme).toEqual([]);
      await context.close();
    }
  });

  it('runs the search in a shared link at once, without typing', async () => {
    const page = await newPage();
    await page.goto(url('/search/?q=venepuncture'));
    await poll(() => page.locator('[data-search-page] .search-result-title a').allTextContents()).toEqual([
      'Venepuncture',
      ESSAY_TITLE,
    ]);
    expect(await page.inputValue('#search-query')).toBe('venepuncture');
    expect(await page.locator('[data-search-summary]').textContent()).toBe('2 results for venepuncture');
  });

  it('browses with no query: every piece is listed and each facet value shows its count', async () => {
    const page = await newPage();
    await page.goto(url('/search/'));
    await poll(() => page.locator('[data-search-summary]').textContent()).toBe(`${5 + GLOSSARY_SIZE} results`);
    const count = (value: string) =>
      page.locator('[data-search-page] .search-facet-option', { hasText: value }).locator('.search-facet-count');
    await poll(() => count('Reference').textContent()).toBe('3');
    expect(await count('Glossary term').textContent()).toBe(String(GLOSSARY_SIZE));
    // The taxonomy facets: IPEC competency and setting, each value with its count.
    expect(await count('Teams and Teamwork').textContent()).toBe('2');
    expect(await count('Primary care').textContent()).toBe('1');
  });

  it('narrows a search to the glossary by its type', async () => {
    const page = await newPage();
    await page.goto(url('/search/?q=venepuncture'));
    await poll(() => page.locator('[data-search-page] .search-result').count()).toBe(2);
    await page.getByRole('checkbox', { name: /^Glossary term/ }).check();
    await poll(() => page.url()).toBe(url('/search/?q=venepuncture&type=Glossary+term'));
    await poll(() => page.locator('[data-search-page] .search-result-title a').allTextContents()).toEqual([
      'Venepuncture',
    ]);
    await Promise.all([
      page.waitForURL(url('/glossary/#venepuncture')),
      firstResultTitle(page, '[data-search-page]').click(),
    ]);
  });

  it('narrows by a facet, puts it in the URL, and a reload reproduces the same results', async () => {
    const page = await newPage();
    await page.goto(url('/search/?q=interprofessional'));
    await poll(() => page.locator('[data-search-page] .search-result').count()).toBeGreaterThan(2);
    await page.getByRole('checkbox', { name: /^Poster/ }).check();
    await poll(() => page.url()).toBe(url('/search/?q=interprofessional&type=Poster'));
    await poll(() => page.locator('[data-search-page] .search-result').count()).toBe(1);
    expect(await firstResultTitle(page, '[data-search-page]').textContent()).toBe(POSTER_TITLE);

    await page.reload();
    await poll(() => page.locator('[data-search-page] .search-result').count()).toBe(1);
    expect(await page.getByRole('checkbox', { name: /^Poster/ }).isChecked()).toBe(true);
    expect(await page.inputValue('#search-query')).toBe('interprofessional');
  });

  it('works on the search page by keyboard alone: type, narrow by a facet, open a result', async () => {
    const page = await newPage();
    await page.goto(url('/search/'));
    await page.waitForSelector('[data-search-page]:not([hidden]) #search-query');
    // Tab from the top of the page to the search field, type, then Tab on to the Essay facet.
    await tabUntil(page, () => document.activeElement?.id === 'search-query');
    await page.keyboard.type('role understanding');
    await poll(() => page.locator('[data-search-page] .search-result').count()).toBe(2);
    await tabUntil(page, () => {
      const label = (document.activeElement as HTMLInputElement | null)?.labels?.[0];
      return label?.firstChild?.nextSibling?.textContent === 'Essay';
    });
    await page.keyboard.press('Space');
    await poll(() => page.url()).toBe(url('/search/?q=role+understanding&type=Essay'));
    await poll(() => page.locator('[data-search-page] .search-result').count()).toBe(1);
    // Back to the field and down into the results; up from the first result is the field again.
    await tabUntil(page, () => document.activeElement?.id === 'search-query', 'Shift+Tab');
    await page.keyboard.press('ArrowDown');
    expect((await activeElement(page)).text).toBe(ESSAY_TITLE);
    await page.keyboard.press('ArrowUp');
    expect((await activeElement(page)).value).toBe('role understanding');
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(url(ESSAY)), page.keyboard.press('Enter')]);
  });

  it('draws a shared search with Pagefind’s JS API alone, a handful of results at a time, and keeps working after first use', async () => {
    const page = await newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    const titles = page.locator('[data-search-page] .search-result-title a');
    await page.goto(url('/search/'));
    // Browsing: every piece and glossary entry is a result, but only the first ten are drawn, and
    // only their details (Pagefind's fragments) are fetched.
    await poll(() => page.locator('[data-search-summary]').textContent()).toBe(`${5 + GLOSSARY_SIZE} results`);
    await poll(() => page.locator('[data-search-page] .search-facet-option:not([hidden])').count()).toBeGreaterThan(0);
    expect(await titles.count()).toBe(10);
    expect(requests.filter((path) => path.includes('/pagefind/fragment/'))).toHaveLength(10);
    expect(requests).toContain('/pagefind/pagefind.js');
    // The search page never loads Pagefind's Component UI or its stylesheet.
    expect(requests.filter((path) => path.includes('component-ui'))).toEqual([]);

    // "Show more results" draws the rest and takes the keyboard to the first new one.
    await page.getByRole('button', { name: 'Show more results' }).click();
    await poll(() => titles.count()).toBe(5 + GLOSSARY_SIZE);
    expect((await activeElement(page)).text).toBe(await titles.nth(10).textContent());
    expect(await page.locator('[data-search-more]').isHidden()).toBe(true);

    // A shared link with a query: its results, still without the Component UI.
    await page.goto(url('/search/?q=venepuncture'));
    await poll(() => titles.allTextContents()).toEqual(['Venepuncture', ESSAY_TITLE]);
    expect(requests.filter((path) => path.includes('component-ui'))).toEqual([]);

    // Typing searches; a facet narrows the results and goes into the address; unticking widens again.
    await page.fill('#search-query', 'interprofessional');
    await poll(() => page.url()).toBe(url('/search/?q=interprofessional'));
    await poll(async () => (await page.locator('[data-search-summary]').textContent()) ?? '').toMatch(
      / results for interprofessional$/,
    );
    const all = await titles.count();
    expect(all).toBeGreaterThan(2);
    await page.getByRole('checkbox', { name: /^Essay/ }).check();
    await poll(() => page.url()).toBe(url('/search/?q=interprofessional&type=Essay'));
    await poll(() => page.locator('[data-search-page] .search-result-about').allTextContents()).toSatisfy(
      (abouts: string[]) =>
        abouts.length > 0 && abouts.length < all && abouts.every((about) => about.startsWith('Essay')),
    );
    await page.getByRole('checkbox', { name: /^Essay/ }).uncheck();
    await poll(() => titles.count()).toBe(all);
    expect(page.url()).toBe(url('/search/?q=interprofessional'));
    expect(requests.filter((path) => path.includes('component-ui'))).toEqual([]);
  });

  it('has no axe violations on the search page with results and facets, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await newPage({ colorScheme });
      await page.goto(url('/search/?q=interprofessional&type=Poster'));
      await page.waitForSelector('[data-search-page] .search-result');
      expect(await axeViolations(page), colorScheme).toEqual([]);
      await context.close();
    }
  });

  it('moves Ctrl+K on the search page to the page field instead of opening a dialog', async () => {
    const page = await newPage();
    await page.goto(url('/search/?q=venepuncture'));
    await page.waitForSelector('[data-search-page] .search-result');
    await page.keyboard.press('Control+k');
    await poll(async () => (await activeElement(page)).value).toBe('venepuncture');
    expect(await page.locator('dialog[open]').count()).toBe(0);
  });

  it('falls back to the search page when the search files cannot load, which says so and links to the browse pages', async () => {
    const page = await newPage();
    await context.route('**/pagefind/**', (route) => route.abort());
    await page.goto(url(ESSAY));
    await page.fill('#site-search', 'venepuncture');
    // Ctrl+K has no plain-HTML path: only the script's fallback can lead to the search page.
    await Promise.all([page.waitForURL(url('/search/?q=venepuncture')), page.keyboard.press('Control+k')]);
    const status = page.locator('[data-search-status]');
    await poll(() => status.textContent()).toMatch(/^Search could not be loaded\./);
    expect(await status.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '/essays/',
      '/posters/',
      '/references/',
    ]);
  });

  describe('without JavaScript', () => {
    it('says search needs JavaScript and links to the browse pages', async () => {
      const page = await newPage({ javaScriptEnabled: false });
      await page.goto(url('/search/?q=venepuncture'));
      const notice = page.locator('main p', { hasText: 'Search needs JavaScript' });
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
        '/essays/',
        '/posters/',
        '/references/',
      ]);
      expect(await page.locator('[data-search-page]').isVisible()).toBe(false);
    });

    it('sends the header field to the search page as a shareable ?q= link', async () => {
      const page = await newPage({ javaScriptEnabled: false });
      await page.goto(url(ESSAY));
      await page.fill('#site-search', 'venepuncture');
      await Promise.all([page.waitForURL(url('/search/?q=venepuncture')), page.press('#site-search', 'Enter')]);
    });
  });
});
