/**
 * One parse per body per build (issue 15): the library plus tests/fixtures/one-parse (a second essay
 * citing the same works in another order, and a reading list of both essays) is built with
 * tests/helpers/count-parses.ts loaded into the build, which logs every Markdown/MDX parse the build
 * makes, whatever makes it. Each piece's body must be parsed exactly once (by the compile), and
 * nothing else parsed; and the pages that show a piece's citation numbering (its bibliography and
 * head, the reference pages' "Cited in", the reading list) must show the numbering of its text.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { findCitations } from '../../src/lib/citations/find-citations.ts';
import { numberCitations } from '../../src/lib/citations/number-citations.ts';
import { readSourceFile } from '../../src/lib/content/source-file.ts';
import { parseMdx } from '../../src/lib/markdown/parse-mdx.ts';
import { parseLogLine } from '../helpers/count-parses.ts';
import { PROJECT_ROOT, runAstroBuild } from '../helpers/site.ts';

const DIR = path.join(PROJECT_ROOT, '.tmp', 'one-parse');
const CONTENT = path.join(DIR, 'content');
const DIST = path.join(DIR, 'dist');
const LOG = path.join(DIR, 'parses.log');
const FIXTURE_ESSAY = 'numbered-once';

/** Every essay and poster of the built library, with its body as the compiler reads it. */
const pieces = () =>
  ['essays', 'posters'].flatMap((folder) =>
    readdirSync(path.join(CONTENT, folder))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => {
        const file = path.join(CONTENT, folder, name);
        return { file: `${folder}/${name}`, body: readSourceFile(file, file).body };
      }),
  );

const page = (sitePath: string) => parse(readFileSync(path.join(DIST, sitePath, 'index.html'), 'utf8'));

describe('a build parses each body once', () => {
  beforeAll(() => {
    rmSync(DIR, { recursive: true, force: true });
    cpSync(path.join(PROJECT_ROOT, 'content'), CONTENT, { recursive: true });
    // Astro's content layer keeps an entry's file from an earlier build when the text is unchanged, so
    // an exact copy of the library's pieces would be compiled from content/ (a second compile): a
    // comment in the front matter makes each copy its own file.
    for (const { file } of pieces()) {
      const copy = path.join(CONTENT, file);
      writeFileSync(
        copy,
        readFileSync(copy, 'utf8').replace(/^---\n/, '---\n# A copy for tests/built/one-parse.test.ts\n'),
      );
    }
    cpSync(path.join(PROJECT_ROOT, 'tests/fixtures/one-parse'), CONTENT, { recursive: true });
    const result = runAstroBuild(DIST, {
      IPL_CONTENT_DIR: CONTENT,
      IPL_PARSE_LOG: LOG,
      NODE_OPTIONS: `--import=${path.join(PROJECT_ROOT, 'tests/helpers/count-parses.ts')}`,
    });
    if (result.status !== 0)
      throw new Error(`The site did not build (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  });

  it('parses every essay and poster body exactly once, and nothing else', () => {
    const logged = readFileSync(LOG, 'utf8').split('\n').filter(Boolean);
    const built = pieces();
    expect(built.length).toBeGreaterThanOrEqual(3);
    // A body's line as the log writes it, and the pieces with that body (a poster's may be empty).
    const expected = new Map<string, string[]>();
    for (const { file, body } of built) {
      const line = parseLogLine(body).trimEnd();
      expected.set(line, [...(expected.get(line) ?? []), file]);
    }
    const counts = new Map<string, number>();
    for (const line of logged) counts.set(line, (counts.get(line) ?? 0) + 1);
    const parsesPerFile = [...expected].flatMap(([line, files]) =>
      files.map((file) => [file, (counts.get(line) ?? 0) / files.length]),
    );
    expect(Object.fromEntries(parsesPerFile)).toEqual(Object.fromEntries(built.map(({ file }) => [file, 1])));
    expect(logged.filter((line) => !expected.has(line))).toEqual([]);
  });

  describe('and shows the numbering the compile made', () => {
    const fixture = () => {
      const file = path.join(CONTENT, 'essays', `${FIXTURE_ESSAY}.mdx`);
      // Numbered here, in the test, from the text itself.
      return numberCitations(findCitations(parseMdx(readSourceFile(file, file).body)));
    };

    it('in the bibliography, its backlinks and the head', () => {
      const { order, backlinks } = fixture();
      expect(order).toEqual(['davison_2022', 'busari_2017', 'garnweidner_holme_2022']);
      const html = page(`essays/${FIXTURE_ESSAY}`);
      const numbered = html.querySelectorAll('li[id^="ref-"]').filter((li) => !li.id.includes('--'));
      expect(numbered.map((li) => li.id)).toEqual(order.map((key) => `ref-${key}`));
      for (const key of order) {
        const entry = html.querySelector(`li#ref-${key}`);
        const back = entry?.querySelectorAll('a[href^="#cite-"]').map((a) => a.getAttribute('href')?.slice(1));
        expect(back, key).toEqual(backlinks.get(key));
      }
      for (const anchor of [...backlinks.values()].flat()) expect(html.querySelector(`#${anchor}`)).not.toBeNull();
      const titles = html
        .querySelectorAll('meta[name="citation_reference"]')
        .map((meta) => /citation_doi=([^;]+)/.exec(meta.getAttribute('content') ?? '')?.[1]);
      expect(titles).toHaveLength(order.length);
      expect(titles[0]).toBe('10.1080/13561820.2021.1943336');
    });

    it('in each reference page’s "Cited in"', () => {
      const { order, backlinks } = fixture();
      for (const key of order) {
        const places = page(`references/${key}`)
          .querySelectorAll('#cited-in-heading ~ ul a[href*="#cite-"]')
          .map((a) => a.getAttribute('href'))
          .filter((href) => href?.startsWith(`/essays/${FIXTURE_ESSAY}/`));
        expect(places, key).toEqual((backlinks.get(key) ?? []).map((a) => `/essays/${FIXTURE_ESSAY}/#${a}`));
      }
    });

    it('in the reading list’s combined bibliography', () => {
      const items = page('reading-lists/numbered-twice-over').querySelectorAll('[data-combined-bibliography] > li');
      expect(items.map((li) => li.id).sort()).toEqual(
        fixture()
          .order.map((key) => `ref-${key}`)
          .sort(),
      );
      for (const li of items) expect(li.text).toContain('Numbered once');
    });
  });
});
