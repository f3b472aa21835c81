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
  return { count, width: Number(box?.[3] ?? 0) - Number(box?.[1] ?? 0), height: Number(box?.[4] ?? 0) - Number(box?.[2] ?? 0) };
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
    const shown = await dois.evaluateAll((links) => links.filter((a) => (a as HTMLElement).offsetParent !== null).length);
    expect(shown).toBe(3);
    expect(await visible('.style-switch')).toBe(false);
    expect(await visible('.cite-panel')).toBe(false);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(255, 255, 255)');
    await context.close();
  });

  it('prints the address of an external link after it', async () => {
    const { context, page } = await printed('/posters/communities-of-practice-preceptorship/');
    const after = await page.locator('#resources a[href^="http"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
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
});
