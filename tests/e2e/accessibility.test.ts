/**
 * axe (WCAG 2.0/2.1/2.2 A and AA) on every URL in the sitemap (and the 404 page), in light and dark colour schemes;
 * on each, every control is a target of at least 24 by 24 px (axe's own target-size rule allows smaller
 * targets that are spaced apart; we do not). And the keyboard basics: the skip link is the first stop
 * and moves focus to the main content.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { HAS_CHROMIUM, useChromium } from '../helpers/browser.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';
import { smallTargets } from '../helpers/targets.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describe.skipIf(!HAS_CHROMIUM)('accessibility in Chromium', () => {
  const browser = useChromium();
  const baseUrl = inject('baseUrl');
  describe.each(['light', 'dark'] as const)('%s scheme', (colorScheme) => {
    // Every page search engines are told about, and the not-found page (which no sitemap lists).
    it.each([...sitemapPaths(), '/404.html'])('%s has no axe violations and no small targets', async (sitePath) => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(new URL(sitePath, baseUrl).href);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      // Target size does not change with the colour scheme: measured once.
      const small = colorScheme === 'light' ? await smallTargets(page) : [];
      await context.close();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(summary).toEqual([]);
      expect(small, 'controls under 24 by 24 px').toEqual([]);
    });
  });

  it('offers a skip link as the first tab stop, and it moves focus to the main content', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL('/essays/learning-to-learn-from-each-other/', baseUrl).href);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      visible: document.activeElement?.getBoundingClientRect().top ?? -1,
    }));
    expect(first.text).toBe('Skip to content');
    expect(first.visible).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });
});
