/**
 * Keyboard use on each page type: Tab reaches every focusable element in turn and comes back round
 * (no keyboard trap), and every stop shows a visible focus indicator. And on a phone, every control of
 * each page type is a target of at least 24 by 24 CSS pixels (the accessibility suite checks every page
 * at desktop width).
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { HAS_CHROMIUM, useChromium } from '../helpers/browser.ts';
import { smallTargets } from '../helpers/targets.ts';

const PAGES = [
  '/',
  '/essays/learning-to-learn-from-each-other/',
  '/posters/communities-of-practice-preceptorship/',
  '/references/busari_2017/',
];

/** Describe the focused element and whether something visibly marks it. */
function focusState(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { key: 'body', visible: true };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow !== 'none';
    const key = `${el.dataset.kbIndex}: ${el.tagName.toLowerCase()} ${el.getAttribute('href') ?? el.textContent?.trim().slice(0, 30) ?? ''}`;
    return { key, visible: outline || shadow };
  });
}

describe.skipIf(!HAS_CHROMIUM)('keyboard', () => {
  const browser = useChromium();
  const baseUrl = inject('baseUrl');
  it.each(PAGES)('%s: every tab stop shows focus, and Tab cycles back without a trap', async (sitePath) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL(sitePath, baseUrl).href);
    // Number the focusable elements so each tab stop can be told apart from every other.
    const focusable = await page.evaluate(() => {
      const all = [
        ...document.querySelectorAll<HTMLElement>(
          'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
        ),
      ];
      // Tab reaches neither the contents of a closed <details> (other than its summary) nor the
      // unchecked radios of a group (the group is one tab stop: its checked radio).
      // Nor an element taken out of the tab order (a paragraph's ¶ link after the first, a margin note's link).
      const reachable = (el: HTMLElement) =>
        !el.closest('details:not([open]) > :not(summary)') &&
        !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked) &&
        el.getAttribute('tabindex') !== '-1';
      const shown = all.filter((el) => (el.offsetParent !== null || el.matches('.skip-link')) && reachable(el));
      shown.forEach((el, i) => {
        el.dataset.kbIndex = String(i);
      });
      return shown.length;
    });
    const seen: string[] = [];
    const invisible: string[] = [];
    for (let i = 0; i < focusable + 3; i++) {
      await page.keyboard.press('Tab');
      const { key, visible } = await focusState(page);
      if (seen.includes(key)) break;
      seen.push(key);
      if (!visible) invisible.push(key);
    }
    await context.close();
    expect(invisible).toEqual([]);
    // Every focusable element was reached before focus came round again.
    expect(seen.filter((k) => k !== 'body').length).toBeGreaterThanOrEqual(focusable);
  });

  it.each([...PAGES, '/search/', '/browse/', '/essays/'])(
    '%s on a phone: every control is at least 24 by 24 pixels',
    async (sitePath) => {
      const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
      const page = await context.newPage();
      await page.goto(new URL(sitePath, baseUrl).href);
      const small = await smallTargets(page);
      await context.close();
      expect(small).toEqual([]);
    },
  );
});
