/**
 * Citations on the built site: in-text citations and bibliography lists in four styles, links from
 * each citation to its entry and back, reference pages with "Cited in" links to citations of that very
 * work, COinS exactly where Zotero should offer works, the exact head tags of each page type (what
 * Zotero's Embedded Metadata translator reads: docs/citations.md), the cite-this panel, and every
 * download read back with citation-js and compared with the reference files field by field.
 * (Byte budgets: budgets.test.ts; the style switch in a browser: tests/e2e/citations.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { CITATION_STYLE_IDS, formatStyleDate } from '../../src/lib/citations/styles.ts';
import { sourcePieces } from '../helpers/content.ts';
import { seedReference } from '../helpers/references.ts';
import { comparableFields } from '../helpers/round-trip.ts';
import { builtPages, contentIds, fileForPath, page } from '../helpers/site.ts';

const ESSAY = '/essays/learning-to-learn-from-each-other/';
const POSTER = '/posters/communities-of-practice-preceptorship/';
const READING_LIST = '/reading-lists/learning-each-others-roles/';
const SITE_URL = 'https://ipl-library.github.io';
const essay = page(ESSAY);
const file = (sitePath: string) => readFileSync(fileForPath(sitePath) ?? `missing ${sitePath}`, 'utf8');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const source = (sitePath: string) =>
  sourcePieces().find((p) => p.href === sitePath)?.data ?? { title: '', summary: '' };
const BUILT = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()));

/** Every head tag a reference manager or indexer reads, as [name or property, content], in order. */
const headTags = (root: HTMLElement) =>
  root
    .querySelectorAll('head meta')
    .map((m) => [m.getAttribute('name') ?? m.getAttribute('property') ?? '', m.getAttribute('content') ?? ''])
    .filter(([name]) => /^(citation_|DC\.|z\.|og:|article:)/.test(name ?? ''));

/** A download read as citation-js reads it (what reference managers' importers follow). */
function readBack(sitePath: string): Array<Record<string, unknown>> {
  const text = file(sitePath);
  if (sitePath.endsWith('.json')) return new Cite(JSON.parse(text), { forceType: '@csl/list+object' }).data;
  return new Cite(text, { forceType: sitePath.endsWith('.ris') ? '@ris/file' : '@biblatex/text' }).data;
}

describe('the seed essay bibliography', () => {
  const numbered = essay.querySelectorAll('.bibliography > ol[data-cite-style="ama vancouver"] > li');
  const alphabetical = essay.querySelectorAll('.bibliography > ul[data-cite-style="apa harvard"] > li');

  it('lists the works numbered in first-cited order for AMA (the default) and Vancouver', () => {
    expect(numbered.map((li) => li.getAttribute('id'))).toEqual([
      'ref-garnweidner_holme_2022',
      'ref-busari_2017',
      'ref-davison_2022',
    ]);
    for (const li of numbered)
      expect(li.querySelectorAll('.csl').map((s) => s.getAttribute('data-cite-style'))).toEqual(['ama', 'vancouver']);
    expect(squash(essay.querySelector('#ref-busari_2017 .csl[data-cite-style="ama"]')?.text ?? '')).toBe(
      'Busari JO, Moll FM, Duits AJ. Understanding the impact of interprofessional collaboration on the quality of care: A case report from a small-scale resource limited health care environment. J Multidiscip Healthc. 2017;10:227-234. doi:10.2147/JMDH.S140042',
    );
    expect(squash(essay.querySelector('#ref-busari_2017 .csl[data-cite-style="vancouver"]')?.text ?? '')).toContain(
      '2017;10:227-34.',
    );
  });

  it('lists them alphabetically, unnumbered, for APA and Harvard', () => {
    expect(alphabetical.map((li) => li.getAttribute('id'))).toEqual([
      'ref-busari_2017--author-date',
      'ref-davison_2022--author-date',
      'ref-garnweidner_holme_2022--author-date',
    ]);
    for (const li of alphabetical)
      expect(li.querySelectorAll('.csl').map((s) => s.getAttribute('data-cite-style'))).toEqual(['apa', 'harvard']);
  });

  it('prints each citation in every style, the default form marked and the only one search indexes', () => {
    const cites = essay.querySelectorAll('.prose .cite');
    expect(cites.map((c) => c.getAttribute('id'))).toEqual(['cite-1', 'cite-2', 'cite-3']);
    expect(
      cites.map((c) => c.querySelectorAll('[data-cite-style]').map((f) => f.getAttribute('data-cite-style'))),
    ).toEqual(Array(3).fill(['ama', 'apa', 'vancouver', 'harvard']));
    expect(cites.map((c) => squash(c.querySelector('[data-cite-style="apa"]')?.text ?? ''))).toEqual([
      '(Garnweidner-Holme & Almendingen, 2022)',
      '(Busari et al., 2017)',
      '(Davison et al., 2022)',
    ]);
    expect(cites.map((c) => squash(c.querySelector('[data-cite-style="harvard"]')?.text ?? ''))).toEqual([
      '(Garnweidner-Holme and Almendingen, 2022)',
      '(Busari, Moll and Duits, 2017)',
      '(Davison, Semlyen and Lindqvist, 2022)',
    ]);
    for (const form of essay.querySelectorAll('.prose .cite [data-cite-style]')) {
      const isDefault = form.getAttribute('data-cite-style') === 'ama';
      expect(form.hasAttribute('data-default')).toBe(isDefault);
      expect(form.hasAttribute('data-pagefind-ignore')).toBe(!isDefault);
    }
  });

  it('offers the style switch as a labelled radio group with the default checked', () => {
    const radios = essay.querySelectorAll('fieldset.style-switch input[type="radio"]');
    expect(essay.querySelector('fieldset.style-switch legend')?.text).toBe('Citation style');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(['ama', 'apa', 'vancouver', 'harvard']);
    expect(radios.filter((r) => r.hasAttribute('checked')).map((r) => r.getAttribute('value'))).toEqual(['ama']);
  });

  it('asks the boot script for the citations enhancement, and the module exists', () => {
    expect(essay.querySelector('[data-enhance~="citations"]')).not.toBeNull();
    expect(fileForPath('/scripts/citations.js')).toBeDefined();
    expect(essay.querySelectorAll('script[src]')).toEqual([]);
  });

  it('has a rule for every style in the stylesheet and the boot script (a new style needs both)', () => {
    const css = essay
      .querySelectorAll('link[rel="stylesheet"]')
      .map((l) => file(l.getAttribute('href') ?? ''))
      .join('');
    const boot = essay
      .querySelectorAll('script:not([src]):not([type])')
      .map((s) => s.text)
      .join('');
    for (const style of CITATION_STYLE_IDS) expect(css, style).toContain(`[data-citation-style=${style}]`);
    expect(/\^\(([a-z|]+)\)\$/.exec(boot)?.[1]?.split('|')).toEqual(CITATION_STYLE_IDS);
  });
});

describe('links between citations and the bibliography', () => {
  const links = essay.querySelectorAll('.prose .cite a');

  it('links every citation, in every style, to its entry, and the entry back to that citation', () => {
    expect(links).toHaveLength(12);
    for (const link of links) {
      const entry = essay.querySelector(link.getAttribute('href') ?? '');
      expect(entry?.tagName, link.getAttribute('href') ?? '').toBe('LI');
      const anchor = link.closest('.cite')?.getAttribute('id');
      expect(entry?.querySelectorAll('a.backlink').map((a) => a.getAttribute('href'))).toContain(`#${anchor}`);
    }
  });

  it('links every backlink to a citation of that very entry', () => {
    for (const backlink of essay.querySelectorAll('a.backlink')) {
      const entryId = backlink.closest('li')?.getAttribute('id');
      const cited = essay
        .querySelector(backlink.getAttribute('href') ?? '')
        ?.querySelectorAll('a')
        .map((a) => a.getAttribute('href'));
      expect(cited).toContain(`#${entryId}`);
    }
  });
});

describe('reference pages', () => {
  const ids = contentIds('references', '.yaml');

  it.each(ids)('%s shows every style, its DOI, and COinS', (id) => {
    const root = page(`/references/${id}/`);
    expect(root.querySelectorAll('.reference-styles dt').map((dt) => dt.text)).toEqual([
      'AMA 11th edition',
      'APA 7th edition',
      'Vancouver (NLM)',
      'Harvard (Cite Them Right)',
    ]);
    expect(root.querySelector('main a[href^="https://doi.org/10."]')).not.toBeNull();
    expect(root.querySelector('span.Z3988')?.getAttribute('title')).toMatch(
      /^ctx_ver=Z39\.88-2004&.*rft_id=info%3Adoi%2F10\./,
    );
  });

  it.each(ids)('%s links "Cited in" to citations of that very work, named in words rather than numbers', (id) => {
    const places = page(`/references/${id}/`).querySelectorAll('#cited-in-heading ~ ul a[href*="#cite-"]');
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) {
      expect(place.text).toMatch(/^(where it is cited|[a-z]+ citation)$/);
      const [path, anchor] = (place.getAttribute('href') ?? '').split('#');
      const cite = page(path ?? '').querySelector(`#${anchor}`);
      expect(cite?.classList.contains('cite')).toBe(true);
      expect(cite?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(`#ref-${id}`);
    }
  });
});

describe('COinS', () => {
  const spans = (sitePath: string) =>
    page(sitePath)
      .querySelectorAll('span.Z3988')
      .map((s) => new URLSearchParams(s.getAttribute('title') ?? ''));

  it('is on reference pages, the references index and reading lists, and never on an essay or poster page', () => {
    for (const sitePath of builtPages()) {
      const expected =
        sitePath.startsWith('/references/') ||
        (sitePath.startsWith('/reading-lists/') && sitePath !== '/reading-lists/');
      expect(spans(sitePath).length > 0, sitePath).toBe(expected);
    }
  });

  it('offers every work on a reading list: its pieces (blog post, presentation), then the works they cite', () => {
    const works = spans(READING_LIST);
    expect(
      works.map((w) => [w.get('rft.type') ?? w.get('rft.genre'), w.get('rft.title') ?? w.get('rft.atitle')]),
    ).toEqual([
      ['blogPost', source(ESSAY).title],
      ['presentation', source(POSTER).title],
      ...['busari_2017', 'davison_2022', 'garnweidner_holme_2022'].map((key) => ['article', seedReference(key).title]),
    ]);
    expect(works[1]?.get('rft.aucorp')).toBe('Collaboration in Clinical Settings Project');
  });
});

describe.each([
  [ESSAY, 'essay'],
  [POSTER, 'poster'],
] as const)('the metadata of %s', (sitePath, kind) => {
  const root = page(sitePath);
  const { title, summary } = source(sitePath) as { title: string; summary: string };
  const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href');
  // The bibliography's (the margin notes repeat its entries).
  const bibliographyDois = root
    .querySelectorAll('.bibliography .csl[data-default] a[href^="https://doi.org/"]')
    .map((a) => a.text);

  it('has exactly the head tags Zotero and Google Scholar read, with no date for a work whose date is unknown', () => {
    const tags = headTags(root);
    const keywords =
      kind === 'essay'
        ? [
            'Medical student',
            'Healthcare assistant',
            'Venepuncture',
            'Teamwork',
            'Understanding other roles',
            'Patient safety',
          ]
        : [
            'Nurse',
            'Health professions student',
            'Communities of practice',
            'Preceptorship',
            'Mentoring',
            'Understanding other roles',
            'Communication',
          ];
    const references = tags.filter(([name]) => name === 'citation_reference');
    expect(references).toHaveLength(bibliographyDois.length);
    references.forEach(([, value], i) => expect(value).toContain(`citation_doi=${bibliographyDois[i]}`));
    expect(tags.filter(([name]) => name !== 'citation_reference')).toEqual([
      ['citation_title', title],
      ...(kind === 'poster' ? [['citation_author', 'Collaboration in Clinical Settings Project,']] : []),
      ['citation_abstract', summary],
      ['citation_language', 'en-GB'],
      ['citation_fulltext_html_url', canonical],
      ['citation_keywords', keywords.join('; ')],
      ['DC.type', 'Text'],
      ...(kind === 'essay'
        ? [
            ['z.itemType', 'blogPost'],
            ['z.websiteType', ' '],
          ]
        : [
            ['z.itemType', 'presentation'],
            ['z.presentationType', 'Poster'],
          ]),
      ['og:type', 'article'],
      ['og:title', title],
      ['og:description', summary],
      ['og:url', canonical],
      ['og:site_name', 'Interprofessional Learning Library'],
      ['og:locale', 'en_GB'],
      ...keywords.map((k) => ['article:tag', k]),
    ]);
  });

  it("has no <time datetime> Zotero could take for the work's date, and says when it was added", () => {
    expect(root.querySelectorAll('main time[datetime]')).toEqual([]);
    expect(squash(root.querySelector('main header')?.text ?? '')).toContain(
      kind === 'essay'
        ? 'First published elsewhere (date not known) · Added to the library 22 November 2026'
        : 'Added to the library: 22 November 2026',
    );
  });

  it('has valid schema.org JSON-LD listing the cited works', () => {
    const scripts = root.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    const raw = scripts[0]?.innerHTML ?? '';
    expect(raw).not.toContain('<');
    const data = JSON.parse(raw);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': kind === 'essay' ? 'ScholarlyArticle' : 'CreativeWork',
      genre: kind === 'essay' ? 'Reflective essay' : 'Poster',
      headline: title,
      url: canonical,
    });
    expect(data).not.toHaveProperty('datePublished');
    if (kind === 'poster')
      expect(data.author).toEqual([{ '@type': 'Organization', name: 'Collaboration in Clinical Settings Project' }]);
    expect(data.citation.map((c: { identifier: { value: string } }) => c.identifier.value)).toEqual(bibliographyDois);
  });

  it(`has a "Cite this ${kind}" panel in four styles, each web citation accessed on the build's day`, () => {
    const panel = root.querySelector('details.cite-panel');
    expect(panel?.querySelector('summary')?.text).toBe(`Cite this ${kind}`);
    expect(panel?.querySelectorAll('dt').map((dt) => dt.text)).toEqual([
      'AMA 11th edition',
      'APA 7th edition',
      'Vancouver (NLM)',
      'Harvard (Cite Them Right)',
    ]);
    expect(panel?.querySelectorAll('button[data-copy]')).toHaveLength(4);
    const accessed = (style: string) => panel?.querySelector(`#cite-this-${style} [data-accessed]`);
    for (const [style, form] of [
      ['ama', 'us'],
      ['apa', 'us'],
      ['vancouver', 'nlm'],
      ['harvard', 'uk'],
    ] as const) {
      expect(accessed(style)?.getAttribute('data-accessed'), style).toBe(form);
      expect(accessed(style)?.text, style).toBe(formatStyleDate(BUILT, form));
    }
    const text = (style: string) => squash(panel?.querySelector(`#cite-this-${style}`)?.text ?? '');
    const url = `${SITE_URL}${sitePath}`;
    if (kind === 'essay') {
      expect(text('ama')).toBe(
        `${title}. Interprofessional Learning Library. Accessed ${formatStyleDate(BUILT, 'us')}. ${url}`,
      );
      expect(text('apa')).toBe(
        `${title}. (n.d.). Interprofessional Learning Library. Retrieved ${formatStyleDate(BUILT, 'us')}, from ${url}`,
      );
    } else {
      expect(text('ama')).toBe(
        `Collaboration in Clinical Settings Project. ${title}. Poster. Accessed ${formatStyleDate(BUILT, 'us')}. ${url}`,
      );
      expect(text('apa')).toBe(
        `Collaboration in Clinical Settings Project. (n.d.). ${title} [Poster]. Retrieved ${formatStyleDate(BUILT, 'us')}, from ${url}`,
      );
      expect(text('vancouver')).toBe(
        `Collaboration in Clinical Settings Project. ${title} [Poster] [Internet]. [cited ${formatStyleDate(BUILT, 'nlm')}]. Available from: ${url}`,
      );
      expect(text('harvard')).toBe(
        `Collaboration in Clinical Settings Project (no date) ‘${title}’. Available at: ${url} (Accessed: ${formatStyleDate(BUILT, 'uk')}).`,
      );
    }
  });

  it('offers downloads that read back as one item of the kind chosen, with the group author whole and no date', () => {
    const downloads = root.querySelectorAll('details.cite-panel a[download]').map((a) => a.getAttribute('href') ?? '');
    expect(downloads).toEqual([`${sitePath}cite.bib`, `${sitePath}cite.ris`, `${sitePath}cite.json`]);
    for (const href of downloads) {
      const back = readBack(href);
      expect(back, href).toHaveLength(1);
      const [work = {}] = back;
      expect(comparableFields(work), href).toMatchObject({
        title,
        URL: `${SITE_URL}${sitePath}`,
        author: kind === 'essay' ? [] : [{ literal: 'Collaboration in Clinical Settings Project' }],
      });
      expect(work.issued, href).toBeUndefined();
    }
    expect(file(`${sitePath}cite.bib`)).toMatch(kind === 'essay' ? /^@online\{/ : /^@unpublished\{/);
    expect(file(`${sitePath}cite.ris`)).toMatch(kind === 'essay' ? /^TY {2}- BLOG\n/ : /^TY {2}- SLIDE\n/);
    expect(JSON.parse(file(`${sitePath}cite.json`))[0].type).toBe(kind === 'essay' ? 'post-weblog' : 'speech');
  });
});

describe('the site-wide and reading-list bibliography files', () => {
  const ids = contentIds('references', '.yaml');

  it.each(['/references.bib', '/references.ris', '/references.json'])(
    '%s reads back to the reference files, field by field',
    (sitePath) => {
      const back = readBack(sitePath);
      expect(back.map(comparableFields)).toEqual(ids.map((id) => comparableFields({ ...seedReference(id) })));
    },
  );

  it.each(['bib', 'ris', 'json'])(
    'the reading list as %s: its two pieces, then the works they cite, field by field',
    (format) => {
      const back = readBack(`${READING_LIST}list.${format}`);
      expect(back.slice(0, 2).map((w) => w.title)).toEqual([source(ESSAY).title, source(POSTER).title]);
      expect(back.slice(2).map(comparableFields)).toEqual(ids.map((id) => comparableFields({ ...seedReference(id) })));
    },
  );

  it('carries the journal abbreviation where Zotero reads it: shortjournal, J2, journalAbbreviation', () => {
    expect(file('/references.bib')).toContain('shortjournal = {J Interprof Care}');
    expect(file('/references.ris')).toContain('J2  - J Interprof Care');
    expect(
      JSON.parse(file('/references.json')).map((w: { journalAbbreviation?: string }) => w.journalAbbreviation),
    ).toEqual(ids.map((id) => seedReference(id)['container-title-short']));
  });

  it('is linked from the references page', () => {
    expect(
      page('/references/')
        .querySelectorAll('main a[download]')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['/references.bib', '/references.ris', '/references.json']);
  });
});

it('credits the Citation Style Language project on every page', () => {
  for (const sitePath of [ESSAY, '/', '/references/']) {
    const footer = page(sitePath).querySelector('body > footer');
    expect(footer?.querySelector('a[href="https://citationstyles.org/"]')?.text).toBe('Citation Style Language');
    expect(footer?.text).toContain('CC BY-SA 3.0');
  }
});
