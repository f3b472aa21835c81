/**
 * The indexing step itself, with the real Pagefind binary over tiny sites: it writes the bundle,
 * fails loudly when there is nothing to index, and the dev server says how to try search.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  glossaryRecordProblems,
  SearchIndexError,
  searchIndex,
  warnDevServer,
} from '../../src/integrations/search-index.ts';
import { glossarySearchRecord } from '../../src/lib/routes/search.ts';
import { openSiteIndex } from '../helpers/pagefind.ts';

const made: string[] = [];
function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ipl-search-'));
  made.push(dir);
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), html);
  }
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const GLOSSARY = new Map([
  ['venepuncture', { term: 'Venepuncture', definition: 'Putting a needle into a vein to take blood.' }],
  [
    'hca',
    { term: 'HCA', expansion: 'Healthcare assistant', definition: 'A member of the care team who supports nurses.' },
  ],
]);

const piece = (title: string) =>
  `<!doctype html><html lang="en-GB"><body><nav>Menu</nav><article data-pagefind-body><h1>${title}</h1><p>Words about ${title}.</p></article></body></html>`;

describe('building the search index', () => {
  it('indexes only pages with data-pagefind-body and writes the bundle with the Component UI', async () => {
    const dir = site({
      'essays/a/index.html': piece('Venepuncture'),
      'posters/b/index.html': piece('Preceptorship'),
      'about/index.html': '<!doctype html><html lang="en-GB"><body><h1>About</h1></body></html>',
    });
    const summary = await buildSearchIndex(dir, new Map());
    expect(summary).toEqual({ pageCount: 2, glossaryCount: 0, outputPath: path.join(dir, 'pagefind') });
    for (const file of [
      'pagefind.js',
      'pagefind-entry.json',
      'pagefind-component-ui.js',
      'pagefind-component-ui.css',
    ]) {
      expect(existsSync(path.join(dir, 'pagefind', file)), file).toBe(true);
    }
  });

  it('adds each glossary entry as a record of its own, of type "Glossary term", linking to the entry', async () => {
    const dir = site({ 'essays/a/index.html': piece('Preceptorship') });
    expect(await buildSearchIndex(dir, GLOSSARY)).toEqual({
      pageCount: 1,
      glossaryCount: 2,
      outputPath: path.join(dir, 'pagefind'),
    });
    const index = await openSiteIndex(dir);
    try {
      const [hit, ...rest] = await index.search('needle');
      expect(rest).toEqual([]);
      expect(hit).toMatchObject({
        url: '/glossary/#venepuncture',
        meta: { title: 'Venepuncture', type: 'Glossary term' },
        filters: { type: ['Glossary term'] },
      });
      expect((await index.search('assistant'))[0]).toMatchObject({
        url: '/glossary/#hca',
        meta: { title: 'HCA', byline: 'Healthcare assistant' },
      });
      expect((await index.search(null, { type: 'Glossary term' })).map((h) => h.url).sort()).toEqual([
        '/glossary/#hca',
        '/glossary/#venepuncture',
      ]);
      expect(await index.filters()).toMatchObject({ type: { 'Glossary term': 2 } });
    } finally {
      await index.close();
    }
  });

  it('fails, naming data-pagefind-body, when no page has content to index', async () => {
    const dir = site({ 'about/index.html': '<!doctype html><html lang="en-GB"><body></body></html>' });
    // Glossary entries are records too, but a site whose pages all lost data-pagefind-body is still broken.
    const error = await buildSearchIndex(dir, GLOSSARY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SearchIndexError);
    expect((error as Error).message).toMatch(
      /^The search index could not be built:\n {2}- no page in .+ has content to index\. .*data-pagefind-body/,
    );
  });

  it('fails the build from the astro:build:done hook', async () => {
    const dir = site({});
    const hook = searchIndex().hooks['astro:build:done'] as unknown as (options: object) => Promise<void>;
    const logger = { info: () => {}, warn: () => {}, error: () => {} };
    await expect(hook({ dir: pathToFileURL(`${dir}/`), logger })).rejects.toThrow(SearchIndexError);
  });

  it('tells the dev server user that search needs a build, and how to make one', () => {
    const warnings: string[] = [];
    warnDevServer({ warn: (message: string) => warnings.push(message) });
    expect(warnings).toEqual([expect.stringContaining('npm run build && npm run preview')]);
    expect(warnings[0]).toMatch(/^Search works only on a built site/);
  });

  describe('refuses a glossary record that is not plain text or carries an identifier (the gate for records)', () => {
    // The fixture the content check refuses (tests/fixtures/check/glossary-markup-and-identifier): the
    // same entries reaching the index, as if the check had been skipped.
    const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/check/glossary-markup-and-identifier');
    const entries = {
      'venous-access': {
        term: 'Venous access',
        definition: 'Getting into a vein to take blood or give a drip. <img src=x onerror=alert(1)>',
      },
      cannula: {
        term: 'Cannula',
        expansion: '&lt;script&gt;alert(1)&lt;/script&gt;',
        definition: 'A thin tube left in a vein so that fluids and medicines can be given.',
      },
      'request-form': {
        term: 'Request form',
        definition:
          'The form sent with a blood sample. This one carried the NHS number 943 476 5919, which no glossary entry may hold.',
      },
    };

    it('names the file, line and rule for markup and for an identifier', () => {
      const problems = Object.entries(entries).flatMap(([id, entry]) =>
        glossaryRecordProblems(id, glossarySearchRecord(id, entry), FIXTURE),
      );
      const file = (id: string) => path.relative(process.cwd(), path.join(FIXTURE, 'glossary', `${id}.yaml`));
      expect(problems).toEqual([
        `${file('venous-access')}:3:53  glossary/markup  the search record's content holds markup ("<img"); a glossary entry must be plain text`,
        `${file('cannula')}:2:13  glossary/markup  the search record's content holds markup ("&lt;"); a glossary entry must be plain text`,
        `${file('cannula')}:2:13  glossary/markup  the search record's meta.byline holds markup ("&lt;"); a glossary entry must be plain text`,
        expect.stringMatching(
          new RegExp(
            `^${file('request-form')}:3:70  confidentiality/nhs-number  "943 476 5919" is an NHS number .*, in the search record's content$`,
          ),
        ),
      ]);
    });

    it('finds nothing in ordinary entries', () => {
      for (const [id, entry] of GLOSSARY)
        expect(glossaryRecordProblems(id, glossarySearchRecord(id, entry), FIXTURE)).toEqual([]);
    });

    it('fails the index build, writing no bundle', async () => {
      const dir = site({ 'essays/a/index.html': piece('Preceptorship') });
      const error = await buildSearchIndex(dir, new Map([['request-form', entries['request-form']]])).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(SearchIndexError);
      expect((error as Error).message).toMatch(
        /index a glossary entry: .*request-form\.yaml.*confidentiality\/nhs-number/,
      );
      expect(existsSync(path.join(dir, 'pagefind'))).toBe(false);
    });
  });
});
