/**
 * Citations on the built site: the bibliography in four styles, links from each citation to its
 * entry and back, reference pages with "Cited in" links to the exact places, the cite-this panel and
 * its downloads, and the machine-readable metadata of piece pages. (Byte budgets: budgets.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtPages, contentIds, fileForPath, page } from '../helpers/site.ts';

const ESSAY = '/essays/learning-to-learn-from-each-other/';
const POSTER = '/posters/communities-of-practice-preceptorship/';
const SITE_URL = 'https://ipl-library.github.io';
const essay = page(ESSAY);
const file = (sitePath: string) => readFileSync(fileForPath(sitePath) ?? `missing ${sitePath}`, 'utf8');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const meta = (root: HTMLElement, name: string) => root.querySelectorAll(`meta[name="${name}"]`).map((m) => m.getAttribute('content'));
const property = (root: HTMLElement, name: string) => root.querySelector(`meta[property="${name}"]`)?.getAttribute('content');

describe('the seed essay bibliography', () => {
  const entries = essay.querySelectorAll('#references-heading ~ ol > li');

  it('prints each work in AMA (the default), APA, Vancouver and Harvard, AMA shown first', () => {
    expect(entries).toHaveLength(3);
    for (const li of entries) expect(li.querySelectorAll('.csl').map((s) => s.getAttribute('data-style'))).toEqual(['ama', 'apa', 'vancouver', 'harvard']);
    expect(essay.querySelectorAll('.csl[data-default]').map((s) => s.getAttribute('data-style'))).toEqual(['ama', 'ama', 'ama']);
    expect(squash(essay.querySelector('#ref-busari_2017 .csl[data-style="ama"]')?.text ?? '')).toBe(
      'Busari JO, Moll FM, Duits AJ. Understanding the impact of interprofessional collaboration on the quality of care: a case report from a small-scale resource limited health care environment. J Multidiscip Healthc. 2017;10:227-234. doi:10.2147/JMDH.S140042',
    );
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
});

describe('links between citations and the bibliography', () => {
  const citations = essay.querySelectorAll('sup.citation a');

  it('links every citation to its entry, and the entry back to that citation', () => {
    expect(citations.length).toBeGreaterThan(0);
    for (const link of citations) {
      const entry = essay.querySelector(link.getAttribute('href') ?? '');
      expect(entry?.tagName, link.getAttribute('href') ?? '').toBe('LI');
      const cluster = link.closest('sup')?.querySelector('a[id]');
      const anchor = cluster?.getAttribute('id');
      expect(entry?.querySelectorAll('a.backlink').map((a) => a.getAttribute('href'))).toContain(`#${anchor}`);
    }
  });

  it('links every backlink to a citation of that very entry', () => {
    for (const backlink of essay.querySelectorAll('a.backlink')) {
      const entryId = backlink.closest('li')?.getAttribute('id');
      const target = essay.querySelector(backlink.getAttribute('href') ?? '');
      const cited = target?.closest('sup')?.querySelectorAll('a').map((a) => a.getAttribute('href'));
      expect(cited).toContain(`#${entryId}`);
    }
  });
});

describe('reference pages', () => {
  const ids = contentIds('references', '.yaml');

  it.each(ids)('%s shows every style, its DOI, and COinS', (id) => {
    const root = page(`/references/${id}/`);
    expect(root.querySelectorAll('.reference-styles dt').map((dt) => dt.text)).toEqual(['AMA 11th edition', 'APA 7th edition', 'Vancouver (NLM)', 'Harvard']);
    expect(root.querySelector('main a[href^="https://doi.org/10."]')).not.toBeNull();
    expect(root.querySelector('span.Z3988')?.getAttribute('title')).toMatch(/^ctx_ver=Z39\.88-2004&.*rft_id=info%3Adoi%2F10\./);
  });

  it.each(ids)('%s links "Cited in" to the exact places, and each place cites it', (id) => {
    const places = page(`/references/${id}/`).querySelectorAll('#cited-in-heading ~ ul a[href*="#cite-"]');
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) {
      const [path, anchor] = (place.getAttribute('href') ?? '').split('#');
      const cluster = page(path ?? '').querySelector(`#${anchor}`)?.closest('sup');
      expect(cluster?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(`#ref-${id}`);
    }
  });

  it('puts COinS only on reference pages, never on essay or poster pages', () => {
    for (const sitePath of builtPages()) {
      if (!sitePath.startsWith('/references/') || sitePath === '/references/') expect(page(sitePath).querySelector('.Z3988'), sitePath).toBeNull();
    }
  });
});

describe.each([
  [ESSAY, 'blogPost', 'essay'],
  [POSTER, 'presentation', 'poster'],
])('the metadata of %s', (sitePath, dcType, kind) => {
  const root = page(sitePath);
  const title = squash(root.querySelector('h1')?.text ?? '');
  const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const bibliographyDois = root.querySelectorAll('.csl[data-default] a[href^="https://doi.org/"]').map((a) => a.text);

  it('has the Highwire tags Google Scholar and Zotero read', () => {
    expect(meta(root, 'citation_title')).toEqual([title]);
    expect(meta(root, 'citation_publication_date')[0]).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    expect(meta(root, 'citation_abstract')[0]).toBe(root.querySelector('meta[name="description"]')?.getAttribute('content'));
    expect(meta(root, 'citation_language')).toEqual(['en-GB']);
    expect(meta(root, 'citation_keywords')[0]).toContain('; ');
    const references = meta(root, 'citation_reference');
    expect(references).toHaveLength(bibliographyDois.length);
    references.forEach((reference, i) => expect(reference).toContain(`citation_doi=${bibliographyDois[i]}`));
  });

  it(`tells Zotero it is a ${dcType} and gives Open Graph tags`, () => {
    expect(meta(root, 'DC.type')).toEqual([dcType]);
    expect(property(root, 'og:title')).toBe(title);
    expect(property(root, 'og:url')).toBe(canonical);
    expect(property(root, 'og:site_name')).toBe('Interprofessional Learning Library');
    expect(property(root, 'og:type')).toBe('article');
  });

  it('has valid schema.org ScholarlyArticle JSON-LD listing the cited works', () => {
    const scripts = root.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    const raw = scripts[0]?.innerHTML ?? '';
    expect(raw).not.toContain('<');
    const data = JSON.parse(raw);
    expect(data).toMatchObject({ '@context': 'https://schema.org', '@type': 'ScholarlyArticle', headline: title, url: canonical });
    expect(data.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data.citation.map((c: { identifier: { value: string } }) => c.identifier.value)).toEqual(bibliographyDois);
  });

  it(`has a "Cite this ${kind}" panel in four styles with downloads that parse back`, () => {
    const panel = root.querySelector('details.cite-panel');
    expect(panel?.querySelector('summary')?.text).toBe(`Cite this ${kind}`);
    expect(panel?.querySelectorAll('dt').map((dt) => dt.text)).toEqual(['AMA 11th edition', 'APA 7th edition', 'Vancouver (NLM)', 'Harvard']);
    expect(panel?.querySelectorAll('button[data-copy]')).toHaveLength(4);
    const downloads = panel?.querySelectorAll('a[download]').map((a) => a.getAttribute('href')) ?? [];
    expect(downloads).toEqual([`${sitePath}cite.bib`, `${sitePath}cite.ris`, `${sitePath}cite.json`]);
    for (const [href, forceType] of [
      [downloads[0], '@biblatex/text'],
      [downloads[1], '@ris/file'],
      [downloads[2], '@csl/list+object'],
    ] as const) {
      const text = file(href ?? '');
      const [work] = new Cite(forceType === '@csl/list+object' ? JSON.parse(text) : text, { forceType }).data as unknown as Array<{ title: string; URL: string }>;
      expect(work?.title, href).toBe(title);
      expect(work?.URL, href).toBe(`${SITE_URL}${sitePath}`);
    }
  });
});

describe('the site-wide bibliography files', () => {
  const ids = contentIds('references', '.yaml');

  it.each([
    ['/references.bib', '@biblatex/text'],
    ['/references.ris', '@ris/file'],
    ['/references.json', '@csl/list+object'],
  ])('%s holds every reference', (sitePath, forceType) => {
    const text = file(sitePath);
    const works = new Cite(forceType === '@csl/list+object' ? JSON.parse(text) : text, { forceType }).data as unknown as Array<{ DOI: string }>;
    expect(works).toHaveLength(ids.length);
    for (const work of works) expect(work.DOI).toMatch(/^10\./);
  });

  it('is linked from the references page', () => {
    expect(page('/references/').querySelectorAll('main a[download]').map((a) => a.getAttribute('href'))).toEqual(['/references.bib', '/references.ris', '/references.json']);
  });
});

it('credits the Citation Style Language project on every page', () => {
  for (const sitePath of [ESSAY, '/', '/references/']) {
    const footer = page(sitePath).querySelector('body > footer');
    expect(footer?.querySelector('a[href="https://citationstyles.org/"]')?.text).toBe('Citation Style Language');
    expect(footer?.text).toContain('CC BY-SA 3.0');
  }
});
