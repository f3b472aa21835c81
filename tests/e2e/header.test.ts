/**
 * The site header in Chromium: one row at desktop width and at most two on a phone; the menu and the
 * theme choices as popovers that work by keyboard; and the header search problems found in use
 * (issue 17): the dialog's field empty after Enter, two close buttons on a phone, "Ctrl K" on a phone,
 * and a query clipped in the field.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { HAS_CHROMIUM, useChromium } from '../helpers/browser.ts';
import { smallTargets } from '../helpers/targets.ts';

const ESSAY = '/essays/learning-to-learn-from-each-other/';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 900 } };

/** The header's visible parts (site name, menu button or links, search field, theme button), with their boxes. */
const headerParts = (page: Page) =>
  page.evaluate(() => {
    const parts = [
      '.site-name',
      '.site-menu-button',
      '.site-menu:not(:popover-open) a',
      '#site-search',
      '.site-search button',
      '.theme-switch-button',
    ];
    return parts.flatMap((selector) =>
      [...document.querySelectorAll(selector)]
        .filter((el) => el.checkVisibility())
        .map((el) => {
          const box = el.getBoundingClientRect();
          return { selector, top: box.top, bottom: box.bottom };
        }),
    );
  });

/** Rows of the header: parts whose vertical extents overlap share a row. */
function rows(parts: { top: number; bottom: number }[]): number {
  const sorted = [...parts].sort((a, b) => a.top - b.top);
  let count = 0;
  let bottom = -Infinity;
  for (const part of sorted) {
    if (part.top >= bottom - 1) {
      count++;
      bottom = part.bottom;
    } else bottom = Math.max(bottom, part.bottom);
  }
  return count;
}

describe.skipIf(!HAS_CHROMIUM)('the site header in Chromium', () => {
  const browser = useChromium();
  const baseUrl = inject('baseUrl');
  let context: BrowserContext;
  afterEach(async () => {
    await context?.close();
  });
  async function open(options: Parameters<typeof browser.newContext>[0], sitePath = ESSAY): Promise<Page> {
    context = await browser.newContext(options);
    const page = await context.newPage();
    await page.goto(new URL(sitePath, baseUrl).href);
    return page;
  }
  const headerHeight = (page: Page) =>
    page.evaluate(() => document.querySelector('body > header')!.getBoundingClientRect().height);

  it('takes one row at 1280 px: site name, every menu link, search and the theme button', async () => {
    const page = await open(DESKTOP);
    const parts = await headerParts(page);
    expect(parts.map((p) => p.selector)).toEqual(
      expect.arrayContaining(['.site-name', '.site-menu:not(:popover-open) a', '#site-search', '.theme-switch-button']),
    );
    expect(parts.filter((p) => p.selector.endsWith(' a'))).toHaveLength(7);
    expect(parts.some((p) => p.selector === '.site-menu-button')).toBe(false);
    expect(rows(parts)).toBe(1);
    expect(await headerHeight(page)).toBeLessThanOrEqual(64);
  });

  it('takes at most two rows on a 390 px phone, with the menu behind a button', async () => {
    const page = await open(PHONE);
    const parts = await headerParts(page);
    expect(parts.map((p) => p.selector).sort()).toEqual(
      ['#site-search', '.site-menu-button', '.site-name', '.site-search button', '.theme-switch-button'].sort(),
    );
    expect(rows(parts)).toBeLessThanOrEqual(2);
    expect(await headerHeight(page)).toBeLessThanOrEqual(112);
  });

  it('opens the menu on a phone by keyboard, lists every section, and closes with Esc back to its button', async () => {
    const page = await open(PHONE);
    await page.focus('.site-menu-button');
    await page.keyboard.press('Enter');
    const links = page.locator('#site-menu a');
    expect(await page.locator('#site-menu:popover-open').count()).toBe(1);
    expect(
      await links.evaluateAll((as) =>
        as.filter((a) => (a as HTMLElement).checkVisibility()).map((a) => a.textContent?.trim()),
      ),
    ).toEqual(['Essays', 'Posters', 'Browse', 'For educators', 'Glossary', 'References', 'About']);
    // Every link is on screen, below the button.
    const button = (await page.locator('.site-menu-button').boundingBox())!;
    for (const box of await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.top).toBeGreaterThanOrEqual(button.y + button.height - 1);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(390);
    }
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Essays');
    await page.keyboard.press('Escape');
    expect(await page.locator('#site-menu:popover-open').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('site-menu-button'))).toBe(true);
  });

  it.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const)(
    'has no axe violations or small targets with the menu or theme choices open (%s)',
    async (_name, options) => {
      const page = await open(options);
      const violations = async () =>
        (await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
        );
      if (options === PHONE) {
        await page.click('.site-menu-button');
        expect(await violations()).toEqual([]);
        expect(await smallTargets(page)).toEqual([]);
        await page.keyboard.press('Escape');
      }
      await page.click('.theme-switch-button');
      await page.waitForSelector('#theme-menu:popover-open [data-theme-choice][aria-pressed]');
      expect(await violations()).toEqual([]);
      expect(await smallTargets(page)).toEqual([]);
      const menu = (await page.locator('#theme-menu').boundingBox())!;
      expect(menu.x).toBeGreaterThanOrEqual(0);
      expect(menu.x + menu.width).toBeLessThanOrEqual(options.viewport.width);
    },
  );

  describe('header search (regressions from issue 17)', () => {
    async function searchFromHeader(page: Page, query: string) {
      await page.click('#site-search');
      await page.waitForSelector('form[data-search-form][data-enhanced]', { state: 'attached' });
      await page.keyboard.type(query);
    }

    it.each([
      ['phone', PHONE],
      ['desktop', DESKTOP],
    ] as const)('shows the query in the dialog’s field after Enter (%s)', async (_name, options) => {
      const page = await open(options);
      await searchFromHeader(page, 'venepuncture');
      await page.keyboard.press('Enter');
      await page.waitForSelector('dialog[open] .search-result', { timeout: 15_000 });
      expect(await page.inputValue('dialog[open] pagefind-input input')).toBe('venepuncture');
    });

    it('shows one close button in the dialog on a phone', async () => {
      const page = await open(PHONE);
      await searchFromHeader(page, 'venepuncture');
      await page.keyboard.press('Enter');
      await page.waitForSelector('dialog[open] .search-result', { timeout: 15_000 });
      const close = page.getByRole('button', { name: /close/i });
      expect(
        await close.evaluateAll((buttons) => buttons.filter((b) => (b as HTMLElement).checkVisibility()).length),
      ).toBe(1);
      await close.filter({ visible: true }).click();
      expect(await page.locator('dialog[open]').count()).toBe(0);
    });

    it('shows no Ctrl K hint on a phone, and shows it to a desktop reader until they type', async () => {
      const phone = await open(PHONE);
      await searchFromHeader(phone, 'v');
      expect(await phone.locator('[data-search-shortcut]').isVisible()).toBe(false);
      await context.close();

      const page = await open(DESKTOP);
      await page.hover('#site-search');
      await page.waitForSelector('form[data-search-form][data-enhanced]', { state: 'attached' });
      const hint = page.locator('[data-search-shortcut]');
      expect(await hint.isVisible()).toBe(true);
      expect(await hint.textContent()).toBe('Ctrl K');
      await page.locator('#site-search').pressSequentially('v');
      expect(await hint.isVisible()).toBe(false);
    });

    it.each([
      ['phone', PHONE],
      ['desktop', DESKTOP],
    ] as const)('shows a whole one-word query in the field, unclipped (%s)', async (_name, options) => {
      const page = await open(options);
      await searchFromHeader(page, 'venepuncture');
      const field = await page
        .locator('#site-search')
        .evaluate((input) => ({ scroll: input.scrollWidth, client: input.clientWidth, scrolled: input.scrollLeft }));
      expect(field.scrolled).toBe(0);
      expect(field.scroll).toBeLessThanOrEqual(field.client);
    });
  });
});
