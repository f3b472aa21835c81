/**
 * The four styles, rendered by citation-js from the stored CSL files. The AMA strings are what a
 * medical journal prints (checked by eye against the AMA Manual of Style, 11th edition): initials run
 * together, NLM journal abbreviation, year;volume(issue):pages with a hyphen, "doi:" prefix.
 */
import { describe, expect, it } from 'vitest';
import {
  formatLocator,
  htmlToText,
  renderReferences,
  renderReferencesInStyles,
} from '../../src/lib/citations/engine.ts';
import { parseLocator } from '../../src/lib/citations/locators.ts';
import { CITATION_STYLE_IDS, formatStyleDate } from '../../src/lib/citations/styles.ts';
import { SEED_KEYS, seedItem } from '../helpers/references.ts';

const items = SEED_KEYS.map(seedItem);

describe('AMA 11 (the site default)', () => {
  const ama = renderReferences(items, 'ama');

  it('prints Busari et al exactly as a medical journal would', () => {
    expect(ama.get('busari_2017')?.text).toBe(
      'Busari JO, Moll FM, Duits AJ. Understanding the impact of interprofessional collaboration on the quality of care: A case report from a small-scale resource limited health care environment. J Multidiscip Healthc. 2017;10:227-234. doi:10.2147/JMDH.S140042',
    );
  });

  it('prints Davison et al with the issue number and the curly quotes of the title', () => {
    expect(ama.get('davison_2022')?.text).toBe(
      'Davison E, Semlyen J, Lindqvist S. “From doing to knowing”: Medical students’ experiences of working as healthcare assistants. J Interprof Care. 2022;36(4):560-566. doi:10.1080/13561820.2021.1943336',
    );
  });

  it('prints Garnweidner-Holme and Almendingen with the hyphenated family name whole', () => {
    expect(ama.get('garnweidner_holme_2022')?.text).toBe(
      'Garnweidner-Holme L, Almendingen K. Is interprofessional learning only meant for professions within healthcare? - A qualitative analysis of associations with the term interprofessional collaborative learning among professional students. J Multidiscip Healthc. 2022;15:1945-1954. doi:10.2147/JMDH.S376074',
    );
  });

  it('italicises the journal and links the DOI in HTML, without the entry number', () => {
    expect(ama.get('busari_2017')?.html).toContain(
      '<i>J Multidiscip Healthc</i>. 2017;10:227-234. doi:<a href="https://doi.org/10.2147/JMDH.S140042">10.2147/JMDH.S140042</a>',
    );
    expect(ama.get('busari_2017')?.html).not.toMatch(/^\s*\d/);
  });
});

describe('the other styles', () => {
  const all = renderReferencesInStyles(items, CITATION_STYLE_IDS);
  const busari = all.get('busari_2017');

  it('render every work in all four styles', () => {
    for (const key of SEED_KEYS)
      expect(Object.keys(all.get(key) ?? {}).sort()).toEqual(['ama', 'apa', 'harvard', 'vancouver']);
  });

  it('APA 7: full journal name, capital after the colon (stored sentence case), en dash page range, DOI as a URL', () => {
    expect(busari?.apa.text).toBe(
      'Busari, J. O., Moll, F. M., & Duits, A. J. (2017). Understanding the impact of interprofessional collaboration on the quality of care: A case report from a small-scale resource limited health care environment. Journal of Multidisciplinary Healthcare, 10, 227–234. https://doi.org/10.2147/JMDH.S140042',
    );
  });

  it('Vancouver (NLM): abbreviated journal, shortened page range joined with a hyphen as Citing Medicine does', () => {
    expect(busari?.vancouver.text).toBe(
      'Busari JO, Moll FM, Duits AJ. Understanding the impact of interprofessional collaboration on the quality of care: A case report from a small-scale resource limited health care environment. J Multidiscip Healthc. 2017;10:227-34. doi:10.2147/JMDH.S140042',
    );
  });

  it('Harvard (Cite Them Right): quoted title and "Available at"', () => {
    expect(busari?.harvard.text).toBe(
      'Busari, J.O., Moll, F.M. and Duits, A.J. (2017) ‘Understanding the impact of interprofessional collaboration on the quality of care: A case report from a small-scale resource limited health care environment’, Journal of Multidisciplinary Healthcare, 10, pp. 227–234. Available at: https://doi.org/10.2147/JMDH.S140042.',
    );
  });

  it('numbers nothing itself: numbering follows the order the works were given in', () => {
    const reversed = renderReferences([...items].reverse(), 'ama');
    expect([...reversed.keys()]).toEqual([...SEED_KEYS].reverse());
  });
});

describe("locales: each style in its own guide's", () => {
  const web = {
    id: 'web',
    type: 'webpage',
    title: 'A page',
    'container-title': 'A site',
    URL: 'https://example.org/page',
    issued: { 'date-parts': [[2026, 11, 22]] },
    accessed: { 'date-parts': [[2026, 12, 1]] },
  };
  const all = renderReferencesInStyles([web], CITATION_STYLE_IDS).get('web');

  it('writes American dates in AMA ("Published November 22, 2026. Accessed December 1, 2026.")', () => {
    expect(all?.ama.text).toBe(
      'A page. A site. Published November 22, 2026. Accessed December 1, 2026. https://example.org/page',
    );
  });

  it('writes American dates in APA ("2026, November 22")', () => {
    expect(all?.apa.text).toBe('A page. (2026, November 22). A Site. https://example.org/page');
  });

  it('writes NLM dates in Vancouver ("[cited 2026 Dec 1]")', () => {
    expect(all?.vancouver.text).toBe(
      'A site [Internet]. 2026 [cited 2026 Dec 1]. A page. Available from: https://example.org/page',
    );
  });

  it('writes British dates in Harvard ("Accessed: 1 December 2026")', () => {
    expect(all?.harvard.text).toBe(
      'A page (2026) A site. Available at: https://example.org/page (Accessed: 1 December 2026).',
    );
  });

  it("formats dates as each style does, so a self-citation's accessed date can be found and replaced", () => {
    const day = new Date(Date.UTC(2026, 11, 1));
    expect(['us', 'nlm', 'uk'].map((form) => formatStyleDate(day, form as 'us'))).toEqual([
      'December 1, 2026',
      '2026 Dec 1',
      '1 December 2026',
    ]);
    expect(all?.ama.text).toContain(formatStyleDate(day, 'us'));
    expect(all?.vancouver.text).toContain(formatStyleDate(day, 'nlm'));
    expect(all?.harvard.text).toContain(formatStyleDate(day, 'uk'));
  });
});

describe('locators', () => {
  it.each([
    ['p. 230', { label: 'page', value: '230' }, '(p230)'],
    ['pp. 5-7', { label: 'page', value: '5-7' }, '(pp5-7)'],
    ['12', { label: 'page', value: '12' }, '(p12)'],
    ['chap. 3', { label: 'chapter', value: '3' }, '(chap3)'],
    ['para. 4', { label: 'paragraph', value: '4' }, '(para4)'],
  ])('reads "%s" and prints it the AMA way', (text, parsed, printed) => {
    expect(parseLocator(text)).toEqual(parsed);
    expect(formatLocator(parsed)).toBe(printed);
  });

  it('refuses a label Pandoc does not know', () => {
    expect(parseLocator('pg 5')).toBeUndefined();
    expect(parseLocator('page5')).toBeUndefined();
  });
});

it('decodes the entities citeproc writes', () => {
  expect(htmlToText('Smith &#38; Jones <i>J</i> &lt;x&gt;')).toBe('Smith & Jones J <x>');
});

describe('rendering a whole library at once', () => {
  it('gives each work the same text as rendering it alone, even beside a same-author, same-year work', async () => {
    const { renderLibrary, renderReferencesInStyles } = await import('../../src/lib/citations/engine.ts');
    const base = {
      type: 'article-journal',
      'container-title': 'J Test',
      'container-title-short': 'J Test',
      issued: { 'date-parts': [[2020]] },
    };
    const items = [
      { ...base, id: 'a', title: 'First study', author: [{ family: 'Okafor', given: 'Ada' }] },
      { ...base, id: 'b', title: 'Second study', author: [{ family: 'Okafor', given: 'Ada' }] },
      { ...base, id: 'c', title: 'Third study', author: [{ family: 'Lee', given: 'Sam' }] },
    ];
    const together = renderLibrary(items, ['apa']);
    for (const item of items) {
      expect(together.get(item.id)?.apa.text).toBe(renderReferencesInStyles([item], ['apa']).get(item.id)?.apa.text);
    }
    // Rendered in one bibliography, the two Okafor 2020 works would be told apart as 2020a and 2020b.
    expect(renderReferencesInStyles(items, ['apa']).get('a')?.apa.text).toMatch(/2020[ab]/);
    expect(together.get('a')?.apa.text).not.toMatch(/2020[ab]/);
  });

  it('gives the same texts when the library is larger than one citeproc pass', async () => {
    const { renderLibrary, renderReferencesInStyles } = await import('../../src/lib/citations/engine.ts');
    // 260 works, more than a pass holds, in pairs by the same author in the same year.
    const items = Array.from({ length: 260 }, (_, i) => ({
      id: `w${i}`,
      type: 'article-journal',
      title: `Study number ${i}`,
      'container-title': 'J Test',
      author: [{ family: `Author${Math.floor(i / 2)}`, given: 'Kim' }],
      issued: { 'date-parts': [[2000 + (Math.floor(i / 2) % 20)]] },
    }));
    const together = renderLibrary(items, ['harvard']);
    const alone = items.map((item) => renderReferencesInStyles([item], ['harvard']).get(item.id)?.harvard.text);
    expect(items.map((item) => together.get(item.id)?.harvard.text)).toEqual(alone);
  });
});

it('writes classes, not the style attributes the Content-Security-Policy refuses', async () => {
  const { withClasses } = await import('../../src/lib/citations/engine.ts');
  expect(
    withClasses(
      '<span style="font-variant:small-caps;">Smith</span> <span style="font-style:normal;">x</span> <span style="color:red">y</span>',
    ),
  ).toBe('<span class="small-caps">Smith</span> <span class="csl-roman">x</span> <span>y</span>');
  const [rendered] = renderReferencesInStyles(
    [
      {
        id: 'sc',
        type: 'book',
        title: 'A <span style="font-variant:small-caps;">small caps</span> title',
        author: [{ literal: 'A group' }],
        issued: { 'date-parts': [[2020]] },
      },
    ],
    CITATION_STYLE_IDS,
  ).values();
  for (const style of CITATION_STYLE_IDS) expect(rendered?.[style].html, style).not.toMatch(/ style=/);
});
