/** The seed pieces reach their pages whole: every paragraph of the essay, every panel of the poster. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { page, PROJECT_ROOT } from '../helpers/site.ts';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the seed essay', () => {
  const source = readFileSync(path.join(PROJECT_ROOT, 'content/essays/learning-to-learn-from-each-other.mdx'), 'utf8');
  const body = source.split(/^---$/m).slice(2).join('---');
  const paragraphs = body
    .split(/\n\s*\n/)
    .map((p) => squash(p.replace(/\[@[^\]]+\]/g, '')))
    .filter(Boolean);
  const root = page('/essays/learning-to-learn-from-each-other/');

  it('has nine paragraphs in its source', () => {
    expect(paragraphs).toHaveLength(9);
  });

  it('shows every paragraph in full and in order', () => {
    // Re-parse the text so the citation numbers and paragraph links can be dropped without touching the shared page.
    const prose = parse(root.querySelector('.prose')?.innerHTML ?? '');
    for (const added of prose.querySelectorAll('.cite, a.anchor-link, .margin-notes')) added.remove();
    expect(prose.querySelectorAll('p').map((p) => squash(p.text))).toEqual(paragraphs);
  });

  it('numbers its three citations in first-cited order, each linked to its bibliography entry', () => {
    const citations = root.querySelectorAll('.cite [data-default] a');
    expect(citations.map((a) => [a.text, a.getAttribute('href')])).toEqual([
      ['1', '#ref-garnweidner_holme_2022'],
      ['2', '#ref-busari_2017'],
      ['3', '#ref-davison_2022'],
    ]);
  });

  it('lists the three works with their DOIs, in the default style first', () => {
    const dois = root
      .querySelectorAll('#references-heading ~ ol .csl[data-default] a[href^="https://doi.org/"]')
      .map((a) => a.getAttribute('href'));
    expect(dois).toEqual([
      'https://doi.org/10.2147/JMDH.S376074',
      'https://doi.org/10.2147/JMDH.S140042',
      'https://doi.org/10.1080/13561820.2021.1943336',
    ]);
  });
});

describe('the seed poster', () => {
  const root = page('/posters/communities-of-practice-preceptorship/');
  const text = squash(root.querySelector('main')?.text ?? '');

  it.each(['Objective', 'Project Approach', 'Results', 'Conclusion', 'Resources'])('has a %s panel', (heading) => {
    expect(root.querySelectorAll('section.panel h2').map((h) => h.text)).toContain(heading);
  });

  it('quotes the nurse preceptor by role', () => {
    expect(root.querySelector('figure blockquote')?.text).toContain('it sparked a good discussion');
    expect(root.querySelector('figure figcaption')?.text).toContain('Nurse preceptor');
  });

  it('shows the published contact details', () => {
    expect(text).toContain('Jana Lait');
    expect(root.querySelector('a[href="mailto:jana.lait@calgaryhealthregion.ca"]')).not.toBeNull();
    expect(root.querySelector('a[href="http://www.interprofessionalalberta.ca/"]')?.text).toBe(
      'www.interprofessionalalberta.ca',
    );
  });
});
