/** Reading time and related pieces. */
import { describe, expect, it } from 'vitest';
import { visit } from 'unist-util-visit';
import { countWords, readableText, readingMinutes } from '../../src/lib/format/reading-time.ts';
import { sourcePieces } from '../helpers/content.ts';
import { parseMdx } from '../../src/lib/markdown/parse-mdx.ts';
import { relatedIndex } from '../../src/lib/taxonomy/related.ts';
import { rankRelated, relatedScore } from '../helpers/related.ts';

describe('reading time', () => {
  it('counts words, not punctuation or citation keys', () => {
    expect(countWords('One, two – three… 4 ¶')).toBe(4);
    expect(readingMinutes(`${'word '.repeat(1000)}[@busari_2017]`)).toBe(5);
  });

  it('rounds to whole minutes and never says zero', () => {
    expect(readingMinutes('Short.')).toBe(1);
    expect(readingMinutes('word '.repeat(500))).toBe(3);
  });

  it('leaves out what a reader does not read: tags, expressions, link addresses, citations', () => {
    const body =
      'A <Aside kind="note">short aside</Aside> with {/* a comment */} a [link](https://example.org/a/b "Title") and a citation.[@busari_2017; @davison_2022, p. 3]';
    expect(countWords(readableText(body))).toBe(countWords('A short aside with a link and a citation.'));
  });

  it('counts the seed pieces word for word as a parser sees their text', () => {
    for (const piece of sourcePieces()) {
      const texts: string[] = [];
      visit(parseMdx(piece.body), 'text', (node) => void texts.push(node.value));
      expect(countWords(readableText(piece.body)), piece.id).toBe(
        countWords(texts.join(' ').replace(/\[@[^\]]*\]/g, ' ')),
      );
    }
  });
});

describe('related pieces', () => {
  const piece = (key: string, data: Record<string, string[]>) => ({
    item: key,
    key,
    data: { professions: [], topics: [], ...data },
  });
  const self = piece('self', {
    competencies: ['roles-responsibilities', 'communication'],
    professions: ['nurse'],
    topics: ['handover'],
  });
  const candidates = [
    self,
    piece('same-topic-only', { topics: ['handover'] }),
    piece('one-competency', { competencies: ['communication'] }),
    piece('profession-and-competency', { competencies: ['communication'], professions: ['nurse'] }),
    piece('two-competencies', { competencies: ['roles-responsibilities', 'communication'] }),
    piece('one-competency-and-topic', { competencies: ['communication'], topics: ['handover'] }),
  ];

  it('needs a shared competency or profession', () => {
    expect(relatedScore(self.data, candidates[1]!.data)).toBe(0);
    expect(relatedScore(self.data, candidates[2]!.data)).toBeGreaterThan(0);
  });

  it('ranks by what is shared, leaves the piece itself out, and stops at the limit', () => {
    expect(rankRelated(self, candidates)).toEqual([
      'profession-and-competency',
      'two-competencies',
      'one-competency-and-topic',
    ]);
    expect(rankRelated(self, candidates, 10)).toEqual([
      'profession-and-competency',
      'two-competencies',
      'one-competency-and-topic',
      'one-competency',
    ]);
  });

  it('the index ranks exactly as scoring every candidate does, over a large made-up library', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = (list: string[]) => list.filter(() => next() < 0.3);
    // Keys out of order with the list, so a tie broken by position rather than by key would show.
    const library = Array.from({ length: 300 }, (_, i) =>
      piece(`p${String((i * 7919) % 300).padStart(3, '0')}`, {
        competencies: pick(['values-ethics', 'roles-responsibilities', 'communication', 'teams-teamwork']),
        professions: pick(['nurse', 'pharmacist', 'paramedic', 'midwife']),
        topics: pick(['handover', 'feedback', 'teamwork']),
      }),
    );
    const related = relatedIndex(library);
    for (const self of library.slice(0, 40)) {
      expect(related(self, 5), self.key).toEqual(rankRelated(self, library, 5));
    }
  });
});
