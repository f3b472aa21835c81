/** The glossary page lists every entry; an essay's first use of a glossary abbreviation links to its entry. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { sourcePieces } from '../helpers/content.ts';
import { page, PROJECT_ROOT } from '../helpers/site.ts';

const dir = path.join(PROJECT_ROOT, 'content/glossary');
const entries = readdirSync(dir)
  .filter((n) => n.endsWith('.yaml'))
  .map((n) => ({
    id: n.slice(0, -5),
    ...(parse(readFileSync(path.join(dir, n), 'utf8')) as { term: string; expansion?: string; definition: string }),
  }));

describe('the glossary page', () => {
  const root = page('/glossary/');

  it('defines every entry under its own anchor', () => {
    expect(entries.length).toBeGreaterThanOrEqual(13);
    for (const entry of entries) {
      const item = root.querySelector(`[id="${entry.id}"]`);
      expect(item?.querySelector('dt')?.text, entry.id).toContain(entry.term);
      expect(item?.querySelector('dd')?.text.replace(/\s+/g, ' '), entry.id).toContain(
        entry.definition.replace(/\s+/g, ' ').trim(),
      );
    }
  });

  it('covers the terms the first pieces use', () => {
    const terms = entries.map((e) => e.term.toLowerCase());
    for (const term of [
      'hca',
      'mdt',
      'ipe',
      'ipl',
      'ipc',
      'ahp',
      'community of practice',
      'preceptor',
      'venepuncture',
      'phlebotomy',
      'role clarification',
      'scope of practice',
      'psychological safety',
    ])
      expect(terms).toContain(term);
  });
});

describe.each(sourcePieces().filter((p) => p.kind === 'essays'))('$href', (essay) => {
  const abbreviations = entries.filter(
    (e) => e.expansion && new RegExp(`(?<![\\w-])${e.term}(?![\\w-])`).test(essay.body),
  );

  it.each(abbreviations.map((a) => [a.term, a] as const))(
    'marks the first use of %s as a linked abbreviation, and only that one',
    (_, entry) => {
      const abbrs = page(essay.href)
        .querySelectorAll('.prose abbr')
        .filter((a) => a.text === entry.term);
      expect(abbrs).toHaveLength(1);
      expect(abbrs[0]?.getAttribute('title')).toBe(entry.expansion);
      expect(abbrs[0]?.parentNode?.getAttribute('href')).toBe(`/glossary/#${entry.id}`);
    },
  );
});

it('the seed essay uses HCA and MDT', () => {
  const html = page('/essays/learning-to-learn-from-each-other/')
    .querySelectorAll('.prose abbr')
    .map((a) => a.text);
  expect(html).toEqual(['HCA', 'MDT']);
});
