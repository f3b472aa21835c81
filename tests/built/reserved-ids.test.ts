/**
 * A piece's own ids (headings, paragraphs, citations, footnotes) can never equal an id of the page
 * around it: every id outside the body on an essay or poster page must be one the anchors module
 * reserves (so a heading can never take it), and no id inside the body may be one.
 */
import { describe, expect, it } from 'vitest';
import { isLayoutId, isReservedId } from '../../src/lib/markdown/anchors.ts';
import { builtPages, page } from '../helpers/site.ts';

const piecePages = builtPages().filter((p) => /^\/(essays|posters)\/[^/]+\/$/.test(p) && !/\/\d+\/$/.test(p));

describe.each(piecePages)('%s', (sitePath) => {
  const root = page(sitePath);
  const body = root.querySelector('article .prose');
  const bodyIds = new Set(body?.querySelectorAll('[id]').map((el) => el.id) ?? []);
  const headingIds = new Set(body?.querySelectorAll('h1, h2, h3, h4, h5, h6').map((el) => el.id) ?? []);
  const ids = root.querySelectorAll('[id]').map((el) => ({ id: el.id, inBody: bodyIds.has(el.id) }));

  it('has a body to compare with', () => {
    expect(body).not.toBeNull();
  });

  it('reserves every id the layout uses', () => {
    expect(ids.filter((e) => !e.inBody && !isLayoutId(e.id)).map((e) => e.id)).toEqual([]);
  });

  it('gives the body no id the layout uses', () => {
    expect(ids.filter((e) => e.inBody && isLayoutId(e.id)).map((e) => e.id)).toEqual([]);
    // And the body's own families stay out of reach of headings.
    expect([...headingIds].filter(isReservedId)).toEqual([]);
  });
});
