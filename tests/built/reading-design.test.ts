/**
 * The design pass of issue 17 on the built pages: the anonymous byline, the kind label only where
 * kinds mix, paragraph links out of the tab order, poster panels by kind with an essay's typography,
 * and margin notes beside each paragraph that cites a work or marks a glossary term.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { builtPages, listPages, page, PROJECT_ROOT } from '../helpers/site.ts';

const ESSAY = '/essays/learning-to-learn-from-each-other/';
const POSTER = '/posters/communities-of-practice-preceptorship/';

describe('byline of an anonymous author', () => {
  it('reads "By a medical student" on the essay, not "By Medical student"', () => {
    const byline = page(ESSAY).querySelector('article header p.text-sm')?.text.replace(/\s+/g, ' ').trim();
    expect(byline).toMatch(/^By a medical student · /);
  });
  it('reads "A medical student" in a listing and "by a medical student" in the teaching notes', () => {
    const card = page('/essays/')
      .querySelectorAll('article')
      .find((a) => a.querySelector(`a[href="${ESSAY}"]`));
    expect(card?.querySelector('p.text-sm')?.text).toMatch(/^A medical student · /);
    expect(page('/teaching/essays/learning-to-learn-from-each-other/').text).toContain(
      'For the essay by a medical student:',
    );
  });
});

describe('kind label (Essay, Poster)', () => {
  const labels = (sitePath: string) =>
    page(sitePath)
      .querySelectorAll('[data-kind-label]')
      .map((el) => el.text);
  it('is left off a listing of one kind', () => {
    expect(page('/essays/').querySelectorAll('main article')).not.toHaveLength(0);
    expect(labels('/essays/')).toEqual([]);
    expect(labels('/posters/')).toEqual([]);
  });
  it('names each piece where a listing mixes essays and posters', () => {
    const home = page('/').querySelectorAll('main article');
    expect(new Set(labels('/'))).toEqual(new Set(['Essay', 'Poster']));
    expect(labels('/')).toHaveLength(home.length);
  });
  it('follows the whole list on a term page: where the term has both kinds, every card on every page says which', () => {
    const seen = { mixed: 0, single: 0 };
    for (const first of builtPages().filter((p) => /^\/browse\/[^/]+\/[^/]+\/$/.test(p))) {
      const pages = listPages(first);
      const cards = pages.flatMap((root) => root.querySelectorAll('[data-term-pieces] article'));
      const kinds = new Set(cards.map((card) => card.querySelector('h3 a')?.getAttribute('href')?.split('/')[1]));
      const shown = pages.flatMap((root) => root.querySelectorAll('[data-term-pieces] [data-kind-label]'));
      if (kinds.size > 1) {
        seen.mixed++;
        expect(shown, first).toHaveLength(cards.length);
      } else {
        seen.single++;
        expect(shown, first).toHaveLength(0);
      }
    }
    expect(seen.mixed).toBeGreaterThan(0);
    expect(seen.single).toBeGreaterThan(0);
  });
});

describe('paragraph links', () => {
  const root = page(ESSAY);
  it('keep one ¶ in the tab order, the first paragraph\'s; the rest are tabindex="-1"', () => {
    const links = root.querySelectorAll('.prose a.paragraph-link');
    expect(links.length).toBeGreaterThan(5);
    expect(links[0]?.getAttribute('tabindex')).toBeUndefined();
    expect(links.slice(1).map((a) => a.getAttribute('tabindex'))).toEqual(links.slice(1).map(() => '-1'));
  });
});

describe('poster panels', () => {
  const root = page(POSTER);
  const source = parseYaml(
    readFileSync(path.join(PROJECT_ROOT, 'content/posters/communities-of-practice-preceptorship.mdx'), 'utf8').split(
      /^---$/m,
    )[1] ?? '',
  ) as { quotes: Array<{ text: string }>; results: string };

  it('each carries its kind, for its colour', () => {
    for (const kind of ['objective', 'approach', 'results', 'conclusion', 'resources'])
      expect(root.querySelector(`#${kind}`)?.classList.contains(`panel-${kind}`), kind).toBe(true);
    expect(root.querySelectorAll('figure.panel').every((f) => f.classList.contains('panel-quote'))).toBe(true);
  });

  it("set their text with an essay's typography: no straight quote or apostrophe is left", () => {
    // The seed poster's front matter has straight apostrophes (peoples', it's): the page must not.
    expect(source.quotes[0]?.text).toContain("peoples'");
    const panels = root.querySelectorAll('.poster .panel');
    expect(panels.length).toBeGreaterThan(5);
    for (const panel of panels) expect(panel.text, panel.id || panel.tagName).not.toMatch(/["']/);
    expect(root.querySelector('figure.panel-quote blockquote')?.text).toContain('peoples’ roles');
  });
});

describe('margin notes', () => {
  const root = page(ESSAY);
  const paragraphs = root.querySelectorAll('.prose > p[id]');
  const bibliography = root.querySelectorAll('.bibliography ol[data-default] > li').map((li) => li.id);

  it('give each paragraph one note per work it cites and glossary term it marks, in order of first use', () => {
    let noted = 0;
    for (const p of paragraphs) {
      const notes = p.querySelector(':scope > .margin-notes');
      const cited = [
        ...new Set(p.querySelectorAll('.cite [data-default] a').map((a) => a.getAttribute('href')?.slice(1))),
      ];
      const terms = [...new Set(p.querySelectorAll('a.glossary-term').map((a) => a.getAttribute('href')))];
      if (cited.length + terms.length === 0) {
        expect(notes, p.id).toBeNull();
        continue;
      }
      noted++;
      expect(p.firstChild, p.id).toBe(notes);
      const citationNotes = notes?.querySelectorAll('.margin-note-citation') ?? [];
      expect(
        citationNotes.map((n) => n.querySelector('[data-default] .margin-note-number')?.text),
        p.id,
      ).toEqual(cited.map((id) => `${bibliography.indexOf(id ?? '') + 1}.`));
      expect(
        notes?.querySelectorAll('.margin-note-term b').map((b) => b.text),
        p.id,
      ).toEqual(terms.map((href) => root.querySelector(`a.glossary-term[href="${href}"] abbr`)?.text));
    }
    expect(noted).toBeGreaterThanOrEqual(3);
  });

  it('show a cited work as the bibliography does, in every style, and a term with its expansion and definition', () => {
    const note = root.querySelector('.margin-note-citation');
    const styles = note?.querySelectorAll('.csl').map((el) => el.getAttribute('data-cite-style'));
    expect(styles?.sort()).toEqual(['ama', 'apa', 'harvard', 'vancouver']);
    const entry = root.querySelector('#ref-garnweidner_holme_2022 .csl[data-cite-style="ama"]');
    expect(note?.querySelector('.csl[data-cite-style="ama"]')?.text.replace(/^1\. /, '')).toBe(entry?.text);
    expect(note?.querySelector('.csl[data-cite-style="ama"] i')?.text).toBe('J Multidiscip Healthc');
    const term = root.querySelector('.margin-note-term');
    expect(term?.text).toMatch(/^HCA \(healthcare assistant\): A healthcare assistant is /);
  });

  it('are hidden from assistive technology and search, with their links out of the tab order, and marked as references for the publish gate', () => {
    const all = root.querySelectorAll('.margin-notes');
    expect(all.length).toBeGreaterThan(0);
    for (const notes of all) {
      expect(notes.getAttribute('aria-hidden')).toBe('true');
      expect(notes.hasAttribute('data-pagefind-ignore')).toBe(true);
      for (const a of notes.querySelectorAll('a')) expect(a.getAttribute('tabindex')).toBe('-1');
      for (const n of notes.querySelectorAll('.margin-note-citation'))
        expect(n.getAttribute('data-confidentiality')).toBe('reference');
    }
  });

  it('leave the numbered bibliography closing the essay', () => {
    expect(root.querySelector('.bibliography ol[data-default]')?.querySelectorAll('li')).toHaveLength(
      bibliography.length,
    );
    expect(bibliography.length).toBeGreaterThan(0);
  });
});
