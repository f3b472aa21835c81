/**
 * The machine-readable metadata builders: the exact head tags of each kind of piece (chosen for what
 * Zotero's Embedded Metadata translator reads, docs/citations.md), Highwire citation_reference values,
 * JSON-LD escaping, COinS.
 */
import { describe, expect, it } from 'vitest';
import { coinsTitle, pieceCoinsTitle } from '../../src/lib/citations/coins.ts';
import type { CitablePiece } from '../../src/lib/citations/csl-items.ts';
import {
  citationReference,
  type MetaTag,
  pieceJsonLd,
  pieceMetaTags,
  serialiseJsonLd,
} from '../../src/lib/citations/page-metadata.ts';
import { seedReference } from '../helpers/references.ts';

const common = {
  summary: 'A summary.',
  added: new Date('2026-01-05T00:00:00Z'),
  siteName: 'Interprofessional Learning Library',
  language: 'en-GB',
  keywords: ['Teamwork', 'Patient safety'],
};
const essay: CitablePiece = {
  ...common,
  kind: 'essay',
  id: 'x',
  title: 'A title with </script><b>',
  authors: [{ name: 'Ada B. Example', person: true }],
  issued: [2026, 1, 5],
  url: 'https://ipl-library.github.io/essays/x/',
};
const undatedEssay: CitablePiece = { ...essay, authors: [], issued: undefined, firstPublished: {} };
const poster: CitablePiece = {
  ...common,
  kind: 'poster',
  id: 'p',
  title: 'Shared wards',
  authors: [{ name: 'Collaboration in Clinical Settings Project', person: false }],
  issued: [2008, 5],
  firstPublished: { date: [2008, 5], venue: 'Alberta Interprofessional Forum', place: 'Calgary, Alberta' },
  url: 'https://ipl-library.github.io/posters/p/',
};
const busari = seedReference('busari_2017');
const reference = `citation_title=${busari.title}; citation_author=Busari, Jamiu O.; citation_author=Moll, Fleur M.; citation_author=Duits, Ashley J.; citation_journal_title=Journal of Multidisciplinary Healthcare; citation_publication_date=2017; citation_volume=10; citation_firstpage=227; citation_lastpage=234; citation_doi=10.2147/JMDH.S140042`;
const asPairs = (tags: MetaTag[]) => tags.map((t) => ('name' in t ? [t.name, t.content] : [t.property, t.content]));

it('writes a cited work as one citation_reference value', () => {
  expect(citationReference(busari)).toBe(reference);
});

describe('the head tags of', () => {
  it('an essay: Highwire with its date, DCMI type Text, Zotero blogPost with its Type field cleared, Open Graph', () => {
    expect(
      asPairs(
        pieceMetaTags({
          piece: essay,
          orcid: '0000-0002-1825-0097',
          references: [{ id: 'busari_2017', data: busari }],
          licenceUrl: '',
        }),
      ),
    ).toEqual([
      ['citation_title', 'A title with </script><b>'],
      ['citation_author', 'Example, Ada B.'],
      ['citation_author_orcid', 'https://orcid.org/0000-0002-1825-0097'],
      ['citation_publication_date', '2026/01/05'],
      ['citation_online_date', '2026/01/05'],
      ['citation_abstract', 'A summary.'],
      ['citation_language', 'en-GB'],
      ['citation_fulltext_html_url', 'https://ipl-library.github.io/essays/x/'],
      ['citation_keywords', 'Teamwork; Patient safety'],
      ['citation_reference', reference],
      ['DC.type', 'Text'],
      ['z.itemType', 'blogPost'],
      ['z.websiteType', ' '],
      ['og:type', 'article'],
      ['og:title', 'A title with </script><b>'],
      ['og:description', 'A summary.'],
      ['og:url', 'https://ipl-library.github.io/essays/x/'],
      ['og:site_name', 'Interprofessional Learning Library'],
      ['og:locale', 'en_GB'],
      ['article:published_time', '2026-01-05'],
      ['article:tag', 'Teamwork'],
      ['article:tag', 'Patient safety'],
    ]);
  });

  it('an essay first published elsewhere on an unknown date: no date at all, so Zotero takes none', () => {
    const names = asPairs(pieceMetaTags({ piece: undatedEssay, references: [], licenceUrl: '' })).map(([name]) => name);
    expect(names).not.toContain('citation_publication_date');
    expect(names).not.toContain('citation_online_date');
    expect(names).not.toContain('article:published_time');
    expect(names).not.toContain('citation_author');
  });

  it('a poster: the group author whole (a trailing comma), Zotero presentation of type Poster with its meeting and place', () => {
    const pairs = asPairs(pieceMetaTags({ piece: poster, references: [], licenceUrl: '' }));
    expect(pairs.slice(0, 3)).toEqual([
      ['citation_title', 'Shared wards'],
      ['citation_author', 'Collaboration in Clinical Settings Project,'],
      ['citation_publication_date', '2008/05'],
    ]);
    expect(pairs.filter(([name]) => /^(DC|z)\./.test(name ?? ''))).toEqual([
      ['DC.type', 'Text'],
      ['z.itemType', 'presentation'],
      ['z.presentationType', 'Poster'],
      ['z.meetingName', 'Alberta Interprofessional Forum'],
      ['z.place', 'Calgary, Alberta'],
    ]);
    expect(pairs).toContainEqual(['article:published_time', '2008-05']);
    expect(pairs.map(([name]) => name)).not.toContain('citation_conference_title');
  });
});

describe('JSON-LD', () => {
  it('escapes < so no value can close the script element, and still parses', () => {
    const json = serialiseJsonLd(
      pieceJsonLd({
        piece: essay,
        references: [{ id: 'busari_2017', data: busari }],
        licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
      }),
    );
    expect(json).not.toContain('<');
    const data = JSON.parse(json);
    expect(data).toMatchObject({
      '@type': 'ScholarlyArticle',
      headline: 'A title with </script><b>',
      datePublished: '2026-01-05',
      genre: 'Reflective essay',
    });
    expect(data.citation[0]).toMatchObject({
      '@type': 'ScholarlyArticle',
      sameAs: 'https://doi.org/10.2147/JMDH.S140042',
      identifier: { propertyID: 'DOI', value: '10.2147/JMDH.S140042' },
    });
  });

  it('describes a poster as a CreativeWork of the genre Poster by an Organization, presented at its meeting', () => {
    expect(pieceJsonLd({ piece: poster, references: [], licenceUrl: '' })).toMatchObject({
      '@type': 'CreativeWork',
      genre: 'Poster',
      author: [{ '@type': 'Organization', name: 'Collaboration in Clinical Settings Project' }],
      datePublished: '2008-05',
      publication: {
        '@type': 'PublicationEvent',
        name: 'Alberta Interprofessional Forum',
        location: { '@type': 'Place', name: 'Calgary, Alberta' },
        startDate: '2008-05',
      },
    });
  });

  it("gives no datePublished when the work's date is not known", () => {
    expect(pieceJsonLd({ piece: undatedEssay, references: [], licenceUrl: '' })).not.toHaveProperty('datePublished');
  });
});

describe('COinS', () => {
  it('describes a journal article as an OpenURL ContextObject', () => {
    const params = new URLSearchParams(coinsTitle(busari));
    expect(params.get('ctx_ver')).toBe('Z39.88-2004');
    expect(params.get('rft_val_fmt')).toBe('info:ofi/fmt:kev:mtx:journal');
    expect(params.get('rft.jtitle')).toBe('Journal of Multidisciplinary Healthcare');
    expect(params.get('rft.stitle')).toBe('J Multidiscip Healthc');
    expect(params.get('rft.spage')).toBe('227');
    expect(params.get('rft.epage')).toBe('234');
    expect(params.get('rft.aulast')).toBe('Busari');
    expect(params.getAll('rft.au')).toEqual(['Moll, Fleur M.', 'Duits, Ashley J.']);
    expect(params.get('rft_id')).toBe('info:doi/10.2147/JMDH.S140042');
  });

  it('gives a group author as aucorp', () => {
    const params = new URLSearchParams(
      coinsTitle({
        type: 'report',
        title: 'A framework',
        author: [{ literal: 'World Health Organization' }],
        issued: { 'date-parts': [[2010]] },
        publisher: 'WHO',
      }),
    );
    expect(params.get('rft.aucorp')).toBe('World Health Organization');
    expect(params.get('rft.aulast')).toBeNull();
  });

  it('describes an essay and a poster in Dublin Core, with the Zotero item type in rft.type', () => {
    expect(Object.fromEntries(new URLSearchParams(pieceCoinsTitle(essay)))).toEqual({
      ctx_ver: 'Z39.88-2004',
      rft_val_fmt: 'info:ofi/fmt:kev:mtx:dc',
      'rft.type': 'blogPost',
      'rft.title': 'A title with </script><b>',
      'rft.aulast': 'Example',
      'rft.aufirst': 'Ada B.',
      'rft.date': '2026-01-05',
      'rft.source': 'Interprofessional Learning Library',
      'rft.description': 'A summary.',
      'rft.language': 'en-GB',
      rft_id: 'https://ipl-library.github.io/essays/x/',
    });
    const params = new URLSearchParams(pieceCoinsTitle(poster));
    expect([
      params.get('rft.type'),
      params.get('rft.aucorp'),
      params.get('rft.date'),
      params.get('rft.place'),
      params.get('rft.source'),
    ]).toEqual(['presentation', 'Collaboration in Clinical Settings Project', '2008-05', 'Calgary, Alberta', null]);
  });
});
