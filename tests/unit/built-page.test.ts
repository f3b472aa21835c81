/** What the post-build gate reads from a built page and a feed, and which rules apply where. */
import { describe, expect, it } from 'vitest';
import { readBuiltPage, readFeed, ruleApplies } from '../../src/lib/confidentiality/built-page.ts';

const page = `<!doctype html><html><head><title>Care of &#57;99 012 3470</title>
<meta name="description" content="Seen on 3 March 2024">
<meta property="og:title" content="A title">
<meta name="citation_author" content="Busari, Jamiu O.">
<script type="application/ld+json">{"@type":"ScholarlyArticle","headline":"LS1 4AP","author":[{"name":"Dr Jane Smith"}],"citation":[{"name":"Ref 0113 496 0000"}]}</script>
<script>var x = "999 012 3470";</script></head>
<body><p>Number 999 <em>012</em> 3470 and <img alt="a@example.org" src="x.png"></p><p>Next block</p>
<p>Published <time datetime="2024-03-14">14 March 2024</time></p>
<ol data-confidentiality="reference"><li>Smith J. Published March 3, 2022.</li></ol>
<ul><li data-confidentiality="contact">Jana Lait, 0113 496 0000</li></ul>
<div hidden><span data-pagefind-meta="summary">DOB 03/03/1948</span><span data-pagefind-meta="date">14 March 2024</span></div>
<footer><a href="https://github.com/ipl-library/ipl-library/edit/main/content/essays/x.mdx">Edit this page</a></footer></body></html>`;

describe('readBuiltPage', () => {
  const { texts, sourcePath } = readBuiltPage(page);
  const find = (fragment: string) =>
    texts.filter((t) => t.text.includes(fragment)).map((t) => `${t.where}${t.zone ? ` [${t.zone}]` : ''}`);

  it('reads the title (entities decoded), the description meta tags and JSON-LD, but never scripts', () => {
    expect(find('99 012 3470')).toEqual(['title', 'text']);
    expect(find('3 March 2024')).toEqual(['meta description']);
    expect(find('LS1 4AP')).toEqual(['JSON-LD headline']);
    expect(find('0113 496 0000')).toEqual(['JSON-LD name [reference]', 'text [contact]']);
    expect(find('Busari')).toEqual([]);
  });

  it('joins inline markup within a block and keeps blocks apart', () => {
    expect(texts.find((t) => t.where === 'text')?.text).toBe('Number 999 012 3470 and ');
    expect(find('Next block')).toEqual(['text']);
    expect(find('a@example.org')).toEqual(['img alt']);
  });

  it("marks the site's own dates, bibliographic data and published contacts as zones, and reads the search metadata", () => {
    expect(find('14 March 2024')).toEqual(['text [date]', 'text [date]']);
    expect(find('March 3, 2022')).toEqual(['text [reference]']);
    expect(find('DOB 03/03/1948')).toEqual(['text']);
  });

  it('finds the source file in the edit link', () => {
    expect(sourcePath).toBe('content/essays/x.mdx');
  });

  it('reads web addresses and ids as words of hidden text, and an empty superscript as nothing', () => {
    const { texts: hidden } = readBuiltPage(
      `<body><p>LS2 <sup></sup>9JT and <a href="https://jo.doe@example.net/patients/9990740828?pc=LS4%202BB" id="fn-ls5-3ab">x</a> <a href="/essays/">essays</a></p></body>`,
    );
    expect(hidden.map((t) => [t.where, t.text, t.hidden ?? false])).toEqual([
      ['a href', 'jo.doe@example.net patients 9990740828 pc LS4 2BB', true],
      ['a id', 'fn-ls5-3ab', true],
      ['text', 'LS2 9JT and x essays', false],
    ]);
  });

  it("reads each style's form of a citation or an entry on its own, and the sentence around it without it", () => {
    const { texts: read } = readBuiltPage(
      `<body><p>Seen on ward 9 <span class="cite"><span class="citation" data-cite-style="ama"><sup>1</sup></span><span class="citation" data-cite-style="apa">(Smith, 2020)</span></span> before the huddle.</p>
<ol data-cite-style="ama vancouver" data-confidentiality="reference"><li><span class="csl" data-cite-style="ama">Smith J. Care. 2020;3:1-9.</span><span class="csl" data-cite-style="vancouver">Smith J. Care. 2020 Mar;3:1-9.</span></li></ol></body>`,
    );
    expect(read.map((t) => [t.text, t.zone ?? ''])).toEqual([
      ['Seen on ward 9 ', ''],
      [' 1', ''],
      ['(Smith, 2020)', ''],
      [' before the huddle.', ''],
      ['Smith J. Care. 2020;3:1-9.', 'reference'],
      ['Smith J. Care. 2020 Mar;3:1-9.', 'reference'],
    ]);
  });
});

describe('ruleApplies', () => {
  it('checks numbers, contacts, postcodes and dates of birth in bibliographic data, record numbers and dates of birth in published contacts', () => {
    expect(ruleApplies('confidentiality/nhs-number', 'reference')).toBe(true);
    expect(ruleApplies('confidentiality/phone', 'reference')).toBe(true);
    expect(ruleApplies('confidentiality/date', 'reference')).toBe(false);
    // A postcode or a date of birth is never bibliographic data, though a reviewer may except one in prose.
    expect(ruleApplies('confidentiality/uk-postcode', 'reference')).toBe(true);
    expect(ruleApplies('confidentiality/date-of-birth', 'reference')).toBe(true);
    expect(ruleApplies('confidentiality/phone', 'contact')).toBe(false);
    expect(ruleApplies('confidentiality/uk-postcode', 'contact')).toBe(false);
    expect(ruleApplies('confidentiality/hospital-number', 'contact')).toBe(true);
    expect(ruleApplies('confidentiality/date-of-birth', 'contact')).toBe(true);
    expect(ruleApplies('confidentiality/date', 'date')).toBe(false);
    expect(ruleApplies('confidentiality/uk-postcode', undefined)).toBe(true);
  });
});

describe('readFeed', () => {
  it("reads each item's title and description, entities and CDATA decoded", () => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Site</title><item><title>Care &amp; 999 012 3470</title><link>https://example.org/essays/x/</link><description><![CDATA[Seen on <b>3 March</b> 2024]]></description></item></channel></rss>`;
    expect(readFeed(xml)).toEqual([
      {
        link: 'https://example.org/essays/x/',
        texts: [
          { where: 'feed title', text: 'Care & 999 012 3470' },
          { where: 'feed description', text: 'Seen on 3 March 2024' },
        ],
      },
    ]);
  });
});

describe("a cited work's own page", () => {
  it('reads its title, meta tags and text as bibliographic data', () => {
    const html = `<html><head><title>Report of 29 February 2020</title><meta name="description" content="Published 29 February 2020"></head>
<body><nav>Home</nav><article data-confidentiality="reference"><h1>Report of 29 February 2020</h1></article></body></html>`;
    expect(readBuiltPage(html).texts.map((t) => `${t.where} [${t.zone}]`)).toEqual([
      'title [reference]',
      'meta description [reference]',
      'text [reference]',
      'text [reference]',
    ]);
  });
});
