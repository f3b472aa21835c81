/** Copy a paragraph's link with the keyboard alone: Tab to its ¶ link, press Enter, and the address is on the clipboard. */
import { describe, expect, inject, it } from 'vitest';
import { HAS_CHROMIUM, useChromium } from '../helpers/browser.ts';

const ESSAY = '/essays/learning-to-learn-from-each-other/';

describe.skipIf(!HAS_CHROMIUM)('paragraph links in Chromium', () => {
  const browser = useChromium();
  const baseUrl = inject('baseUrl');
  it('reaches a visible ¶ link by keyboard, and Enter copies the paragraph address and goes there', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const page = await context.newPage();
    await page.goto(new URL(ESSAY, baseUrl).href);
    let focused = '';
    for (let i = 0; i < 60 && !focused.includes('anchor-link'); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.className ?? '');
    }
    expect(focused).toContain('anchor-link');
    const link = await page.evaluate(() => {
      const el = document.activeElement as HTMLAnchorElement;
      const box = el.getBoundingClientRect();
      return {
        href: el.getAttribute('href') ?? '',
        width: box.width,
        height: box.height,
        label: el.getAttribute('aria-label'),
        parent: el.parentElement?.id,
      };
    });
    expect(link.label).toBe('Link to paragraph 1');
    expect(link.href).toBe(`#${link.parent}`);
    expect(link.width).toBeGreaterThanOrEqual(24);
    expect(link.height).toBeGreaterThanOrEqual(24);
    await page.keyboard.press('Enter');
    const expected = new URL(`${ESSAY}${link.href}`, baseUrl).href;
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    expect(page.url()).toBe(expected);
    await expect
      .poll(() => page.evaluate(() => document.querySelector('[role="status"][data-copy-link-status]')?.textContent))
      .toBe(`Link copied: ${expected}`);
    await context.close();
  });

  it('opens a pasted paragraph link at that paragraph', async () => {
    const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
    const page = await context.newPage();
    await page.goto(new URL(ESSAY, baseUrl).href);
    const last = await page.evaluate(() => [...document.querySelectorAll('.prose p[id]')].at(-1)?.id);
    await page.goto(new URL(`${ESSAY}#${last}`, baseUrl).href);
    const top = await page.evaluate((id) => document.getElementById(id ?? '')?.getBoundingClientRect().top ?? -1, last);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(600);
    await context.close();
  });
});
