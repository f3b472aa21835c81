/**
 * Reading with no signal, in Chromium with the site's service worker allowed: a reader saves a reading
 * list (and so its pieces) and the search index, loses the connection, and can still open the pieces,
 * see that they are offline, and search; a page nobody saved gets the offline page. Registering the
 * worker adds no script to the page before interaction.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { HAS_CHROMIUM, useChromium } from '../helpers/browser.ts';
import { DIST } from '../helpers/site.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000, interval: 100 });
const LIST = '/reading-lists/learning-each-others-roles/';
const ESSAY = '/essays/learning-to-learn-from-each-other/';
const POSTER = '/posters/communities-of-practice-preceptorship/';
const ESSAY_TITLE =
  'Learning to learn from each other: the importance of interprofessional collaboration in healthcare';

describe.skipIf(!HAS_CHROMIUM)('reading offline, in Chromium', () => {
  const browser = useChromium();
  const baseUrl = inject('baseUrl');
  const url = (path: string) => new URL(path, baseUrl).href;
  let context: BrowserContext | undefined;

  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  async function openWithWorker(path: string): Promise<Page> {
    context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(url(path), { waitUntil: 'load' });
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    return page;
  }

  /** Wake the page's modules (any interaction does), then use a Save for offline control and wait for its answer. */
  async function save(page: Page, saves: string, expected: RegExp) {
    await page.mouse.move(10, 10);
    await page.mouse.move(200, 300);
    const control = page.locator(`[data-offline-save="${saves}"][data-ready]`);
    await control.locator('button').click();
    await poll(() => control.locator('[data-offline-status]').textContent()).toMatch(expected);
  }

  it('registers the worker without adding a script to the page before interaction', async () => {
    context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(url(ESSAY), { waitUntil: 'networkidle' });
    const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope));
    expect(scope).toBe(url('/'));
    expect(scripts).toEqual([]);
  });

  it('on the search page, registers the worker once, from search.js after the first results are drawn, not at load', async () => {
    context = await browser.newContext({ serviceWorkers: 'allow' });
    // Note how many results are on the page at each registration (the boot script's would come at load).
    await context.addInitScript(() => {
      const calls: number[] = [];
      Object.assign(window, { registrations: calls });
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = function (...args: Parameters<typeof register>) {
        calls.push(document.querySelectorAll('[data-search-results] li').length);
        return register.apply(this, args);
      };
    });
    const page = await context.newPage();
    await page.goto(url('/search/?q=venepuncture'), { waitUntil: 'load' });
    const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope));
    expect(scope).toBe(url('/'));
    const calls = await page.evaluate(() => (window as unknown as { registrations: number[] }).registrations);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toBeGreaterThan(0);
    // Everywhere else the boot script registers it at load, as before.
    await page.goto(url(ESSAY), { waitUntil: 'load' });
    await poll(() => page.evaluate(() => (window as unknown as { registrations: number[] }).registrations)).toEqual([
      0,
    ]);
  });

  it('opens a saved reading list and its pieces with no connection, says so, and searches what was saved', async () => {
    const page = await openWithWorker(LIST);
    await save(page, 'reading-list', /^Saved: this list and its 2 pieces open offline/);
    await page.goto(url('/search/'), { waitUntil: 'load' });
    await save(page, 'search', /^Saved: search works offline/);

    await context!.setOffline(true);
    for (const [path, heading] of [
      [LIST, "Learning each other's roles"],
      [ESSAY, ESSAY_TITLE],
      [POSTER, undefined],
    ] as const) {
      await page.goto(url(path), { waitUntil: 'load' });
      expect(new URL(page.url()).pathname).toBe(path);
      const h1 = (await page.locator('main h1').first().textContent())?.trim();
      if (heading) expect(h1).toBe(heading);
      else expect(h1).not.toMatch(/not saved/i);
      expect(await page.locator('html').getAttribute('data-offline')).toBe('');
      await expect.poll(() => page.locator('.offline-note').isVisible()).toBe(true);
    }

    await page.goto(url('/search/?q=venepuncture'), { waitUntil: 'load' });
    await poll(() => page.locator('[data-search-page] .search-result-title a').allTextContents()).toContain(
      ESSAY_TITLE,
    );
  });

  it('shows the offline page, with what this browser has saved, for a page nobody saved', async () => {
    const page = await openWithWorker(ESSAY);
    await save(page, 'page', /^Saved: this page opens offline/);
    await context!.setOffline(true);
    await page.goto(url('/about/'), { waitUntil: 'load' });
    await expect.poll(() => page.locator('main h1').textContent()).toBe('This page is not saved on this device');
    await page.mouse.move(200, 300);
    await poll(() => page.locator('[data-offline-saved-list] a').allTextContents()).toContain(ESSAY);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it('gives the current page once back online, not the saved copy (pages are network first)', async () => {
    // A copy of the site on its own server, so the test can deploy a new version of one page.
    const root = mkdtempSync(path.join(tmpdir(), 'ipl-offline-'));
    cpSync(DIST, root, { recursive: true });
    const { server, baseUrl: copyUrl } = await serveStatic(root);
    try {
      context = await browser.newContext({ serviceWorkers: 'allow' });
      const page = await context.newPage();
      await page.goto(new URL(ESSAY, copyUrl).href, { waitUntil: 'load' });
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await save(page, 'page', /^Saved/);
      await context.setOffline(true);
      await page.reload({ waitUntil: 'load' });
      expect(await page.locator('main h1').first().textContent()).toBe(ESSAY_TITLE);

      const file = path.join(root, ESSAY, 'index.html');
      writeFileSync(file, readFileSync(file, 'utf8').replaceAll(ESSAY_TITLE, 'A newer version of this essay'));
      await context.setOffline(false);
      await page.reload({ waitUntil: 'load' });
      expect(await page.locator('main h1').first().textContent()).toBe('A newer version of this essay');
    } finally {
      await new Promise((resolve) => server.close(resolve));
      rmSync(root, { recursive: true, force: true });
    }
  });
});
