/**
 * The indexing step itself, with the real Pagefind binary over tiny sites: it writes the bundle,
 * fails loudly when there is nothing to index, and the dev server says how to try search.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex, SearchIndexError, searchIndex, warnDevServer } from '../../src/integrations/search-index.ts';

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

const piece = (title: string) =>
  `<!doctype html><html lang="en-GB"><body><nav>Menu</nav><article data-pagefind-body><h1>${title}</h1><p>Words about ${title}.</p></article></body></html>`;

describe('building the search index', () => {
  it('indexes only pages with data-pagefind-body and writes the bundle with the Component UI', async () => {
    const dir = site({
      'essays/a/index.html': piece('Venepuncture'),
      'posters/b/index.html': piece('Preceptorship'),
      'about/index.html': '<!doctype html><html lang="en-GB"><body><h1>About</h1></body></html>',
    });
    const summary = await buildSearchIndex(dir);
    expect(summary).toEqual({ pageCount: 2, outputPath: path.join(dir, 'pagefind') });
    for (const file of ['pagefind.js', 'pagefind-entry.json', 'pagefind-component-ui.js', 'pagefind-component-ui.css']) {
      expect(existsSync(path.join(dir, 'pagefind', file)), file).toBe(true);
    }
  });

  it('fails, naming data-pagefind-body, when no page has content to index', async () => {
    const dir = site({ 'about/index.html': '<!doctype html><html lang="en-GB"><body></body></html>' });
    const error = await buildSearchIndex(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SearchIndexError);
    expect((error as Error).message).toMatch(/^The search index could not be built:\n {2}- no page in .+ has content to index\. .*data-pagefind-body/);
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
});
