/**
 * The theme switch in Chromium: a remembered theme is in force at the first frame (no flash of the
 * wrong theme), a choice survives a reload, System forgets it, and without JavaScript the switch is
 * not offered. The switch is one compact header button ("Colour theme") opening a popover with the
 * three choices.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { HAS_CHROMIUM, useChromium } from '../helpers/browser.ts';

const DARK_PAPER = 'rgb(20, 24, 27)';
const LIGHT_PAPER = 'rgb(253, 252, 249)';
const PATH = '/essays/learning-to-learn-from-each-other/';

/** Before any page script runs, note the theme and background at DOMContentLoaded and at the first animation frame (before first paint). */
const RECORD_FIRST_FRAME = () => {
  const w = window as unknown as { __theme: Record<string, unknown> };
  w.__theme = {};
  const note = (when: string) => {
    w.__theme[when] = {
      theme: document.documentElement.dataset.theme ?? null,
      background: getComputedStyle(document.documentElement).backgroundColor,
    };
  };
  requestAnimationFrame(() => note('firstFrame'));
  document.addEventListener('DOMContentLoaded', () => note('domContentLoaded'));
};

describe.skipIf(!HAS_CHROMIUM)('the theme switch in Chromium', () => {
  const browser = useChromium();
  const baseUrl = inject('baseUrl');
  const url = new URL(PATH, baseUrl).href;
  async function open(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    await page.addInitScript(RECORD_FIRST_FRAME);
    await page.goto(url);
    return page;
  }
  const themeButton = (page: Page) => page.getByRole('button', { name: 'Colour theme' });
  /** Hover or focus wakes the enhancement (as a reader's pointer or Tab would); it marks the current choice when ready. */
  const ready = async (page: Page, how: 'hover' | 'focus') => {
    const button = themeButton(page);
    await (how === 'hover' ? button.hover() : button.focus());
    return page.waitForSelector('[data-theme-choice][aria-pressed]', { state: 'attached' });
  };
  /** Open the theme popover and choose. */
  const choose = async (page: Page, name: 'System' | 'Light' | 'Dark') => {
    if (!(await page.locator('#theme-menu:popover-open').count())) await themeButton(page).click();
    await page.getByRole('button', { name }).click();
  };
  const firstFrame = (page: Page) =>
    page
      .waitForFunction(() => (window as unknown as { __theme: { firstFrame?: unknown } }).__theme.firstFrame)
      .then(() =>
        page.evaluate(
          () =>
            (window as unknown as { __theme: Record<string, { theme: string | null; background: string }> }).__theme,
        ),
      );

  it.each([
    ['dark', 'light', DARK_PAPER],
    ['light', 'dark', LIGHT_PAPER],
  ] as const)('shows a remembered %s theme from the first frame on a %s system', async (stored, colorScheme, paper) => {
    const context = await browser.newContext({ colorScheme });
    const page = await open(context);
    await page.evaluate((theme) => localStorage.setItem('theme', theme), stored);
    await page.reload();
    const seen = await firstFrame(page);
    expect(seen.domContentLoaded?.theme).toBe(stored);
    expect(seen.firstFrame).toEqual({ theme: stored, background: paper });
    await context.close();
  });

  it('remembers a choice across reloads, marks it pressed, and forgets it on System', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await open(context);
    expect((await firstFrame(page)).firstFrame).toEqual({ theme: null, background: LIGHT_PAPER });
    await ready(page, 'hover');
    await choose(page, 'Dark');
    await expect
      .poll(() => page.evaluate(() => [document.documentElement.dataset.theme, localStorage.getItem('theme')]))
      .toEqual(['dark', 'dark']);
    expect(await page.getByRole('button', { name: 'Dark' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: 'System' }).getAttribute('aria-pressed')).toBe('false');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(DARK_PAPER);

    await page.reload();
    expect((await firstFrame(page)).firstFrame).toEqual({ theme: 'dark', background: DARK_PAPER });
    await page.goto(new URL('/glossary/', baseUrl).href);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await ready(page, 'hover');

    await choose(page, 'System');
    await expect
      .poll(() => page.evaluate(() => [document.documentElement.dataset.theme ?? null, localStorage.getItem('theme')]))
      .toEqual([null, null]);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(LIGHT_PAPER);
    await context.close();
  });

  it('keeps a first tap that comes before its script has loaded', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    // A slow network: the switch's module arrives well after the tap.
    await context.route('**/scripts/theme-switch.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    const page = await open(context);
    await choose(page, 'Dark');
    expect(await page.evaluate(() => document.documentElement.dataset.theme ?? null)).toBeNull();
    await expect
      .poll(() => page.evaluate(() => [document.documentElement.dataset.theme, localStorage.getItem('theme')]), {
        timeout: 10_000,
      })
      .toEqual(['dark', 'dark']);
    expect(await page.getByRole('button', { name: 'Dark' }).getAttribute('aria-pressed')).toBe('true');
    await context.close();
  });

  it('works from the keyboard', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await open(context);
    await ready(page, 'focus');
    // Enter opens the choices; Tab goes on into them (System, then Light); Enter chooses; Esc closes
    // them and leaves focus on the button.
    await page.keyboard.press('Enter');
    expect(await page.locator('#theme-menu:popover-open').count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-theme-choice'))).toBe('system');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-pressed'))).toBe('true');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('theme'))).toBe('light');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(LIGHT_PAPER);
    expect(await page.getByRole('button', { name: 'Light' }).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await page.locator('#theme-menu:popover-open').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Colour theme');
    await context.close();
  });

  it('shows the theme in force on its button, as an icon, before any script runs', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await open(context);
    const shownIcon = () => page.locator('.theme-switch-button svg:visible').getAttribute('class');
    expect(await shownIcon()).toBe('theme-icon-system');
    await page.evaluate(() => localStorage.setItem('theme', 'dark'));
    await page.reload();
    expect(await shownIcon()).toBe('theme-icon-dark');
    // The choices are a labelled group the button controls.
    expect(await themeButton(page).getAttribute('popovertarget')).toBe('theme-menu');
    expect(await page.getByRole('group', { name: 'Colour theme', includeHidden: true }).getAttribute('id')).toBe(
      'theme-menu',
    );
    await context.close();
  });

  it('is not offered without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url);
    expect(await page.locator('.theme-switch').isVisible()).toBe(false);
    await context.close();
  });
});
