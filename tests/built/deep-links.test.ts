/**
 * Deep links on the built essay pages: every heading and paragraph carries the id computed from its
 * own text (so ids survive edits elsewhere: tests/unit/anchors.test.ts), ids are unique on the page,
 * and each has a visible link to itself.
 */
import { describe, expect, it } from 'vitest';
import { findAnchors } from '../../src/lib/markdown/anchors.ts';
import { parseMdx } from '../../src/lib/markdown/parse-mdx.ts';
import { sourcePieces } from '../helpers/content.ts';
import { page } from '../helpers/site.ts';

describe.each(sourcePieces().filter((p) => p.kind === 'essays'))('$href', (essay) => {
  const root = page(essay.href);
  const anchored = root.querySelectorAll(
    '.prose p[id], .prose h2[id], .prose h3[id], .prose h4[id], .prose h5[id], .prose h6[id]',
  );

  it('anchors every heading and paragraph with the id of its own text', () => {
    const expected = findAnchors(parseMdx(essay.body)).map((a) => a.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(anchored.map((el) => el.id)).toEqual(expected);
    expect(root.querySelectorAll('.prose > p:not([id])')).toHaveLength(0);
  });

  it('has no id twice on the page', () => {
    const ids = root.querySelectorAll('[id]').map((el) => el.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('gives each anchored element a named link to itself', () => {
    for (const el of anchored) {
      const link = el.querySelector('a.anchor-link');
      expect(link?.getAttribute('href'), el.id).toBe(`#${el.id}`);
      expect(link?.getAttribute('aria-label'), el.id).toMatch(/^Link to (paragraph \d+|section: .+)$/);
    }
  });

  it('asks for the copy-link enhancement rather than loading a script', () => {
    expect(root.querySelector('.prose')?.getAttribute('data-enhance')).toContain('copy-link');
    expect(root.querySelectorAll('script[src]')).toHaveLength(0);
  });
});
