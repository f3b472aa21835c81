/** Reading lists: every list has a page with its pieces in order, their notes, and the combined bibliography of what they cite. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { findCitations, citedKeysInOrder } from '../../src/lib/citations/find-citations.ts';
import { parseMdx } from '../../src/lib/markdown/parse-mdx.ts';
import { sourcePieces } from '../helpers/content.ts';
import { DIST, page, PROJECT_ROOT } from '../helpers/site.ts';

interface Item {
  essay?: string;
  poster?: string;
  note: string;
}
const dir = path.join(PROJECT_ROOT, 'content/reading-lists');
const lists = readdirSync(dir)
  .filter((n) => n.endsWith('.yaml'))
  .map((n) => ({
    id: n.slice(0, -5),
    ...(parse(readFileSync(path.join(dir, n), 'utf8')) as { title: string; compiler: string; items: Item[] }),
  }));
const pieces = sourcePieces();
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

it('says "Compiled by the library’s editors" on the seed list', () => {
  expect(squash(page('/reading-lists/learning-each-others-roles/').querySelector('article')?.text ?? '')).toContain(
    "Compiled by the library's editors ·",
  );
});

it('the library has at least one reading list, linked from the index', () => {
  expect(lists.length).toBeGreaterThan(0);
  const links = page('/reading-lists/')
    .querySelectorAll('main a')
    .map((a) => a.getAttribute('href'));
  for (const list of lists) expect(links).toContain(`/reading-lists/${list.id}/`);
});

describe.each(lists)('the reading list $id', (list) => {
  const root = page(`/reading-lists/${list.id}/`);
  const listed = list.items.map((item) =>
    pieces.find((p) => p.kind === (item.essay ? 'essays' : 'posters') && p.id === (item.essay ?? item.poster)),
  );

  it('shows its pieces in order, each with its note', () => {
    const items = root.querySelectorAll('[data-reading-list] > li');
    expect(items.map((li) => li.querySelector('h2 a')?.getAttribute('href'))).toEqual(listed.map((p) => p?.href));
    expect(items.map((li) => squash(li.querySelectorAll('p').at(-1)?.text ?? ''))).toEqual(
      list.items.map((i) => squash(i.note)),
    );
  });

  it('names its compiler as a sentence reads, here and on the index ("Compiled by the library’s editors", not "by The library’s")', () => {
    const line = root.querySelectorAll('article p').find((p) => p.text.startsWith('Compiled by'));
    const listed = page('/reading-lists/')
      .querySelectorAll('main li')
      .find((li) => li.querySelector(`a[href="/reading-lists/${list.id}/"]`));
    for (const text of [line?.text ?? '', squash(listed?.text ?? '')]) {
      expect(text).toMatch(/compiled by /i);
      expect(text).not.toMatch(/[Cc]ompiled by The \p{Ll}/u);
      expect(text.toLowerCase()).toContain(`compiled by ${list.compiler.toLowerCase()}`);
    }
  });

  it('prints each piece’s full address', () => {
    const urls = root.querySelectorAll('[data-reading-list] .print-url').map((s) => s.text);
    expect(urls.every((u) => /^https:\/\/.+\/(essays|posters)\/[^/]+\/$/.test(u))).toBe(true);
  });

  it('offers the list as BibTeX, RIS and CSL-JSON: its pieces, then every work they cite', () => {
    const links = root.querySelectorAll('[data-list-downloads] a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(['bib', 'ris', 'json'].map((f) => `/reading-lists/${list.id}/list.${f}`));
    const file = (format: string) => readFileSync(path.join(DIST, 'reading-lists', list.id, `list.${format}`), 'utf8');
    const cited = [...new Set(listed.flatMap((p) => citedKeysInOrder(findCitations(parseMdx(p?.body ?? '')))))];
    const dois = cited.map((key) =>
      String(
        (parse(readFileSync(path.join(PROJECT_ROOT, 'content/references', `${key}.yaml`), 'utf8')) as { DOI: string })
          .DOI,
      ),
    );
    const json = JSON.parse(file('json')) as Array<{ id: string; URL?: string; DOI?: string; title: string }>;
    expect(json.map((item) => item.title)).toEqual([
      ...listed.map((p) => p?.data.title),
      ...json.slice(listed.length).map((i) => i.title),
    ]);
    expect(json.slice(0, listed.length).map((item) => item.URL)).toEqual(
      listed.map(
        (p) => new URL(p?.href ?? '', root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '').href,
      ),
    );
    expect(
      json
        .slice(listed.length)
        .map((item) => item.DOI)
        .sort(),
    ).toEqual([...dois].sort());
    expect(file('ris').match(/^ER {2}-/gm)).toHaveLength(listed.length + cited.length);
    expect(file('bib').match(/^@\w+\{/gm)).toHaveLength(listed.length + cited.length);
    for (const doi of dois) expect(file('bib').toLowerCase()).toContain(doi.toLowerCase());
  });

  it('has a combined bibliography of exactly the works its pieces cite', () => {
    const cited = new Set(listed.flatMap((p) => citedKeysInOrder(findCitations(parseMdx(p?.body ?? '')))));
    const shown = root.querySelectorAll('[data-combined-bibliography] > li').map((li) => li.id.replace(/^ref-/, ''));
    expect(shown.sort()).toEqual([...cited].sort());
  });
});
