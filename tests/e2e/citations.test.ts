/**
 * Citations in real Chromium: previews by mouse and by keyboard (Escape dismisses, the preview never
 * covers the sentence it belongs to; it shows the chosen style with its italics and DOI link), the
 * style switch with and without JavaScript (in-text citations, list and order in all four styles),
 * the remembered style, and the cite-this panel (copy buttons, the reader's accessed date).
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { HAS_CHROMIUM, useChromium } from '../helpers/browser.ts';
import { CITATION_STYLE_IDS, formatStyleDate } from '../../src/lib/citations/styles.ts';

const ESSAY = '/essays/learning-to-learn-from-each-other/';
/** The sentence the second citation (Busari et al) belongs to, as the seed essay has it. */
const SENTENCE_START = 'Gaining a wider perspective';

type Rect = { left: number; top: number; right: number; bottom: number };
const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The line boxes of the sentence ending in the second citation, and of the citation itself. */
function sentenceBoxes(page: Page): Promise<Rect[]> {
  return page.evaluate((start) => {
    const cite = document.querySelectorAll('.cite')[1];
    const paragraph = cite?.closest('p');
    const text = [...(paragraph?.childNodes ?? [])].find(
      (n) => n.nodeType === Node.TEXT_NODE && n.textContent?.includes(start),
    );
    if (!cite || !text) throw new Error('sentence not found');
    const range = document.createRange();
    range.setStart(text, text.textContent?.indexOf(start) ?? 0);
    range.setEndAfter(cite);
    return [...range.getClientRects()].map(({ left, top, right, bottom }) => ({ left, top, right, bottom }));
  }, SENTENCE_START);
}

/** The links of the in-text citations in the style shown. */
const citationLinks = (page: Page) => page.locator('.cite a:visible');

/** What the reader sees of a piece's citations and bibliography: each citation's text, and the entries in order. */
function shownCitations(page: Page) {
  return page.evaluate(() => {
    const visible = (el: Element) => getComputedStyle(el).display !== 'none';
    const shownIn = (root: Element) =>
      [...root.querySelectorAll('[data-cite-style]')].filter((el) => getComputedStyle(el).display !== 'none');
    const marks = [...document.querySelectorAll('.cite')].map((cite) =>
      shownIn(cite)
        .map((el) => el.textContent ?? '')
        .join(''),
    );
    const lists = [...document.querySelectorAll('.bibliography > [data-cite-style]')].filter(
      (el) => getComputedStyle(el).display !== 'none',
    );
    const entries = lists.flatMap((list) =>
      [...list.children].map((li) => ({
        id: li.id,
        styles: [...li.querySelectorAll('.csl')].filter(visible).map((el) => el.getAttribute('data-cite-style')),
      })),
    );
    return { marks, lists: lists.map((list) => list.tagName), entries };
  });
}

/** The four styles as the seed essay shows them: its citations, then its entries in order. */
const EXPECTED = {
  ama: {
    marks: ['1', '2', '3'],
    lists: ['OL'],
    order: ['ref-garnweidner_holme_2022', 'ref-busari_2017', 'ref-davison_2022'],
  },
  apa: {
    marks: ['(Garnweidner-Holme & Almendingen, 2022)', '(Busari et al., 2017)', '(Davison et al., 2022)'],
    lists: ['UL'],
    order: ['ref-busari_2017--author-date', 'ref-davison_2022--author-date', 'ref-garnweidner_holme_2022--author-date'],
  },
  vancouver: {
    marks: ['(1)', '(2)', '(3)'],
    lists: ['OL'],
    order: ['ref-garnweidner_holme_2022', 'ref-busari_2017', 'ref-davison_2022'],
  },
  harvard: {
    marks: [
      '(Garnweidner-Holme and Almendingen, 2022)',
      '(Busari, Moll and Duits, 2017)',
      '(Davison, Semlyen and Lindqvist, 2022)',
    ],
    lists: ['UL'],
    order: ['ref-busari_2017--author-date', 'ref-davison_2022--author-date', 'ref-garnweidner_holme_2022--author-date'],
  },
} as const;

async function expectStyle(page: Page, style: keyof typeof EXPECTED) {
  const shown = await shownCitations(page);
  expect(shown.marks, style).toEqual(EXPECTED[style].marks);
  expect(shown.lists, style).toEqual(EXPECTED[style].lists);
  expect(
    shown.entries.map((e) => e.id),
    style,
  ).toEqual(EXPECTED[style].order);
  for (const entry of shown.entries) expect(entry.styles, `${style} ${entry.id}`).toEqual([style]);
}

/**
 * A wide screen with room for the preview in the margin, but below 1200 px: from there the margin
 * holds each paragraph's notes, and a citation shows no preview (tests/e2e/reading-design.test.ts).
 */
const WIDE = 1100;

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
    ['a wide screen (preview in the margin)', WIDE],
    ['a phone (preview beside the sentence)', 390],
  ])('on %s', (_name, width) => {
    it('previews a citation on hover without covering its sentence, stays while the pointer moves onto it, and goes when it leaves', async () => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await open(context);
      const link = citationLinks(page).nth(1);
      await link.scrollIntoViewIfNeeded();
      await link.hover();
      const preview = page.locator('#citation-preview');
      await expect.poll(() => preview.isVisible()).toBe(true);
      expect(await preview.textContent()).toMatch(/^2\. Busari JO, Moll FM, Duits AJ\. Understanding the impact/);
      // The entry as the list shows it: the journal in italics, the DOI a link.
      expect(await preview.locator('i').first().textContent()).toBe('J Multidiscip Healthc');
      expect(await preview.locator('a').first().getAttribute('href')).toBe('https://doi.org/10.2147/JMDH.S140042');
      expect(await preview.getAttribute('role')).toBe('tooltip');
      expect(await link.getAttribute('aria-describedby')).toBe('citation-preview');

      const box = await previewBox(page);
      for (const line of await sentenceBoxes(page))
        expect(overlaps(box, line), JSON.stringify({ box, line })).toBe(false);
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
    const context = await browser.newContext({ viewport: { width: WIDE, height: 800 } });
    const page = await open(context);
    let focused = '';
    for (let i = 0; i < 40 && !focused.startsWith('#ref-'); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() =>
        document.activeElement?.closest('.cite') ? (document.activeElement.getAttribute('href') ?? '') : '',
      );
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
      focused = await page.evaluate(() =>
        document.activeElement?.closest('.cite') ? (document.activeElement.getAttribute('href') ?? '') : '',
      );
    }
    expect(focused).toBe('#ref-busari_2017');
    await expect.poll(() => preview.textContent()).toMatch(/^2\. Busari/);
    await context.close();
  });

  it('switches every style with the keyboard: in-text citations, lists and their order follow, and so do previews', async () => {
    const context = await browser.newContext({ viewport: { width: WIDE, height: 800 } });
    const page = await open(context);
    await expectStyle(page, 'ama');
    // Every style the library offers can be chosen (each needs its rule in global.css), then back to APA.
    await page.locator('input[name="citation-style"][value="ama"]').focus();
    for (const style of [...CITATION_STYLE_IDS.slice(1), 'ama'] as const) {
      await page.keyboard.press('ArrowRight');
      await expectStyle(page, style);
    }
    await page.keyboard.press('ArrowRight');
    await expectStyle(page, 'apa');
    expect(await page.locator('#ref-busari_2017--author-date').textContent()).toContain(
      'Busari, J. O., Moll, F. M., & Duits, A. J. (2017).',
    );
    await citationLinks(page).nth(1).hover();
    const preview = page.locator('#citation-preview');
    await expect
      .poll(() => preview.textContent())
      .toMatch(/^Busari, J\. O\., Moll, F\. M\., & Duits, A\. J\. \(2017\)/);
    expect(await preview.locator('i').first().textContent()).toBe('Journal of Multidisciplinary Healthcare');
    expect(await preview.locator('a').first().getAttribute('href')).toBe('https://doi.org/10.2147/JMDH.S140042');
    await context.close();
  });

  it('remembers the chosen style: on the next visit the citations are in it before any interaction', async () => {
    const context = await browser.newContext({ viewport: { width: WIDE, height: 800 } });
    const page = await open(context);
    await page.locator('label', { hasText: 'Harvard' }).click();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('citation-style'))).toBe('harvard');
    await page.reload();
    // No pointer, key or focus yet: the boot script alone has applied it.
    expect(await page.evaluate(() => document.documentElement.dataset.citationStyle)).toBe('harvard');
    await expectStyle(page, 'harvard');
    expect(await page.evaluate(() => [...document.scripts].filter((s) => s.src).length)).toBe(0);
    // Once the module runs, the radio group says so too.
    await page.mouse.move(10, 10);
    await expect.poll(() => page.locator('input[name="citation-style"]:checked').getAttribute('value')).toBe('harvard');
    await context.close();
  });

  it('keeps a choice made by the first interaction, before the module that remembers styles has loaded', async () => {
    const context = await browser.newContext({ viewport: { width: WIDE, height: 800 } });
    await context.addInitScript(() => localStorage.setItem('citation-style', 'apa'));
    const page = await open(context);
    await expectStyle(page, 'apa');
    await page.locator('input[name="citation-style"][value="vancouver"]').click();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('citation-style'))).toBe('vancouver');
    await expectStyle(page, 'vancouver');
    await context.close();
  });

  it('switches the style without JavaScript too, where citations are plain links and copy buttons stay hidden', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: WIDE, height: 800 } });
    const page = await open(context);
    for (const style of ['harvard', 'vancouver', 'apa', 'ama'] as const) {
      await page.locator(`input[name="citation-style"][value="${style}"]`).check();
      await expectStyle(page, style);
    }
    await page.locator('input[name="citation-style"][value="harvard"]').check();
    expect(await page.locator('#ref-davison_2022--author-date').textContent()).toContain(
      'Davison, E., Semlyen, J. and Lindqvist, S. (2022)',
    );
    expect(await page.locator('button[data-copy]').first().isVisible()).toBe(false);
    await citationLinks(page).first().click();
    expect(new URL(page.url()).hash).toBe('#ref-garnweidner_holme_2022--author-date');
    await context.close();
  });

  it('copies the essay citation from the cite-this panel', async () => {
    const context = await browser.newContext({ viewport: { width: WIDE, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const page = await open(context);
    await page.locator('details.cite-panel summary').click();
    const button = page.locator('button[data-copy="cite-this-ama"]');
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('Citation copied.');
    // Said beside the button too, for the eye (the status line is for screen readers), then gone.
    const feedback = page.locator('button[data-copy="cite-this-ama"] + [data-copy-feedback]');
    await expect.poll(() => feedback.isVisible()).toBe(true);
    expect(await feedback.textContent()).toBe('Copied');
    expect(await feedback.getAttribute('aria-hidden')).toBe('true');
    await expect.poll(() => feedback.count(), { timeout: 8000 }).toBe(0);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await page.locator('#cite-this-ama').textContent())?.trim());
    // AMA's American date form; no publication date (the essay appeared elsewhere first, date unknown);
    // accessed today, as the reader's clock has it.
    const today = await page.evaluate(() => {
      const now = new Date();
      return [now.getFullYear(), now.getMonth(), now.getDate()];
    });
    const accessed = formatStyleDate(new Date(Date.UTC(today[0] ?? 0, today[1] ?? 0, today[2] ?? 0)), 'us');
    expect(copied).toBe(
      `Learning to learn from each other: the importance of interprofessional collaboration in healthcare. Interprofessional Learning Library. Accessed ${accessed}. https://ipl-library.github.io/essays/learning-to-learn-from-each-other/`,
    );
    await context.close();
  });

  it.each([
    ["the bibliography's ↩ link", (page: Page) => page.locator('[id="ref-garnweidner_holme_2022"] a.backlink').tap()],
    ["the browser's Back", (page: Page) => page.goBack()],
  ])(
    "on a phone, a tapped citation's preview closes when the reader goes to the bibliography and does not come back with %s",
    async (_how, goBack) => {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        hasTouch: true,
        isMobile: true,
      });
      // A slow connection: the module arrives only after the reader has tapped on and come back, which
      // must not bring back a preview for the tap that woke it.
      await context.route('**/scripts/citations.js', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue();
      });
      const page = await open(context);
      const link = citationLinks(page).first();
      await link.scrollIntoViewIfNeeded();
      const arrived = page.waitForResponse((response) => response.url().endsWith('/scripts/citations.js'));
      // The first tap wakes the enhancements (and shows the preview), as a reader's touch would.
      await link.tap();
      await expect.poll(() => new URL(page.url()).hash).toBe('#ref-garnweidner_holme_2022');
      const preview = page.locator('#citation-preview');
      expect(await preview.isVisible()).toBe(false);
      await goBack(page);
      await expect.poll(() => new URL(page.url()).hash).not.toBe('#ref-garnweidner_holme_2022');
      await arrived;
      await page.waitForTimeout(400);
      expect(await preview.isVisible()).toBe(false);
      // And a second tap, with the module loaded, does the same.
      await link.tap();
      await expect.poll(() => new URL(page.url()).hash).toBe('#ref-garnweidner_holme_2022');
      await goBack(page);
      await page.waitForTimeout(400);
      expect(await preview.isVisible()).toBe(false);
      await context.close();
    },
  );

  it.each(['light', 'dark'] as const)(
    'passes axe in the %s scheme with the cite panel open, another style chosen and a preview showing',
    async (colorScheme) => {
      const context = await browser.newContext({ colorScheme, viewport: { width: WIDE, height: 800 } });
      const page = await open(context);
      await page.locator('details.cite-panel summary').click();
      await page.locator('label', { hasText: 'Vancouver' }).click();
      await citationLinks(page).first().hover();
      await expect.poll(() => page.locator('#citation-preview').isVisible()).toBe(true);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      await context.close();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    },
  );
});
