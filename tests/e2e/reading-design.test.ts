/**
 * The design pass of issue 17 in real Chromium: paragraph links that neither clutter the text nor
 * cost a keyboard user a Tab press each, margin notes beside their paragraph on a wide screen (and
 * not on a phone, nor on paper), and poster panels whose colours keep AA contrast in both themes.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { HAS_CHROMIUM, useChromium } from '../helpers/browser.ts';

const ESSAY = '/essays/learning-to-learn-from-each-other/';
const POSTER = '/posters/communities-of-practice-preceptorship/';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Press Tab until focus is in a citation; the stops on the way (class or tag of each). */
async function tabToFirstCitation(page: Page): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return 'body';
      return el.closest('.cite') ? 'citation' : `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
    });
    stops.push(stop);
    if (stop === 'citation') return stops;
  }
  throw new Error(`No citation reached by Tab: ${stops.join(', ')}`);
}

const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

describe.skipIf(!HAS_CHROMIUM)('reading design (issue 17)', () => {
  const browser = useChromium();
  const baseUrl = inject('baseUrl');

  it("reaches the first citation in a few Tab presses: the paragraphs' ¶ links are one tab stop, not one each", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(new URL(ESSAY, baseUrl).href);
    const stops = await tabToFirstCitation(page);
    // The page's own stops before the text (skip link, header, theme) are the header's business; in the
    // text, the first paragraph's ¶ and the links before the citation (a glossary term) are all there is.
    const header = await page.evaluate(() => {
      const prose = document.querySelector('main .prose');
      const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input, summary')].filter(
        (el) => el.tabIndex >= 0 && (el.offsetParent !== null || el.matches('.skip-link')),
      );
      return all.filter((el) => prose && prose.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING).length;
    });
    const inText = stops.slice(header);
    expect(inText.filter((s) => s.includes('paragraph-link'))).toHaveLength(1);
    expect(inText.length, stops.join(', ')).toBeLessThanOrEqual(3);
    // From the skip link: Tab, Enter, then three presses (the essay had 21 in all before issue 17).
    await page.goto(new URL(ESSAY, baseUrl).href);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
    await page.keyboard.press('Enter');
    expect((await tabToFirstCitation(page)).length).toBeLessThanOrEqual(3);
    await context.close();
  });

  it("moves between paragraphs' ¶ links with the arrow keys, and Tab comes back to the last one used", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(new URL(ESSAY, baseUrl).href);
    for (let i = 0; i < 40 && (await focusedLabel(page)) !== 'Link to paragraph 1'; i++)
      await page.keyboard.press('Tab');
    expect(await focusedLabel(page)).toBe('Link to paragraph 1');
    // The hint shows once the enhancement has loaded (the Tab presses woke it).
    await expect
      .poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-paragraph-keys')))
      .toBe(true);
    expect(
      await page.evaluate(() => getComputedStyle(document.activeElement as Element, '::before').content),
    ).toContain('other paragraphs');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focusedLabel(page)).toBe('Link to paragraph 3');
    await page.keyboard.press('ArrowUp');
    expect(await focusedLabel(page)).toBe('Link to paragraph 2');
    const count = await page.locator('a.paragraph-link').count();
    await page.keyboard.press('End');
    expect(await focusedLabel(page)).toBe(`Link to paragraph ${count}`);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    // Still one tab stop, now paragraph 2's: away and back again lands on it.
    expect(await page.locator('a.paragraph-link:not([tabindex="-1"])').count()).toBe(1);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedLabel(page)).toBe('Link to paragraph 2');
    await context.close();
  });

  it('shows a ¶ only on hover or focus where the device can hover, and always on a touch screen', async () => {
    const opacityOf = (page: Page, n: number) =>
      page
        .locator('a.paragraph-link')
        .nth(n)
        .evaluate((el) => getComputedStyle(el).opacity);
    const desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await desktop.newPage();
    await page.goto(new URL(ESSAY, baseUrl).href);
    const third = page.locator('.prose > p[id]').nth(2);
    await third.scrollIntoViewIfNeeded();
    await page.mouse.move(2, 2);
    expect(await opacityOf(page, 2)).toBe('0');
    await third.hover();
    expect(await opacityOf(page, 2)).toBe('1');
    expect(await opacityOf(page, 1)).toBe('0');
    await desktop.close();

    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const touch = await phone.newPage();
    await touch.goto(new URL(ESSAY, baseUrl).href);
    expect(await touch.evaluate(() => matchMedia('(hover: hover)').matches)).toBe(false);
    expect(await opacityOf(touch, 2)).toBe('1');
    await phone.close();
  });

  it("puts each paragraph's notes beside it at 1280 px, clear of the text and of each other, with no shift and nothing off the page", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(new URL(ESSAY, baseUrl).href);
    const placed = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.prose > p > .margin-notes')].map((notes) => {
        const p = notes.parentElement as HTMLElement;
        // The paragraph's text: its lines, not the float.
        const range = document.createRange();
        range.setStartAfter(notes);
        range.setEnd(p, p.childNodes.length);
        const text = range.getBoundingClientRect();
        const box = notes.getBoundingClientRect();
        return {
          id: p.id,
          visible: getComputedStyle(notes).display !== 'none',
          left: box.left,
          right: box.right,
          top: box.top,
          bottom: box.bottom,
          textRight: text.right,
          textTop: text.top,
          textBottom: text.bottom,
        };
      }),
    );
    expect(placed.length).toBeGreaterThanOrEqual(3);
    for (const note of placed) {
      expect(note.visible, note.id).toBe(true);
      expect(note.left, note.id).toBeGreaterThan(note.textRight + 16);
      expect(note.right, note.id).toBeLessThanOrEqual(1280);
      // Beside its paragraph: it starts level with the paragraph's first line (or lower, when the notes above run long).
      expect(note.top, note.id).toBeGreaterThanOrEqual(note.textTop - 1);
    }
    const first = placed[0];
    expect(first && first.top - first.textTop).toBeLessThan(12);
    for (let i = 1; i < placed.length; i++)
      expect(placed[i]?.top ?? 0).toBeGreaterThanOrEqual(placed[i - 1]?.bottom ?? 0);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
    // Nothing moved while the page loaded and settled (the notes are placed by CSS alone).
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number }>) total += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 500);
        }),
    );
    expect(shift).toBe(0);
    // A citation whose note is beside it shows no preview over the margin.
    const citation = page.locator('.cite a:visible').first();
    await citation.scrollIntoViewIfNeeded();
    await citation.hover();
    await page.waitForTimeout(400);
    expect(await page.locator('#citation-preview').isVisible()).toBe(false);
    await context.close();
  });

  it('keeps the page within 1200 px with its notes, and shows no notes on a phone or on paper', async () => {
    const wide = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await wide.newPage();
    await page.goto(new URL(ESSAY, baseUrl).href);
    expect(await page.locator('.margin-notes').first().isVisible()).toBe(true);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.margin-notes:visible').count()).toBe(0);
    expect(await page.locator('.bibliography ol:visible li').count()).toBeGreaterThan(0);
    await wide.close();

    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const small = await phone.newPage();
    await small.goto(new URL(ESSAY, baseUrl).href);
    expect(await small.locator('.margin-notes').count()).toBeGreaterThan(0);
    expect(await small.locator('.margin-notes:visible').count()).toBe(0);
    await phone.close();
  });

  it.each(['light', 'dark'] as const)(
    'passes axe at 1280 px with the margin notes showing, %s scheme',
    async (colorScheme) => {
      const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(new URL(ESSAY, baseUrl).href);
      expect(await page.locator('.margin-notes').first().isVisible()).toBe(true);
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      await context.close();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    },
  );

  it.each(['light', 'dark'] as const)(
    'gives each poster panel kind its own tint, with AA contrast for its heading and text, %s scheme',
    async (colorScheme) => {
      const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(new URL(POSTER, baseUrl).href);
      const panels = await page.evaluate(() => {
        const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const luminance = (colour: string) => {
          const [r = 0, g = 0, b = 0] = rgb(colour).map((c) => {
            const v = c / 255;
            return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const contrast = (a: string, b: string) => {
          const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
          return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
        };
        return [...document.querySelectorAll<HTMLElement>('.poster .panel')].map((panel) => {
          const background = getComputedStyle(panel).backgroundColor;
          const heading = panel.querySelector('h2');
          const text = panel.querySelector('p, li') as HTMLElement;
          return {
            kind: [...panel.classList].find((c) => c.startsWith('panel-')),
            background,
            heading: heading ? contrast(getComputedStyle(heading).color, background) : undefined,
            text: contrast(getComputedStyle(text).color, background),
            links: [...panel.querySelectorAll('a')].map((a) => contrast(getComputedStyle(a).color, background)),
          };
        });
      });
      await context.close();
      // The poster's own panels (the "For educators" panel below them is the site's, in the site's panel colour).
      const kinds = new Map(panels.filter((p) => p.kind).map((p) => [p.kind, p.background]));
      expect([...kinds.keys()].sort()).toEqual([
        'panel-approach',
        'panel-conclusion',
        'panel-objective',
        'panel-quote',
        'panel-resources',
        'panel-results',
      ]);
      expect(new Set(kinds.values()).size).toBe(kinds.size);
      for (const panel of panels) {
        if (panel.heading !== undefined) expect(panel.heading, panel.kind).toBeGreaterThanOrEqual(4.5);
        expect(panel.text, panel.kind).toBeGreaterThanOrEqual(4.5);
        for (const link of panel.links) expect(link, panel.kind).toBeGreaterThanOrEqual(4.5);
      }
    },
  );
});
