/**
 * The writing page (/contribute/write/) in Chromium: a writer fills in the form by keyboard alone,
 * sees a confidentiality finding and an unknown-term finding at the right lines, fixes both, and
 * exports the file, which passes the content check byte for byte and builds; the GitHub address is
 * well formed and the fallback takes over above the limit; the draft survives a reload; no request
 * leaves the page before "Open a pull request"; the body's preview is in the site's prose styles and
 * shows nothing of a hostile body that could run; axe is clean with findings, the error summary and
 * the preview showing, in light and dark.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { SITE } from '../../src/site.ts';
import { STORAGE_KEY } from '../../src/lib/write/page.ts';
import { URL_LIMIT } from '../../src/lib/write/propose.ts';
import { HAS_CHROMIUM, useChromium } from '../helpers/browser.ts';
import { PROJECT_ROOT, runAstroBuild, TEST_DIR } from '../helpers/site.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCRATCH = path.join(TEST_DIR, 'write-page');
const SLUG = 'asking-before-taking-blood';

afterAll(() => rmSync(SCRATCH, { recursive: true, force: true }));

/** Press Tab until the focused element matches `selector` (keyboard only; fails after 120 presses). */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The 1-based line of the preview (the file) that contains `text`. */
async function fileLine(page: Page, text: string): Promise<number> {
  const file = (await page.locator('[data-preview]').textContent()) ?? '';
  return file.split('\n').findIndex((line) => line.includes(text)) + 1;
}

/** Wait for the check to have run on the form as it is now. */
async function checked(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('[data-check-status]').textContent(), { timeout: 20_000 })
    .not.toMatch(/Checking|runs when/);
}

const BODY_WITH_NAME =
  '## Description\n\nOn 14 March 2023 I took blood from Mrs Patel with a healthcare assistant beside me.\n\n## Conclusion\n\nI learned to ask before assuming [@busari_2017].';
const BODY = BODY_WITH_NAME.replace('On 14 March 2023', 'On my second placement').replace('Mrs Patel', 'a patient');

describe.skipIf(!HAS_CHROMIUM)('the writing page', () => {
  const browser = useChromium();
  const baseUrl = inject('baseUrl');
  const url = new URL('/contribute/write/', baseUrl).href;

  async function open(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('[data-write][data-ready]').waitFor({ state: 'attached' });
    return page;
  }

  it('is filled in by keyboard; findings show at their lines and go once fixed; the export passes the check and builds; the draft survives a reload; nothing is sent before "Open a pull request"', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const requests: Request[] = [];
    context.on('request', (request) => requests.push(request));
    await context.route('https://github.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>GitHub</title>' }),
    );
    const page = await open(context);
    const kb = page.keyboard;

    await tabTo(page, '#write-title');
    await kb.type('Asking before taking blood');
    await tabTo(page, '#write-summary');
    await kb.type('A medical student learns to ask a healthcare assistant before taking blood.');
    await tabTo(page, '#write-author-role');
    await kb.type('Medical student');
    await tabTo(page, '[data-term-input="professions"]');
    await kb.type('medical-student');
    await kb.press('Enter');
    await kb.type('healthcare-assistant');
    await kb.press('Enter');
    await tabTo(page, '[data-term-input="topics"]');
    await kb.type('teamwrk');
    await kb.press('Enter');
    await tabTo(page, 'input[name="anonymised"]');
    await kb.press('Space');
    await tabTo(page, 'input[name="consentStatus"]');
    // From "Not yet in place" up to "Not needed".
    await kb.press('ArrowUp');
    await kb.press('ArrowUp');
    await tabTo(page, '#write-consent-note');
    await kb.type('No patient or colleague could recognise themselves.');
    await tabTo(page, '#write-body');
    await kb.press('ControlOrMeta+A');
    await kb.insertText(BODY_WITH_NAME);
    await checked(page);

    // The unknown term, at the topics line, with its suggestion.
    const term = page.locator('[data-findings] li[data-rule="term/unknown"]');
    await expect.poll(() => term.count()).toBe(1);
    expect(await term.getAttribute('data-line')).toBe(String(await fileLine(page, 'topics: [teamwrk]')));
    expect(await term.getAttribute('data-field')).toBe('terms.topics');
    expect(await term.textContent()).toContain('did you mean teamwork');
    // The full date (an error) and the patient's name (a warning), at their line in the body.
    const line = String(await fileLine(page, 'Mrs Patel'));
    for (const rule of ['confidentiality/date', 'confidentiality/title-surname']) {
      const finding = page.locator(`[data-findings] li[data-rule="${rule}"]`);
      expect(await finding.count(), rule).toBe(1);
      expect(await finding.getAttribute('data-line')).toBe(line);
      expect(await finding.getAttribute('data-field')).toBe('body');
      expect(await finding.textContent()).toMatch(/^Your text, line 3 \(file line \d+\): /);
    }

    // The error summary when proposing now: focused, listing both; GitHub is not opened.
    await tabTo(page, '[data-propose]');
    await kb.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches('[data-error-summary]'))).toBe(true);
    expect(await page.locator('[data-error-summary] li').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('teamwrk'), expect.stringMatching(/^Your text, line 3 .*date/)]),
    );

    // Fix both, by keyboard.
    await page.keyboard.press('Shift+Tab');
    await tabTo(page, 'button[aria-label="Remove teamwrk from Topics"]');
    await kb.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-term-input'))).toBe('topics');
    await kb.type('teamwork');
    await kb.press('Enter');
    await tabTo(page, '#write-body');
    await kb.press('ControlOrMeta+A');
    await kb.insertText(BODY);
    await checked(page);
    await expect.poll(() => page.locator('[data-check-status]').textContent()).toContain('finds nothing to change');
    expect(await page.locator('[data-findings] li').count()).toBe(0);

    // Export.
    await tabTo(page, '[data-download]');
    const [download] = await Promise.all([page.waitForEvent('download'), kb.press('Enter')]);
    expect(download.suggestedFilename()).toBe(`${SLUG}.mdx`);
    const exported = readFileSync(await download.path(), 'utf8');
    expect(exported).toBe(await page.locator('[data-preview]').textContent());

    // Nothing has left the page: only the page and its own files, from the site, fetched.
    const origin = new URL(baseUrl).origin;
    expect(
      requests
        .filter((r) => new URL(r.url()).origin !== origin || r.method() !== 'GET')
        .map((r) => `${r.method()} ${r.url()}`),
    ).toEqual([]);

    // The draft survives a reload.
    await page.reload();
    await page.locator('[data-write][data-ready]').waitFor({ state: 'attached' });
    expect(await page.locator('#write-title').inputValue()).toBe('Asking before taking blood');
    expect(await page.locator('#write-body').inputValue()).toBe(BODY);
    expect(await page.locator('[data-terms="topics"] li').allTextContents()).toEqual([
      expect.stringContaining('teamwork'),
    ]);
    expect(await page.locator('[data-preview]').textContent()).toBe(exported);

    // Open a pull request: GitHub's new-file page, in the library's repository, with the file filled in.
    await tabTo(page, '[data-propose]');
    const [github] = await Promise.all([context.waitForEvent('page'), kb.press('Enter')]);
    await github.waitForLoadState('domcontentloaded');
    const target = new URL(github.url());
    expect(`${target.origin}${target.pathname}`).toBe(`${SITE.repository}/new/${SITE.branch}`);
    expect(target.searchParams.get('filename')).toBe(`content/essays/${SLUG}.mdx`);
    expect(target.searchParams.get('value')).toBe(exported);
    expect(github.url().length).toBeLessThanOrEqual(URL_LIMIT);
    await context.close();

    // The exported file, byte for byte, passes the content check and builds, beside the work it cites.
    // (Only those two files: a copy of the whole library would share its entries' ids, and Astro's
    // content cache would then keep this folder's paths for the main build's pieces.)
    rmSync(SCRATCH, { recursive: true, force: true });
    const content = path.join(SCRATCH, 'content');
    mkdirSync(path.join(content, 'essays'), { recursive: true });
    mkdirSync(path.join(content, 'references'), { recursive: true });
    cpSync(
      path.join(PROJECT_ROOT, 'content/references/busari_2017.yaml'),
      path.join(content, 'references/busari_2017.yaml'),
    );
    writeFileSync(path.join(content, 'essays', `${SLUG}.mdx`), exported);
    const { problems } = await checkContent({ projectRoot: PROJECT_ROOT, contentDir: content });
    expect(problems.filter((p) => p.severity !== 'note')).toEqual([]);
    const outDir = path.join(SCRATCH, 'dist');
    const build = runAstroBuild(outDir, { IPL_CONTENT_DIR: content });
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    expect(readFileSync(path.join(outDir, 'essays', SLUG, 'index.html'), 'utf8')).toContain(
      'Asking before taking blood',
    );
  }, 240_000);

  it('above the length limit: copies the file, downloads it, and opens the new-file page with only the name', async () => {
    const context = await browser.newContext({
      acceptDownloads: true,
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await context.route('https://github.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>GitHub</title>' }),
    );
    const long = `## Description\n\n${'I learned to ask the healthcare assistant first, and to listen. '.repeat(140)}`;
    await context.addInitScript(
      ([key, draft]) => {
        if (!sessionStorage.getItem('seeded')) localStorage.setItem(key ?? '', draft ?? '');
        sessionStorage.setItem('seeded', '1');
      },
      [
        STORAGE_KEY,
        JSON.stringify({
          kind: 'essay',
          title: 'A long reflection',
          summary: 'A long one.',
          authorRole: 'Medical student',
          terms: { professions: ['medical-student'], topics: ['teamwork'] },
          anonymised: true,
          consentStatus: 'not-needed',
          consentNote: 'No one could recognise themselves.',
          body: long,
        }),
      ],
    );
    const page = await open(context);
    await checked(page);
    expect(await page.locator('[data-findings] li').allTextContents()).toEqual([]);
    const file = (await page.locator('[data-preview]').textContent()) ?? '';
    const [github, download] = await Promise.all([
      context.waitForEvent('page'),
      page.waitForEvent('download'),
      page.locator('[data-propose]').click(),
    ]);
    const target = new URL(github.url());
    expect(`${target.origin}${target.pathname}`).toBe(`${SITE.repository}/new/${SITE.branch}`);
    expect(target.searchParams.get('filename')).toBe('content/essays/a-long-reflection.mdx');
    expect(target.searchParams.has('value')).toBe(false);
    expect(readFileSync(await download.path(), 'utf8')).toBe(file);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(file);
    expect(await page.locator('[data-propose-status]').textContent()).toContain('too long');
    await context.close();
  });

  it('adds a work pasted as BibTeX: cites it, checks the citation, keeps it after a reload, and links its reference file to GitHub', async () => {
    const context = await browser.newContext();
    const page = await open(context);
    await page.locator('details.add-works summary').click();
    await page
      .locator('[data-paste]')
      .fill(readFileSync(path.join(PROJECT_ROOT, 'tests/fixtures/ref-add/zotero-plain.bib'), 'utf8'));
    await page.locator('[data-read-works]').click();
    await expect
      .poll(() => page.locator('[data-works-status]').textContent(), { timeout: 20_000 })
      .toContain('Added [@kim_2019], [@ode_2020]');
    await page.locator('#write-body').fill('## Description\n\nI read about it.');
    await page.locator('#write-body').press('End');
    await page.locator('[data-work="kim_2019"] button', { hasText: 'Insert' }).click();
    expect(await page.locator('#write-body').inputValue()).toBe('## Description\n\nI read about it. [@kim_2019]');
    await checked(page);
    expect(await page.locator('[data-findings] li[data-rule^="citation/"]').count()).toBe(0);
    const href = (await page.locator('[data-works-links] a').first().getAttribute('href')) ?? '';
    const target = new URL(href);
    expect(`${target.origin}${target.pathname}`).toBe(`${SITE.repository}/new/${SITE.branch}`);
    expect(target.searchParams.get('filename')).toBe('content/references/kim_2019.yaml');
    expect(target.searchParams.get('value')).toMatch(/^type: article-journal\ntitle: "?Teamwork on the ward/);
    await page.reload();
    await page.locator('[data-write][data-ready]').waitFor({ state: 'attached' });
    expect(await page.locator('[data-new-works] li').count()).toBe(2);
    await context.close();
  });

  it('records who learned from whom by keyboard; a profession missing from professions is found at its line, then fixed', async () => {
    const context = await browser.newContext();
    const page = await open(context);
    const kb = page.keyboard;
    await tabTo(page, '[data-term-input="professions"]');
    await kb.type('medical-student');
    await kb.press('Enter');
    await tabTo(page, '#write-learner');
    await kb.type('medical-student');
    await kb.press('Tab');
    await kb.type('pharmacist');
    await kb.press('Tab');
    await kb.type('Checking doses together');
    await kb.press('Enter');
    expect(await page.locator('[data-learning-records] li').allTextContents()).toEqual([
      expect.stringContaining('medical-student learned from pharmacist: Checking doses together'),
    ]);
    await checked(page);
    const finding = page.locator('[data-findings] li[data-rule="term/learning-profession-not-listed"]');
    await expect.poll(() => finding.count()).toBe(1);
    expect(await finding.getAttribute('data-line')).toBe(String(await fileLine(page, '    from: pharmacist')));
    expect(await finding.getAttribute('data-field')).toBe('learning');
    await page.keyboard.press('Shift+Tab');
    await tabTo(page, '[data-term-input="professions"]');
    await kb.type('pharmacist');
    await kb.press('Enter');
    await checked(page);
    await expect.poll(() => finding.count()).toBe(0);
    await context.close();
  });

  it("previews the body in the site's prose styles as the writer types", async () => {
    const context = await browser.newContext();
    const page = await open(context);
    const preview = page.getByRole('region', { name: 'Preview' });
    await tabTo(page, '#write-body');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('## Heading\n\nSome *emphasis* and a [link](https://example.org).');
    await expect.poll(() => preview.locator('h2').allTextContents()).toEqual(['Heading']);
    expect(await preview.locator('p em').allTextContents()).toEqual(['emphasis']);
    expect(await preview.locator('p a').getAttribute('href')).toBe('https://example.org');
    expect(await preview.locator('p a').textContent()).toBe('link');
    // It updates as the writer goes on typing.
    await page.keyboard.type('\n\n### Then');
    await expect.poll(() => preview.locator('h3').allTextContents()).toEqual(['Then']);
    // The essay page's prose styles: the same classes, so the same type.
    const style = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => `${getComputedStyle(el).fontFamily} ${getComputedStyle(el).fontSize}`);
    const previewText = await style('[data-body-preview] p');
    const previewHeading = await style('[data-body-preview] h2');
    await page.goto(new URL('/essays/learning-to-learn-from-each-other/', baseUrl).href);
    expect(previewText).toBe(await style('article .prose > p'));
    // The library's essay has no subheading: give its text one, and measure it there.
    const essayHeading = await page.evaluate(() => {
      const heading = document.createElement('h2');
      heading.textContent = 'A heading';
      document.querySelector('article .prose')?.append(heading);
      return `${getComputedStyle(heading).fontFamily} ${getComputedStyle(heading).fontSize}`;
    });
    expect(previewHeading).toBe(essayHeading);
    expect(previewHeading).not.toBe(previewText);
    await context.close();
  });

  it('shows nothing of a hostile body that could run or load, while the checks report it', async () => {
    const context = await browser.newContext();
    const page = await open(context);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const preview = page.locator('[data-body-preview]');
    const body = page.locator('#write-body');
    /** Nothing anywhere in the document that could run: no handler attribute, no javascript: address, no image. */
    const harmless = () =>
      page.evaluate(() => ({
        handlers: [...document.querySelectorAll('*')].flatMap((el) =>
          [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`),
        ),
        scriptLinks: [...document.querySelectorAll('[href], [src]')]
          .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '')
          .filter((url) => /^\s*(javascript|data|vbscript):/i.test(url)),
        previewImages: document.querySelectorAll('[data-body-preview] img').length,
      }));
    const nothing = { handlers: [], scriptLinks: [], previewImages: 0 };

    // MDX the parser reads: each construct is shown as harmless text (or not at all), and each is reported.
    await body.fill(
      '## Hostile\n\n<img src="x" onError="alert(1)" />\n\n[click me](javascript:alert(1))\n\n{alert(1)}\n\n<abbr title="t" onMouseOver="alert(1)">IPE</abbr>',
    );
    await checked(page);
    await expect.poll(() => preview.locator('h2').allTextContents()).toEqual(['Hostile']);
    expect(await harmless()).toEqual(nothing);
    expect(await preview.textContent()).not.toContain('alert');
    expect(await preview.locator('a').count()).toBe(1);
    expect(await preview.locator('a').getAttribute('href')).toBeNull();
    expect(await preview.locator('abbr').evaluate((el) => el.getAttributeNames())).toEqual(['title']);
    await preview.locator('a').click();
    await preview.locator('abbr').hover();
    const rules = await page
      .locator('[data-findings] li')
      .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.rule));
    expect(rules).toEqual(
      expect.arrayContaining(['mdx/unknown-element', 'mdx/event-handler', 'mdx/unsafe-url', 'mdx/expression']),
    );

    // Raw HTML the parser cannot read: reported as a syntax error; the preview keeps the last text it could read and says so.
    await body.fill('<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1))\n\n{alert(1)}');
    await checked(page);
    await expect
      .poll(() =>
        page.locator('[data-findings] li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.rule)),
      )
      .toContain('mdx/syntax');
    await expect.poll(() => page.locator('[data-body-preview-status]').textContent()).toContain('could last be read');
    expect(await preview.locator('h2').allTextContents()).toEqual(['Hostile']);
    expect(await harmless()).toEqual(nothing);
    expect(dialogs).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(new URL(baseUrl).origin))).toEqual([]);
    await context.close();
  });

  it('imports an exported file back into the form', async () => {
    const context = await browser.newContext();
    const page = await open(context);
    const text = `---\ntitle: "Imported"\nsummary: "S."\nauthor:\n  name: "Anonymous"\n  role: "Nurse"\n  stage: experienced\npublished: 2025-01-02\nprofessions: [adult-nurse]\ntopics: [teamwork]\nreflectiveModel: driscoll\nanonymised: true\nconsent:\n  status: not-needed\n  note: "No one."\n---\n\n## What?\n\nText.\n`;
    mkdirSync(SCRATCH, { recursive: true });
    const file = path.join(SCRATCH, 'imported-piece.mdx');
    writeFileSync(file, text);
    await page.locator('[data-import]').setInputFiles(file);
    await expect.poll(() => page.locator('[data-preview]').textContent()).toBe(text);
    expect(await page.locator('#write-slug').inputValue()).toBe('imported-piece');
    expect(await page.locator('#write-model').inputValue()).toBe('driscoll');
    await context.close();
  });

  it('shows focus at every tab stop, and Tab goes round without a trap', async () => {
    const context = await browser.newContext();
    const page = await open(context);
    const stops: string[] = [];
    const invisible: string[] = [];
    for (let i = 0; i < 150; i++) {
      await page.keyboard.press('Tab');
      const state = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return { key: 'body', visible: true };
        const style = getComputedStyle(el);
        const visible =
          (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
        const key = `${el.tagName.toLowerCase()}#${el.id} ${el.getAttribute('name') ?? el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''}`;
        return { key, visible };
      });
      if (stops.includes(state.key)) break;
      stops.push(state.key);
      if (!state.visible) invisible.push(state.key);
    }
    await context.close();
    expect(invisible).toEqual([]);
    // The form's controls are all reached, the last of them included, before focus comes round.
    expect(stops).toEqual(
      expect.arrayContaining([
        expect.stringContaining('#write-title'),
        expect.stringContaining('#write-body'),
        expect.stringContaining('Open a pull request'),
      ]),
    );
  });

  describe.each(['light', 'dark'] as const)('%s scheme', (colorScheme) => {
    it('has no axe violations with findings, chips, search results, the error summary and the preview showing', async () => {
      const context = await browser.newContext({ colorScheme });
      const page = await open(context);
      await page.locator('[data-term-input="topics"]').fill('teamwrk');
      await page.locator('[data-term-input="topics"]').press('Enter');
      await page.locator('[data-cite-search]').fill('busari');
      await page.locator('details.add-works summary').click();
      await page.locator('[data-paste]').fill('not an export');
      await page.locator('[data-read-works]').click();
      await page.locator('[data-works-status]', { hasText: 'Not added' }).waitFor();
      await page.locator('[data-propose]').click();
      await page.locator('[data-error-summary]:not([hidden])').waitFor();
      await page.locator('details.teaching-notes summary').click();
      await page
        .locator('#write-body')
        .fill(
          '## A heading\n\nSome *emphasis*, a [link](https://example.org), a citation [@busari_2017] and a note.[^1]\n\n<Aside title="Next time">\n\nAsk <abbr title="the healthcare assistant">HCA</abbr> first.\n\n</Aside>\n\n- [x] done\n\n| A | B |\n| - | - |\n| 1 | 2 |\n\n[^1]: The note.',
        );
      await page.locator('[data-body-preview] [role="note"]').waitFor();
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      await context.close();
      expect(
        results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
      ).toEqual([]);
    });
  });
});
