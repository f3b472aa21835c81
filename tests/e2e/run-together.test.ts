/**
 * Missing spaces: on every page, no word runs into a link or tag beside it ("see<a>who</a> learned",
 * "2026</time>· 2 min read", "from the<a>essays</a>"). A template line break before an inline element
 * is dropped by Astro's compiler, so a source that looks spaced can print words run together; this
 * reads every page as Chromium lays it out (tests/helpers/run-together.ts says how), with scripts on
 * and off, since each shows text the other hides (<noscript>, the theme switch).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { HAS_CHROMIUM, useChromium } from '../helpers/browser.ts';
import { runTogetherWords } from '../helpers/run-together.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';

describe.skipIf(!HAS_CHROMIUM)('words run together in Chromium', () => {
  const browser = useChromium();
  const baseUrl = inject('baseUrl');

  describe('the scan', () => {
    const scan = async (body: string) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.setContent(`<!doctype html><html lang="en"><body>${body}</body></html>`);
      const found = await runTogetherWords(page);
      await context.close();
      return found;
    };

    it.each([
      ['a word before a link', '<p>see<a href="#">who</a> learned</p>', '"see|who" at <a>'],
      ['a word after a link', '<p>see <a href="#">who</a>learned</p>', '"who|learned" at <a>'],
      [
        'a separator dot after a date',
        '<p>By a student · <time>22 November 2026</time>· 2 min read</p>',
        '"22 November 2026|· 2 min" at <time>',
      ],
      ['a word after a dot', '<p><a href="#">BibTeX</a> ·<a href="#">RIS</a></p>', '" ·|RIS" at <a>'],
      ['words in nested inline elements', '<p>the<strong><em>essays</em></strong></p>', '"the|essays" at <em>'],
      [
        'a word after an abbreviation',
        '<p>an <abbr title="Healthcare assistant">HCA</abbr>taught me</p>',
        '"HCA|taught me" at <abbr>',
      ],
    ])('finds %s', async (_case, body, expected) => {
      expect(await scan(body)).toEqual([expected]);
    });

    it.each([
      ['spaced links', '<p>see <a href="#">who</a> learned, from the <a href="#">essays</a>.</p>'],
      ['punctuation against a link', '<p>(<a href="#">link</a>), “<em>quoted</em>”: <a href="#">NHS</a>’s</p>'],
      ['a citation number', '<p>hierarchy<sup><a href="#">1</a></sup> and teamwork<sup>2,3</sup>.</p>'],
      ['separate blocks', '<div><p>One</p><p>Two</p></div><ul><li>Three</li><li>Four</li></ul>'],
      ['flex items', '<nav style="display:flex;gap:1rem"><a href="#">Essays</a><a href="#">Posters</a></nav>'],
      ['a line break', '<p>Line one<br>Line two</p>'],
      [
        'pills',
        '<p><a href="#" style="display:inline-block">Essays</a><a href="#" style="display:inline-block">Posters</a></p>',
      ],
      ['hidden text', '<p>Shown<span hidden>hidden</span> text<span style="display:none">gone</span></p>'],
    ])('passes %s', async (_case, body) => {
      expect(await scan(body)).toEqual([]);
    });
  });

  describe.each([
    ['with scripts', true],
    ['without scripts', false],
  ])('every page, %s', (_name, javaScriptEnabled) => {
    // One tab for every page (a context each would double the time on a two-core machine).
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser.newContext({ javaScriptEnabled });
      page = await context.newPage();
    });
    afterAll(async () => {
      await context?.close();
    });
    it.each([...sitemapPaths(), '/404.html'])(
      '%s has a space wherever a word meets a link or tag',
      async (sitePath) => {
        await page.goto(new URL(sitePath, baseUrl).href);
        expect(await runTogetherWords(page)).toEqual([]);
      },
    );
  });
});
