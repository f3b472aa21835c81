/**
 * Print stylesheets in Chromium: an essay prints as clean text with its bibliography and link
 * addresses; a poster prints on exactly one landscape page; a reading list prints without the site's
 * navigation.
 */
import { describe, expect, inject, it } from 'vitest';
import { HAS_CHROMIUM, useChromium } from '../helpers/browser.ts';

/** Pages in a PDF and the size of the first, from its page objects. */
function pdfPages(pdf: Buffer): { count: number; width: number; height: number } {
  const text = pdf.toString('latin1');
  const count = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
  return {
    count,
    width: Number(box?.[3] ?? 0) - Number(box?.[1] ?? 0),
    height: Number(box?.[4] ?? 0) - Number(box?.[2] ?? 0),
  };
}

describe.skipIf(!HAS_CHROMIUM)('printing in Chromium', () => {
  const browser = useChromium();
  const baseUrl = inject('baseUrl');
  async function printed(path: string) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL(path, baseUrl).href);
    await page.emulateMedia({ media: 'print' });
    return { context, page };
  }

  it('prints an essay as its text and bibliography, without navigation, paragraph links or the theme switch', async () => {
    const { context, page } = await printed('/essays/learning-to-learn-from-each-other/');
    const visible = async (selector: string) => page.locator(selector).first().isVisible();
    expect(await visible('body > header')).toBe(false);
    expect(await visible('body > footer')).toBe(false);
    expect(await visible('.anchor-link')).toBe(false);
    expect(await visible('.theme-switch')).toBe(false);
    expect(await visible('[data-read-next]')).toBe(false);
    expect(await visible('.prose p')).toBe(true);
    expect(await visible('#references-heading')).toBe(true);
    // The default style's entries print (the other styles stay hidden, as on screen); the style switch does not.
    const dois = page.locator('#references-heading ~ ol a[href^="https://doi.org/"]');
    const shown = await dois.evaluateAll(
      (links) => links.filter((a) => (a as HTMLElement).offsetParent !== null).length,
    );
    expect(shown).toBe(3);
    expect(await visible('.style-switch')).toBe(false);
    expect(await visible('.cite-panel')).toBe(false);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
      'rgb(255, 255, 255)',
    );
    await context.close();
  });

  it('prints the address of an external link after it', async () => {
    const { context, page } = await printed('/posters/communities-of-practice-preceptorship/');
    const after = await page
      .locator('#resources a[href^="http"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toBe('" <http://www.interprofessionalalberta.ca/>"');
    await context.close();
  });

  it('fits a poster on one landscape page', async () => {
    const { context, page } = await printed('/posters/communities-of-practice-preceptorship/');
    const pdf = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(pdf.count).toBe(1);
    expect(pdf.width).toBeGreaterThan(pdf.height);
    await context.close();
  });

  it('prints an essay on portrait pages', async () => {
    const { context, page } = await printed('/essays/learning-to-learn-from-each-other/');
    const pdf = pdfPages(await page.pdf({ preferCSSPageSize: true, format: 'A4' }));
    expect(pdf.count).toBeGreaterThanOrEqual(1);
    expect(pdf.height).toBeGreaterThan(pdf.width);
    await context.close();
  });

  it('prints a reading list with each piece’s address and the bibliography, without the site chrome', async () => {
    const { context, page } = await printed('/reading-lists/learning-each-others-roles/');
    expect(await page.locator('body > header').isVisible()).toBe(false);
    expect(await page.locator('.no-print').first().isVisible()).toBe(false);
    expect(await page.locator('.print-url').first().isVisible()).toBe(true);
    expect(await page.locator('[data-combined-bibliography] li').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('prints the seed reading list (two pieces, three references) on one page, not with its last reference alone on a second', async () => {
    const { context, page } = await printed('/reading-lists/learning-each-others-roles/');
    expect(await page.locator('[data-combined-bibliography] > li').count()).toBe(3);
    const pdf = pdfPages(await page.pdf({ preferCSSPageSize: true, format: 'A4' }));
    expect(pdf.count).toBe(1);
    await context.close();
  });

  it('lets a long reading list run on to the next page inside an entry, keeping two lines either side, and keeps headings with what follows', async () => {
    const { context, page } = await printed('/reading-lists/learning-each-others-roles/');
    const styles = await page.evaluate(() => {
      const style = (selector: string) => {
        const s = getComputedStyle(document.querySelector(selector)!);
        return { breakInside: s.breakInside, breakAfter: s.breakAfter, orphans: s.orphans, widows: s.widows };
      };
      return {
        entry: style('[data-combined-bibliography] > li'),
        item: style('[data-reading-list] > li'),
        heading: style('#bibliography-heading'),
      };
    });
    expect(styles.entry).toMatchObject({ breakInside: 'auto', orphans: '2', widows: '2' });
    expect(styles.item).toMatchObject({ breakInside: 'auto', orphans: '2', widows: '2' });
    expect(styles.heading.breakAfter).toBe('avoid');
    await context.close();
  });

  it('shows a reading list’s full addresses on paper only: on a phone screen the titles are the links', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await context.newPage();
    await page.goto(new URL('/reading-lists/learning-each-others-roles/', baseUrl).href);
    const items = page.locator('[data-reading-list] > li');
    expect(await items.count()).toBe(2);
    expect(
      await page
        .locator('.print-url')
        .evaluateAll((spans) => spans.filter((s) => (s as HTMLElement).checkVisibility()).length),
    ).toBe(0);
    expect(
      await items
        .locator('h2 a')
        .evaluateAll((links) =>
          links.every((a) => (a as HTMLElement).checkVisibility() && a.getAttribute('href')?.startsWith('/')),
        ),
    ).toBe(true);
    // Nothing in the list is wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.print-url').first().isVisible()).toBe(true);
    expect(await page.locator('.print-url').first().textContent()).toMatch(/^https:\/\/.+\/(essays|posters)\/.+\/$/);
    await context.close();
  });
});
