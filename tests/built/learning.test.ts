/** The learning matrix page shows exactly the learning records the essays hold, as a table and as a picture. */
import { describe, expect, it } from 'vitest';
import { sourcePieces } from '../helpers/content.ts';
import { page } from '../helpers/site.ts';

interface Record {
  learner: string;
  from: string;
  what: string;
}

const records = sourcePieces()
  .filter((p) => p.kind === 'essays')
  .flatMap((p) => ((p.data.learning as Record[] | undefined) ?? []).map((r) => ({ ...r, href: p.href })));
const pairs = new Map<string, Set<string>>();
for (const r of records)
  pairs.set(`${r.learner}|${r.from}`, (pairs.get(`${r.learner}|${r.from}`) ?? new Set()).add(r.href));

describe('the learning matrix', () => {
  const root = page('/learning/');
  const table = root.querySelector('table[data-learning-matrix]');

  it('has learning records to show', () => {
    expect(records.length).toBeGreaterThan(0);
    expect(table).not.toBeNull();
  });

  it('has a table cell for every learner and teacher pair, counting that pair’s essays', () => {
    const cells = table?.querySelectorAll('td[data-learner]') ?? [];
    const learners = new Set(records.map((r) => r.learner));
    const teachers = new Set(records.map((r) => r.from));
    expect(cells).toHaveLength(learners.size * teachers.size);
    for (const cell of cells) {
      const essays = pairs.get(`${cell.getAttribute('data-learner')}|${cell.getAttribute('data-from')}`);
      const link = cell.querySelector('a');
      if (!essays) {
        expect(link).toBeNull();
        continue;
      }
      expect(cell.text.trim()).toBe(`${essays.size} ${essays.size === 1 ? 'essay' : 'essays'}`);
      const list = root.querySelector(`[id="${link?.getAttribute('href')?.slice(1)}"] [data-pair-essays]`);
      expect(
        list
          ?.querySelectorAll('a')
          .map((a) => a.getAttribute('href'))
          .sort(),
      ).toEqual(
        records
          .filter(
            (r) =>
              `${r.learner}|${r.from}` === `${cell.getAttribute('data-learner')}|${cell.getAttribute('data-from')}`,
          )
          .map((r) => r.href)
          .sort(),
      );
    }
  });

  it('draws one dot per non-empty cell in an SVG built into the page, linking to the same lists', () => {
    const dots = root.querySelectorAll('svg.learning-matrix a[data-cell]');
    expect(dots.map((a) => a.getAttribute('href')).sort()).toEqual(
      [...pairs.keys()].map((k) => `#${k.replace('|', '-from-')}`).sort(),
    );
    expect(root.querySelector('svg.learning-matrix')?.getAttribute('aria-hidden')).toBe('true');
    for (const dot of dots) expect(dot.getAttribute('tabindex')).toBe('-1');
  });

  it('runs no script of its own', () => {
    expect(root.querySelectorAll('script[src]')).toHaveLength(0);
  });
});
