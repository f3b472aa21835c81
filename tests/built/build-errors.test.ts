/**
 * Bad content never becomes a page: a real `astro build` over a broken fixture library must stop
 * and say which file, which line and what is wrong.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runAstroBuild, TEST_DIR } from '../helpers/site.ts';

const fixture = (name: string) => path.join(PROJECT_ROOT, 'tests/fixtures/check', name);

describe('a build over bad content', () => {
  it('stops at a citation key that names no reference, with file, line, column and a suggestion', () => {
    const result = runAstroBuild(path.join(TEST_DIR, 'bad-citation'), {
      IPL_CONTENT_DIR: fixture('essay-unknown-citation'),
    });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain(
      'tests/fixtures/check/essay-unknown-citation/essays/cite.mdx:18:17  citation/unknown-key  no reference has the key "@okafor2021"; did you mean @okafor_2021?',
    );
  });

  it('stops at a term that is not in its vocabulary, naming the file, line, term and the nearest valid terms', () => {
    const result = runAstroBuild(path.join(TEST_DIR, 'bad-term'), { IPL_CONTENT_DIR: fixture('term-unknown') });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain(
      'tests/fixtures/check/term-unknown/essays/terms.mdx:15:5  term/unknown  unknown IPEC competency "roles-responsibility"; did you mean roles-responsibilities?',
    );
  });

  it('stops at a front matter mistake, naming the file, line and field', () => {
    const result = runAstroBuild(path.join(TEST_DIR, 'bad-frontmatter'), {
      IPL_CONTENT_DIR: fixture('essay-impossible-date'),
    });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain(
      'essays/date.mdx:8:1  frontmatter/invalid  published: published "2025-02-30" is not a real date',
    );
  });

  it("refuses an essay carrying a <script> and one naming a patient's postcode: neither reaches the built site", () => {
    const outDir = path.join(TEST_DIR, 'unsafe-pieces');
    const result = runAstroBuild(outDir, { IPL_CONTENT_DIR: fixture('build-unsafe-pieces') });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain(
      'build-unsafe-pieces/essays/script.mdx:20:1  mdx/forbidden-element  <script> is not allowed in content',
    );
    expect(output).toContain(
      'build-unsafe-pieces/essays/postcode.mdx:18:35  confidentiality/uk-postcode  "LS1 4AP" is a UK postcode',
    );
    // The report alone: no stack trace, no "unhandled error" around it.
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toContain('unhandled error');
    // Nothing was written: no page for either piece, and the postcode and the script appear in no file.
    expect(existsSync(path.join(outDir, 'essays/script/index.html'))).toBe(false);
    expect(existsSync(path.join(outDir, 'essays/postcode/index.html'))).toBe(false);
    const written = existsSync(outDir)
      ? readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
      : [];
    for (const entry of written) {
      const text = readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
      expect(text).not.toContain('LS1 4AP');
      expect(text).not.toContain('document.cookie');
    }
  });
});

describe('a build over what the check accepts', () => {
  it("builds an essay saved with a byte order mark, and one with footnotes and headings named like the layout's ids", () => {
    const content = path.join(TEST_DIR, 'accepted-content');
    rmSync(content, { recursive: true, force: true });
    mkdirSync(path.join(content, 'essays'), { recursive: true });
    for (const name of ['valid-bom', 'valid-footnotes-and-headings'])
      cpSync(path.join(fixture(name), 'essays'), path.join(content, 'essays'), { recursive: true });
    const outDir = path.join(TEST_DIR, 'accepted-dist');
    const result = runAstroBuild(outDir, { IPL_CONTENT_DIR: content });
    expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
    expect(readFileSync(path.join(outDir, 'essays/bom/index.html'), 'utf8')).toContain('<h1');
    const footnotes = readFileSync(path.join(outDir, 'essays/footnotes/index.html'), 'utf8');
    for (const id of ['section-cite-this-ama', 'section-results', 'section-site-search'])
      expect(footnotes).toContain(`id="${id}"`);
    expect(footnotes).toContain('id="user-content-fn-1"');
  });
});
