/**
 * The piece-page view model (src/lib/routes/piece-page.ts) over the library itself: what an essay page
 * and a poster page show, gathered once for both layouts. astro:content is replaced by the library's
 * own files, read and validated with the collections' schemas.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseSource } from '../../src/lib/content/source-file.ts';
import { findCitations } from '../../src/lib/citations/find-citations.ts';
import { numberCitations } from '../../src/lib/citations/number-citations.ts';
import { parseMdx } from '../../src/lib/markdown/parse-mdx.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

vi.mock('astro:content', async () => {
  const { essaySchema } = await import('../../src/schemas/essay.ts');
  const { posterSchema } = await import('../../src/schemas/poster.ts');
  const { loadReferences } = await import('../../src/lib/content/load-references.ts');
  const { loadGlossary } = await import('../../src/lib/content/load-glossary.ts');
  const pieces = (folder: 'essays' | 'posters', schema: typeof essaySchema | typeof posterSchema) =>
    readdirSync(path.join(ROOT, 'content', folder))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => {
        const filePath = `content/${folder}/${name}`;
        const source = parseSource(readFileSync(path.join(ROOT, filePath), 'utf8'), filePath);
        return {
          id: name.slice(0, -'.mdx'.length),
          collection: folder,
          filePath,
          body: source.body,
          buildData: source.buildData,
          data: schema.parse(source.data),
        };
      });
  const collections: Record<string, () => unknown[]> = {
    essays: () => pieces('essays', essaySchema),
    posters: () => pieces('posters', posterSchema),
    references: () => [...loadReferences(path.join(ROOT, 'content'))].map(([id, data]) => ({ id, data })),
    glossary: () => [...loadGlossary(path.join(ROOT, 'content'))].map(([id, data]) => ({ id, data })),
  };
  // render() as the content layer does it: the piece compiled by the build's compiler, and the remark
  // front matter its plugins left (the citation numbering among it).
  const { compilePiece } = await import('../../src/lib/markdown/pipeline.ts');
  const render = async (entry: { filePath: string; body: string; buildData: Record<string, unknown> }) => {
    const frontmatter = { ...entry.buildData };
    const { error } = await compilePiece(ROOT, path.join(ROOT, entry.filePath), entry.body, frontmatter);
    if (error) throw error;
    return { remarkPluginFrontmatter: frontmatter };
  };
  return {
    render,
    getCollection: async (name: string, filter?: (entry: unknown) => boolean) =>
      (collections[name]?.() ?? []).filter(filter ?? (() => true)),
  };
});

// The build's site address (astro.config.mjs sets it from SITE_URL).
vi.stubEnv('SITE', 'https://example.org');

const { getEssays, getPosters } = await import('../../src/lib/routes/collections.ts');
const { getEssayPage, getPosterPage } = await import('../../src/lib/routes/piece-page.ts');
const [essay] = await getEssays();
const [poster] = await getPosters();
if (!essay || !poster) throw new Error('The library has no essay or no poster');

describe('getEssayPage', async () => {
  const page = await getEssayPage(essay);

  it('has the essay’s title, byline, dates, reading time and licence line', () => {
    expect(page.kind).toBe('essay');
    expect(page.title).toBe(essay.data.title);
    expect(page.sourcePath).toBe(`content/essays/${essay.id}.mdx`);
    expect(page.byline.length).toBeGreaterThan(3);
    expect(page.dates.libraryIso).toBe(essay.data.published.toISOString().slice(0, 10));
    expect(page.readingMinutes).toBeGreaterThan(0);
    expect(page.licence).toBe(`Licence: ${essay.data.licence.replaceAll('-', ' ')}`);
  });

  it('lists the works the text cites, in first-cited order, and a margin note for each', () => {
    // Numbered here from the text itself, independently of the compile the page read its numbering from.
    const { order } = numberCitations(findCitations(parseMdx(essay.body ?? '')));
    expect(order.length).toBeGreaterThan(0);
    const numeric = page.bibliography.find((list) => list.system === 'numeric');
    expect(numeric?.entries.map((e) => e.key)).toEqual(order);
    // A note for each bibliography entry's anchor (one list per citation system), each naming its work.
    const anchors = page.bibliography.flatMap((list) => list.entries.map((e) => [e.anchor, e.key]));
    expect([...page.marginNotes.citations].map(([anchor, note]) => [anchor, note.key])).toEqual(anchors);
    expect(page.marginNotes.glossary.size).toBeGreaterThan(0);
  });

  it('carries the head metadata, its own citation, the teaching notes and its neighbours', () => {
    expect(page.head.jsonLd).toContain(`/essays/${essay.id}/`);
    expect(page.citation.downloads.map((d) => d.href)).toEqual([
      `/essays/${essay.id}/cite.bib`,
      `/essays/${essay.id}/cite.ris`,
      `/essays/${essay.id}/cite.json`,
    ]);
    expect(page.teaching).toEqual({ notes: essay.data.teaching, href: `/teaching/essays/${essay.id}/` });
    expect(page.searchRecord.type).toBe('Essay');
    expect([page.neighbours.newer, page.neighbours.older, ...page.neighbours.related].some(Boolean)).toBe(true);
  });
});

describe('getPosterPage', async () => {
  const page = await getPosterPage(poster);

  it('has the licence line an essay page has', () => {
    expect(page.licence).toBe(`Licence: ${poster.data.licence.replaceAll('-', ' ')}`);
  });

  it('shows the same parts of a piece as an essay page, from the same code', async () => {
    const essayPage = await getEssayPage(essay);
    const shared = [
      'kind',
      'title',
      'summary',
      'sourcePath',
      'head',
      'searchRecord',
      'bibliography',
      'citation',
      'teaching',
      'tags',
      'licence',
      'neighbours',
    ];
    for (const key of shared) {
      expect(page, key).toHaveProperty(key);
      expect(essayPage, key).toHaveProperty(key);
    }
    expect(page.teaching.href).toBe(`/teaching/posters/${poster.id}/`);
    expect(page.citation.styles.length).toBe(essayPage.citation.styles.length);
  });

  it('typesets its panels and shapes its facts and contacts', () => {
    expect(page.facts.slice(0, 1)).toEqual([{ term: 'Project', value: poster.data.project }]);
    expect(page.facts.filter((f) => f.zone === 'date').map((f) => f.term)).toEqual([
      'Presented',
      'Added to the library',
    ]);
    expect(page.approach).toHaveLength(poster.data.approach.length);
    // Straight apostrophes in the front matter become curly ones on the page.
    expect(page.approach.join(' ')).not.toContain("'");
    expect(page.approach.join(' ')).toContain('’');
    const [contact] = page.resources.contacts;
    expect(contact?.phone).toEqual({ href: 'tel:4039431216', text: '403\u2011943\u20111216' });
    expect(contact?.email?.href).toMatch(/^mailto:/);
  });
});
