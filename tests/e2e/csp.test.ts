/**
 * The Content-Security-Policy in Chromium: every page carries it, the browser refuses a script the
 * site did not write, and every enhancement still works under it (the other browser tests check for
 * violations too, through useChromium).
 */
import { describe, expect, inject, it } from 'vitest';
import { HAS_CHROMIUM, useChromium } from '../helpers/browser.ts';

const ESSAY = '/essays/learning-to-learn-from-each-other/';

describe.skipIf(!HAS_CHROMIUM)('the Content-Security-Policy', () => {
  const browser = useChromium();
  const baseUrl = inject('baseUrl');

  it('refuses an inline script and an event handler the site did not write', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL(ESSAY, baseUrl).href);
    const ran = await page.evaluate(async () => {
      const w = window as unknown as { injected?: number; handled?: number };
      const script = document.createElement('script');
      script.textContent = 'window.injected = 1';
      document.body.append(script);
      const image = document.createElement('img');
      image.setAttribute('onerror', 'window.handled = 1');
      image.src = '/no-such-image.png';
      document.body.append(image);
      await new Promise((resolve) => setTimeout(resolve, 500));
      return { injected: w.injected, handled: w.handled };
    });
    await context.close();
    expect(ran).toEqual({ injected: undefined, handled: undefined });
    // The violations were meant: take them from the record every test is checked against.
    const refused = browser.cspViolations.splice(0);
    expect(refused.some((text) => text.includes('inline script'))).toBe(true);
    expect(refused.some((text) => text.includes('inline event handler'))).toBe(true);
  });

  it('lets every enhancement work: theme, copy link, citation preview, search dialog and page', async () => {
    // Below 1200 px, where a citation shows its preview (wider, its note is in the margin already).
    const context = await browser.newContext({
      viewport: { width: 1100, height: 900 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    await page.goto(new URL(ESSAY, baseUrl).href);

    await page.getByRole('button', { name: 'Colour theme' }).click();
    await page.getByRole('button', { name: 'Dark' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

    const citation = page.locator('.cite a:visible').first();
    await citation.scrollIntoViewIfNeeded();
    await citation.hover();
    await expect.poll(() => page.locator('#citation-preview').isVisible()).toBe(true);

    const anchor = page.locator('.prose p .anchor-link').first();
    await anchor.scrollIntoViewIfNeeded();
    await anchor.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('#p-');

    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog[open]');
    await page.keyboard.type('venepuncture');
    const title = page.locator('dialog[open] .search-result-title a', { hasText: 'Learning to learn from each other' });
    await expect.poll(() => title.count(), { timeout: 15_000 }).toBe(1);
    await page.keyboard.press('Escape');

    await page.goto(new URL('/search/?q=preceptorship', baseUrl).href);
    await expect
      .poll(() => page.locator('.search-result-title a').first().textContent(), { timeout: 15_000 })
      .toContain('Communities of Practice');
    await context.close();
  });

  it('is on every kind of page, with no unsafe script source', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const sitePath of [
      '/',
      ESSAY,
      '/posters/communities-of-practice-preceptorship/',
      '/search/',
      '/references/',
      '/learning/',
      '/glossary/',
    ]) {
      await page.goto(new URL(sitePath, baseUrl).href);
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(policy, sitePath).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
      expect(policy, sitePath).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
      for (const directive of ["object-src 'none'", "base-uri 'none'", "form-action 'self'"])
        expect(policy, sitePath).toContain(directive);
    }
    await context.close();
  });
});
