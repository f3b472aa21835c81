/**
 * Citations in real Chromium: previews by mouse and by keyboard (Escape dismisses, the preview never
 * covers the sentence it belongs to), the bibliography style switch (with and without JavaScript), and
 * the copy buttons of the cite-this panel.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { HAS_CHROMIUM, useChromium } from '../helpers/browser.ts';
import { CITATION_STYLE_IDS } from '../../src/lib/citations/styles.ts';

const ESSAY = '/essays/learning-to-learn-from-each-other/';
/** The sentence the second citation (Busari et al) belongs to, as the seed essay has it. */
const SENTENCE_START = 'Gaining a wider perspective';

type Rect = { left: number; top: number; right: number; bottom: number };
const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The line boxes of the sentence ending in the second citation, and of the citation itself. */
function sentenceBoxes(page: Page): Promise<Rect[]> {
  return page.evaluate((start) => {
    const sup = document.querySelectorAll('sup.citation')[1];
    const paragraph = sup?.closest('p');
    const text = [...(paragraph?.childNodes ?? [])].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.includes(start));
    if (!sup || !text) throw new Error('sentence not found');
    const range = document.createRange();
    range.setStart(text, text.textContent?.indexOf(start) ?? 0);
    range.setEndAfter(sup);
    return [...range.getClientRects()].map(({ left, top, right, bottom }) => ({ left, top, right, bottom }));
  }, SENTENCE_START);
}

const previewBox = (page: Page) =>
  page.locator('#citation-preview').evaluate((el) => {
    const { left, top, right, bottom } = el.getBoundingClientRect();
    return { left, top, right, bottom };
  });

describe.skipIf(!HAS_CHROMIUM)('citations in Chromium', () => {
  const browser = useChromium();
  const baseUrl = inject('baseUrl');
  const open = async (context: BrowserContext) => {
    const page = await context.newPage();
    await page.goto(new URL(ESSAY, baseUrl).href);
    return page;
  };
  describe.each([
    ['a wide screen (preview in the margin)', 1280],
    ['a phone (preview beside the sentence)', 390],
  ])('on %s', (_name, width) => {
    it('previews a citation on hover without covering its sentence, stays while the pointer moves onto it, and goes when it leaves', async () => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await open(context);
      const link = page.locator('sup.citation a').nth(1);
      await link.scrollIntoViewIfNeeded();
      await link.hover();
      const preview = page.locator('#citation-preview');
      await expect.poll(() => preview.isVisible()).toBe(true);
      expect(await preview.textContent()).toMatch(/^2\. Busari JO, Moll FM, Duits AJ\. Understanding the impact/);
      expect(await preview.getAttribute('role')).toBe('tooltip');
      expect(await link.getAttribute('aria-describedby')).toBe('citation-preview');

      const box = await previewBox(page);
      for (const line of await sentenceBoxes(page)) expect(overlaps(box, line), JSON.stringify({ box, line })).toBe(false);
      expect(box.right).toBeLessThanOrEqual(width);
      expect(box.left).toBeGreaterThanOrEqual(0);

      // WCAG 1.4.13 hoverable: the pointer can move onto the preview.
      await page.mouse.move((box.left + box.right) / 2, (box.top + box.bottom) / 2, { steps: 5 });
      await page.waitForTimeout(500);
      expect(await preview.isVisible()).toBe(true);
      await page.mouse.move(2, 2);
      await expect.poll(() => preview.isVisible()).toBe(false);
      expect(await link.getAttribute('aria-describedby')).toBeNull();
      await context.close();
    });
  });

  it('previews a citation on keyboard focus; Escape dismisses it and leaves focus where it was', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await open(context);
    let focused = '';
    for (let i = 0; i < 40 && !focused.startsWith('#ref-'); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement?.closest('sup.citation') ? (document.activeElement.getAttribute('href') ?? '') : ''));
    }
    expect(focused).toBe('#ref-garnweidner_holme_2022');
    const preview = page.locator('#citation-preview');
    await expect.poll(() => preview.isVisible()).toBe(true);
    expect(await preview.textContent()).toMatch(/^1\. Garnweidner-Holme L, Almendingen K\./);
    await page.keyboard.press('Escape');
    expect(await preview.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#ref-garnweidner_holme_2022');
    // Moving on to the next citation shows its preview again (Tab passes the paragraph's ¶ link on the way).
    for (let i = 0; i < 5 && focused !== '#ref-busari_2017'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement?.closest('sup.citation') ? (document.activeElement.getAttribute('href') ?? '') : ''));
    }
    expect(focused).toBe('#ref-busari_2017');
    await expect.poll(() => preview.textContent()).toMatch(/^2\. Busari/);
    await context.close();
  });

  it('switches the bibliography style with the keyboard, and previews follow the chosen style', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await open(context);
    const shown = () => page.locator('#ref-busari_2017 .csl').evaluateAll((els) => els.filter((el) => getComputedStyle(el).display !== 'none').map((el) => el.getAttribute('data-style')));
    expect(await shown()).toEqual(['ama']);
    // Every style the library offers can be chosen (each needs its rule in global.css), then back to APA.
    await page.locator('input[name="citation-style"][value="ama"]').focus();
    for (const style of [...CITATION_STYLE_IDS.slice(1), 'ama']) {
      await page.keyboard.press('ArrowRight');
      expect(await shown()).toEqual([style]);
    }
    await page.keyboard.press('ArrowRight');
    expect(await shown()).toEqual(['apa']);
    expect(await page.locator('#ref-busari_2017').textContent()).toContain('Busari, J. O., Moll, F. M., & Duits, A. J. (2017).');
    await page.locator('sup.citation a').nth(1).hover();
    await expect.poll(() => page.locator('#citation-preview').textContent()).toMatch(/^2\. Busari, J\. O\., Moll, F\. M\., & Duits, A\. J\. \(2017\)/);
    await context.close();
  });

  it('switches the style without JavaScript too, where citations are plain links and copy buttons stay hidden', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const page = await open(context);
    await page.locator('label', { hasText: 'Harvard' }).click();
    const visible = await page.locator('#ref-davison_2022 .csl').evaluateAll((els) => els.filter((el) => getComputedStyle(el).display !== 'none').map((el) => el.textContent));
    expect(visible).toHaveLength(1);
    expect(visible[0]).toContain('Davison, E., Semlyen, J. and Lindqvist, S. (2022)');
    expect(await page.locator('button[data-copy]').first().isVisible()).toBe(false);
    await page.locator('sup.citation a').first().click();
    expect(new URL(page.url()).hash).toBe('#ref-garnweidner_holme_2022');
    await context.close();
  });

  it('copies the essay citation from the cite-this panel', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const page = await open(context);
    await page.locator('details.cite-panel summary').click();
    const button = page.locator('button[data-copy="cite-this-ama"]');
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('Citation copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await page.locator('#cite-this-ama').textContent())?.trim());
    expect(copied).toContain('Learning to learn from each other: the importance of interprofessional collaboration in healthcare. Interprofessional Learning Library. Published 22 November 2026.');
    await context.close();
  });

  it.each(['light', 'dark'] as const)('passes axe in the %s scheme with the cite panel open, another style chosen and a preview showing', async (colorScheme) => {
    const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 800 } });
    const page = await open(context);
    await page.locator('details.cite-panel summary').click();
    await page.locator('label', { hasText: 'Vancouver' }).click();
    await page.locator('sup.citation a').first().hover();
    await expect.poll(() => page.locator('#citation-preview').isVisible()).toBe(true);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    await context.close();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
