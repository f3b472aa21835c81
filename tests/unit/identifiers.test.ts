import { describe, expect, it } from 'vitest';
import { doiProblem, isValidIssn, isValidOrcid, normaliseDoi, normaliseOrcid } from '../../src/lib/identifiers.ts';

describe('DOIs', () => {
  it.each([
    ['https://doi.org/10.2147/JMDH.S140042', '10.2147/JMDH.S140042'],
    ['http://dx.doi.org/10.2147/JMDH.S140042', '10.2147/JMDH.S140042'],
    ['doi:10.1080/13561820.2021.1943336', '10.1080/13561820.2021.1943336'],
    [' DOI: 10.1080/13561820.2021.1943336 ', '10.1080/13561820.2021.1943336'],
  ])('normalises %s', (input, bare) => {
    expect(normaliseDoi(input)).toBe(bare);
  });

  it.each(['10.2147/JMDH.S140042', '10.1002/(SICI)1097-4636(199808)41:2<>1.0.CO;2-K'.replace('<>', '')])(
    'accepts %s',
    (doi) => {
      expect(doiProblem(doi)).toBeNull();
    },
  );

  it.each([
    ['10.2147/JMDH.S140042.', 'ends with punctuation'],
    ['10.2147/JMDH.S140042;', 'ends with punctuation'],
    ['11.2147/x', 'is not a DOI'],
    ['10.21/x', 'is not a DOI'],
    ['10.2147/has space', 'is not a DOI'],
  ])('refuses %s', (doi, message) => {
    expect(doiProblem(doi)).toContain(message);
  });
});

describe('ISSNs', () => {
  it.each(['1178-2390', '1356-1820', '1469-9567', '0317-8471', '2434-561X'])('accepts %s', (issn) => {
    expect(isValidIssn(issn)).toBe(true);
  });
  it.each(['1178-2391', '11782390', '1356-182', '2434-5610'])('refuses %s', (issn) => {
    expect(isValidIssn(issn)).toBe(false);
  });
});

describe('ORCID iDs', () => {
  it.each(['0000-0002-1825-0097', '0000-0001-5109-3700', '0000-0002-1694-233X'])('accepts %s', (orcid) => {
    expect(isValidOrcid(orcid)).toBe(true);
  });
  it.each(['0000-0002-1825-0098', '0000-0002-1825-009', '0000000218250097'])('refuses %s', (orcid) => {
    expect(isValidOrcid(orcid)).toBe(false);
  });
  it('strips the orcid.org prefix', () => {
    expect(normaliseOrcid('https://orcid.org/0000-0002-1825-0097')).toBe('0000-0002-1825-0097');
  });
});

describe('web addresses in references', () => {
  it('are stored percent-encoded, so a quote cannot break out of an href attribute', async () => {
    const { webUrl } = await import('../../src/schemas/common.ts');
    const url = webUrl('URL', { httpsOnly: true }).parse('https://example.org/a" onfocus="alert(1)" x="');
    expect(url).not.toContain('"');
    expect(url).toBe('https://example.org/a%22%20onfocus=%22alert(1)%22%20x=%22');
  });
});
