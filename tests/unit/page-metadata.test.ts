/** The machine-readable metadata builders: Highwire citation_reference values, JSON-LD escaping, COinS. */
import { describe, expect, it } from 'vitest';
import { coinsTitle } from '../../src/lib/citations/coins.ts';
import type { CitablePiece } from '../../src/lib/citations/csl-items.ts';
import { citationReference, pieceJsonLd, pieceMetaTags, serialiseJsonLd } from '../../src/lib/citations/page-metadata.ts';
import { seedReference } from '../helpers/references.ts';

const piece: CitablePiece = {
  kind: 'essay',
  id: 'x',
  title: 'A title with </script><b>',
  summary: 'A summary.',
  authors: [{ name: 'Ada B. Example', person: true }],
  published: new Date('2026-01-05T00:00:00Z'),
  url: 'https://ipl-library.github.io/essays/x/',
  siteName: 'Interprofessional Learning Library',
  language: 'en-GB',
  keywords: ['Teamwork', 'Patient safety'],
};
const busari = seedReference('busari_2017');

it('writes a cited work as one citation_reference value', () => {
  expect(citationReference(busari)).toBe(
    'citation_title=Understanding the impact of interprofessional collaboration on the quality of care: a case report from a small-scale resource limited health care environment; citation_author=Busari, Jamiu O.; citation_author=Moll, Fleur M.; citation_author=Duits, Ashley J.; citation_journal_title=Journal of Multidisciplinary Healthcare; citation_publication_date=2017; citation_volume=10; citation_firstpage=227; citation_lastpage=234; citation_doi=10.2147/JMDH.S140042',
  );
});

describe('meta tags', () => {
  const tags = pieceMetaTags({ piece, orcid: '0000-0002-1825-0097', references: [{ id: 'busari_2017', data: busari }], licenceUrl: '' });
  const named = (name: string) => tags.filter((t) => 'name' in t && t.name === name).map((t) => t.content);

  it('names the author "Family, Given" with the ORCID iD after it, and dates with slashes', () => {
    expect(named('citation_author')).toEqual(['Example, Ada B.']);
    expect(named('citation_author_orcid')).toEqual(['https://orcid.org/0000-0002-1825-0097']);
    expect(named('citation_publication_date')).toEqual(['2026/01/05']);
    expect(named('citation_keywords')).toEqual(['Teamwork; Patient safety']);
    expect(named('DC.type')).toEqual(['blogPost']);
  });
});

it('escapes < in JSON-LD so no value can close the script element, and it still parses', () => {
  const json = serialiseJsonLd(pieceJsonLd({ piece, references: [{ id: 'busari_2017', data: busari }], licenceUrl: 'https://creativecommons.org/licenses/by/4.0/' }));
  expect(json).not.toContain('<');
  const data = JSON.parse(json);
  expect(data.headline).toBe('A title with </script><b>');
  expect(data.citation[0]).toMatchObject({ '@type': 'ScholarlyArticle', sameAs: 'https://doi.org/10.2147/JMDH.S140042', identifier: { propertyID: 'DOI', value: '10.2147/JMDH.S140042' } });
});

it('describes a journal article as an OpenURL ContextObject for COinS', () => {
  const params = new URLSearchParams(coinsTitle(busari));
  expect(params.get('ctx_ver')).toBe('Z39.88-2004');
  expect(params.get('rft_val_fmt')).toBe('info:ofi/fmt:kev:mtx:journal');
  expect(params.get('rft.jtitle')).toBe('Journal of Multidisciplinary Healthcare');
  expect(params.get('rft.spage')).toBe('227');
  expect(params.get('rft.epage')).toBe('234');
  expect(params.get('rft.aulast')).toBe('Busari');
  expect(params.getAll('rft.au')).toEqual(['Moll, Fleur M.', 'Duits, Ashley J.']);
  expect(params.get('rft_id')).toBe('info:doi/10.2147/JMDH.S140042');
});
