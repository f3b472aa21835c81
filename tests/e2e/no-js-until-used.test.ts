/** Reading pages fetch no JavaScript on load or at idle: scripts arrive only when the reader interacts. */
import { describe, expect, inject, it } from 'vitest';
import { HAS_CHROMIUM, useChromium } from '../helpers/browser.ts';

describe.skipIf(!HAS_CHROMIUM)('JavaScript on reading pages', () => {
  const browser = useChromium();
  const baseUrl = inject('baseUrl');
  it.each(['/essays/learning-to-learn-from-each-other/', '/posters/communities-of-practice-preceptorship/', '/'])(
    '%s requests no script on load or in the two seconds after',
    async (sitePath) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script' || /\.m?js(\?|$)/.test(request.url())) scripts.push(request.url());
      });
      await page.goto(new URL(sitePath, baseUrl).href, { waitUntil: 'networkidle' });
      await page.waitForTimeout(2000);
      await context.close();
      expect(scripts).toEqual([]);
    },
  );
});
