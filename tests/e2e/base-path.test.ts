/**
 * The site built for a GitHub Pages project site (SITE_URL=https://example.github.io/ipl/), served
 * only under /ipl/ as Pages serves it (every other address is a 404), in Chromium: pages, styles and
 * enhancement modules load from /ipl/; search (the dialog and the /search/ page) loads Pagefind from
 * /ipl/pagefind/ and its results lead to pages under /ipl/; a missing page gets the styled 404 page
 * with links back into the site. No request goes outside /ipl/, none fails, and the
 * Content-Security-Policy blocks nothing.
 */
import type { Server } from 'node:http';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildBaseSite, FIXTURE_ESSAY } from '../helpers/base-site.ts';
import { HAS_CHROMIUM, useChromium } from '../helpers/browser.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 100 });
const ESSAY = 'essays/learning-to-learn-from-each-other/';
const ESSAY_TITLE =
  'Learning to learn from each other: the importance of interprofessional collaboration in healthcare';

describe.skipIf(!HAS_CHROMIUM)('the site under the base path /ipl/, in Chromium', () => {
  const browser = useChromium();
  let server: Server | undefined;
  let siteUrl = '';
  let context: BrowserContext | undefined;
  /** Every request a test's page made, and each that failed or was answered with an error. */
  let requests: string[] = [];
  let failures: string[] = [];

  beforeAll(async () => {
    const site = buildBaseSite();
    const served = await serveStatic(site.dist, { base: site.base });
    server = served.server;
    siteUrl = served.baseUrl;
  }, 300_000);

  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  async function newPage(): Promise<Page> {
    context = await browser.newContext();
    requests = [];
    failures = [];
    const page = await context.newPage();
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    page.on('requestfailed', (request) => failures.push(`${request.url()}: ${request.failure()?.errorText}`));
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().includes('/ipl/no-such-page/'))
        failures.push(`${response.url()}: ${response.status()}`);
    });
    return page;
  }

  function expectAllUnderBase() {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((pathname) => !pathname.startsWith('/ipl/'))).toEqual([]);
    expect(failures).toEqual([]);
  }

  it('loads a page with its styles from /ipl/, and the navigation and enhancement modules stay under /ipl/', async () => {
    const page = await newPage();
    await page.goto(`${siteUrl}${ESSAY}`, { waitUntil: 'networkidle' });
    // The site's stylesheet applied: the skip link is moved off screen until focused.
    expect(await page.locator('.skip-link').evaluate((el) => getComputedStyle(el).position)).not.toBe('static');
    await Promise.all([
      page.waitForRequest((r) => r.url().endsWith('/ipl/scripts/search.js')),
      page.mouse.move(200, 400),
    ]);
    await page.waitForLoadState('networkidle');
    await Promise.all([
      page.waitForURL(`${siteUrl}posters/`),
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Posters' }).click(),
    ]);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    expectAllUnderBase();
  });

  it('searches from the header field: Pagefind loads from /ipl/pagefind/, and a result leads to its page under /ipl/', async () => {
    const page = await newPage();
    await page.goto(`${siteUrl}posters/`);
    await page.click('#site-search');
    await page.waitForSelector('form[data-search-form][data-enhanced]', { state: 'attached' });
    await page.keyboard.type('venepuncture');
    await page.keyboard.press('Enter');
    // The glossary's entry for the word comes first, then the essay: both under /ipl/, once.
    const titles = page.locator('dialog[open] .search-result-title a');
    await poll(() => titles.allTextContents()).toEqual(['Venepuncture', ESSAY_TITLE]);
    expect(await titles.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '/ipl/glossary/#venepuncture',
      `/ipl/${ESSAY}`,
    ]);
    await Promise.all([page.waitForURL(`${siteUrl}${ESSAY}`), titles.nth(1).click()]);
    expect(requests.some((pathname) => pathname.startsWith('/ipl/pagefind/'))).toBe(true);
    expectAllUnderBase();
  });

  it('runs a shared search link on /ipl/search/ and finds the physiotherapy student’s essay under /ipl/', async () => {
    const page = await newPage();
    await page.goto(`${siteUrl}search/?q=podiatrist`);
    const essay = page.locator(`[data-search-page] .search-result-title a[href="/ipl/essays/${FIXTURE_ESSAY}/"]`);
    await poll(() => essay.count()).toBe(1);
    expect(
      await page
        .locator('[data-search-page] .search-result-title a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')).filter((href) => !href?.startsWith('/ipl/'))),
    ).toEqual([]);
    expect(await page.locator('[data-search-page] .search-result-about').allTextContents()).toEqual([
      'Essay · A physiotherapy student · 5 October 2026',
    ]);
    expectAllUnderBase();
  });

  it('answers a missing address with the styled 404 page, whose links lead back under /ipl/', async () => {
    const page = await newPage();
    const response = await page.goto(`${siteUrl}no-such-page/deeper/`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toContain('Page not found');
    expect(await page.locator('.skip-link').evaluate((el) => getComputedStyle(el).position)).not.toBe('static');
    // The first interaction loads the enhancement modules, from /ipl/scripts/ here too; let them
    // arrive before leaving the page, so leaving does not cut them off.
    await Promise.all([
      page.waitForRequest((r) => r.url().endsWith('/ipl/scripts/search.js')),
      page.mouse.move(200, 400),
    ]);
    await page.waitForLoadState('networkidle');
    await Promise.all([page.waitForURL(siteUrl), page.locator('main').getByRole('link', { name: 'Home' }).click()]);
    expectAllUnderBase();
  });
});
