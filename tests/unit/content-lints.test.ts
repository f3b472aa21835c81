/**
 * The MDX safety and confidentiality passes on small in-memory pieces: the tricks a contribution could
 * use to slip past them, and the places they must (and must not) look.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckedFile } from '../../src/lib/check/checked-file.ts';
import { checkConfidentiality } from '../../src/lib/check/rules/confidentiality.ts';
import { parseSource } from '../../src/lib/content/source-file.ts';
import { ContentSafetyError } from '../../src/lib/markdown/content-safety.ts';
import { compilePiece } from '../../src/lib/markdown/pipeline.ts';

const FRONT = 'anonymised: true';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A piece as the checks see it: compiled by the build's compiler (the tree after every remark step). */
async function piece(
  body: string,
  frontmatter = FRONT,
  collection: CheckedFile['collection'] = 'essays',
): Promise<CheckedFile & { error?: unknown }> {
  const source = parseSource(`---\n${frontmatter}\n---\n${body}`, `content/${collection}/x.mdx`);
  const { tree, error } = await compilePiece(
    ROOT,
    path.join(ROOT, `.tmp/lints/${collection}/x.mdx`),
    source.body,
    source.buildData,
  );
  return { collection, id: 'x', source, ...(tree ? { tree } : {}), error };
}

/** `rule@line:column` for each problem the build's compiler refuses the body with. */
async function mdx(body: string): Promise<string[]> {
  const { error } = await piece(body);
  if (error instanceof ContentSafetyError) return error.problems.map((p) => `${p.rule}@${p.line}:${p.column}`);
  if (error) throw error;
  return [];
}
const conf = async (body: string, frontmatter = FRONT, collection: CheckedFile['collection'] = 'essays') =>
  checkConfidentiality([await piece(body, frontmatter, collection)]).map(
    (p) => `${p.severity === 'error' ? '' : `${p.severity} `}${p.rule}@${p.line}:${p.column}`,
  );

describe('MDX safety', () => {
  it.each([
    ['[x](java&#115;cript:alert(1))', 'mdx/unsafe-url@4:1', 'an entity-encoded scheme'],
    ['[x](<java\tscript:alert(1)>)', 'mdx/unsafe-url@4:1', 'a tab inside the scheme'],
    ['[x](  JavaScript:alert(1))', 'mdx/unsafe-url@4:1', 'spaces and capitals'],
    ['![x](DATA:text/html,hi)', 'mdx/unsafe-url@4:1', 'a data: image'],
    ['<SCRIPT>x</SCRIPT>', 'mdx/forbidden-element@4:1', 'a capitalised script'],
    ['<Script />', 'mdx/forbidden-element@4:1', 'a component named Script'],
    ['<svg onLoad="x()" />', 'mdx/forbidden-element@4:1,mdx/event-handler@4:6', 'an svg with a handler'],
    ['<abbr onclick="x()">A</abbr>', 'mdx/event-handler@4:7', 'a lower-case handler'],
    ['{/* a comment */}', 'mdx/expression@4:1', 'a comment, which is still an expression'],
    ['export default function Layout() {}', 'mdx/esm@4:1', 'export default'],
    ['<Aside>Seen {count} times</Aside>', 'mdx/expression@4:13', 'an expression inside a component'],
    ['<Aside title={`x`}>y</Aside>', 'mdx/non-literal-prop@4:8', 'a template literal prop'],
    ['<Aside title={a || "x"}>y</Aside>', 'mdx/non-literal-prop@4:8', 'a computed prop'],
    ['<>fragment</>', 'mdx/unknown-element@4:1', 'a fragment'],
    ['<foo.bar />', 'mdx/unknown-element@4:1', 'a member expression'],
  ])('refuses %s (%s)', async (body, expected) => {
    expect((await mdx(body)).join(',')).toBe(expected);
  });

  it.each([
    '<Aside title="What I learned">Ask first.</Aside>',
    '<Aside title={"What I learned"}>Ask first.</Aside>',
    '<Aside>No title.</Aside>',
    'The <abbr title="healthcare assistant" lang="en">HCA</abbr>, H<sub>2</sub>O, x<sup>2</sup>.<br />',
    'A brace written \\{ like this, and `{code}` in backticks, and [a link](https://example.org).',
    '```js\nimport x from "y"; {alert(1)}\n```',
  ])('accepts %s', async (body) => {
    expect(await mdx(body)).toEqual([]);
  });
});

describe('confidentiality: where it looks', () => {
  it('reads prose across formatting, so "Mrs *Patel*" is still a title and surname', async () => {
    expect(await conf('Then Mrs *Patel* asked.')).toEqual(['warning confidentiality/title-surname@4:6']);
  });

  it('reads image descriptions, attribute text and headings, with exact positions', async () => {
    expect(
      await conf(
        '## On 2 May 2024\n\n![LS1 4AP on a map](https://example.org/x.png)\n\n<Aside title="Ask Dr Jones">x</Aside>',
      ),
    ).toEqual([
      'confidentiality/date@4:7',
      'confidentiality/uk-postcode@6:3',
      'warning confidentiality/title-surname@8:19',
    ]);
  });

  it('finds e-mail addresses and phone numbers in mailto: and tel: links, but not other details in addresses', async () => {
    expect(
      await conf(
        '[write](mailto:a@example.org), [call](tel:+441134960000), [site](https://example.org/2024-03-14/bed-12)',
      ),
    ).toEqual(['confidentiality/email@4:16', 'confidentiality/phone@4:43']);
  });

  it('reads code blocks and inline code too: the reader sees them', async () => {
    expect(await conf('`999 012 3470` and\n\n```\nMrs Patel, LS1 4AP, 14 March 2024\n```')).toEqual([
      'confidentiality/nhs-number@4:2',
      'warning confidentiality/title-surname@7:1',
      'confidentiality/uk-postcode@7:12',
      'confidentiality/date@7:21',
    ]);
  });

  it('reads poster text fields, but not the published contact details, the author name, dates or ids', async () => {
    const poster = `title: T
results: Contact x@example.org.
published: 2024-03-14
author:
  name: Dr Jane Smith
resources:
  contacts:
    - name: Dr Jane Smith
      phone: 403-943-1216
      email: jane@example.org
anonymised: true`;
    expect(await conf('', poster, 'posters')).toEqual(['confidentiality/email@3:18']);
  });

  it('finds a detail that wraps onto the next line, and a reviewed exception written on one line matches it', async () => {
    expect(await conf('It was 5 July\n1948.')).toEqual(['confidentiality/date@4:8']);
    const excepted = `${FRONT}\nreviewed-exceptions:\n  - { rule: confidentiality/date, text: 5 July 1948, reason: The day the NHS was founded. }`;
    expect(await conf('It was 5 July\n1948.', excepted)).toEqual(['note confidentiality/date@6:8']);
  });

  it('applies an exception only to its own rule and exact text', async () => {
    const excepted = `${FRONT}\nreviewed-exceptions:\n  - { rule: confidentiality/exact-age, text: 5 July 1948, reason: The day the NHS was founded. }`;
    expect(await conf('It was 5 July 1948.', excepted)).toEqual([
      'confidentiality/date@6:8',
      'warning confidentiality/unused-exception@4:5',
    ]);
  });

  it('leaves reference files alone', async () => {
    expect(await conf('', 'title: "Care of Mrs Patel, 14 March 2024"', 'references')).toEqual([]);
  });
});

/** A synthetic NHS number from the reserved 999 range, with a valid check digit. */
const NHS = '999 012 3470';

describe('confidentiality: no markup or character trick hides a detected identifier', () => {
  it.each([
    ['inline code', `Her number was \`${NHS}\`.`, 'confidentiality/nhs-number@4:17'],
    ['a code block', `Notes:\n\n\`\`\`text\nNHS ${NHS}\n\`\`\``, 'confidentiality/nhs-number@7:5'],
    ['a link title', `See [the notes](https://example.org "NHS ${NHS}").`, 'confidentiality/nhs-number@4:42'],
    ['an image title', `![A chart](https://example.org/x.png "NHS ${NHS}")`, 'confidentiality/nhs-number@4:43'],
    ['an image description', `![NHS ${NHS}](https://example.org/x.png)`, 'confidentiality/nhs-number@4:7'],
    [
      'a definition title',
      `See [the notes][n].\n\n[n]: https://example.org "NHS ${NHS}"`,
      'confidentiality/nhs-number@6:31',
    ],
    ['a footnote', `A case.[^1]\n\n[^1]: NHS ${NHS}.`, 'confidentiality/nhs-number@6:11'],
    ['a table cell', `| Who | Number |\n| --- | --- |\n| patient | ${NHS} |`, 'confidentiality/nhs-number@6:13'],
    ['a component prop', `<Aside title="NHS ${NHS}">Text.</Aside>`, 'confidentiality/nhs-number@4:19'],
    ['an abbr title', `<abbr title="${NHS}">NHS</abbr> number.`, 'confidentiality/nhs-number@4:14'],
    [
      'character references',
      'Number &#57;99 012 3470 and 999&#x20;012&#32;3470.',
      'confidentiality/nhs-number@4:8,confidentiality/nhs-number@4:29',
    ],
    ['backslash escapes', 'Number 999\\-012\\-3470.', 'confidentiality/nhs-number@4:8'],
    [
      'emphasis splitting the number',
      'Number 999 *012* 3470 and 999**012**3470.',
      'confidentiality/nhs-number@4:8,confidentiality/nhs-number@4:27',
    ],
    ['a link splitting the number', 'Number 999 [012](https://example.org) 3470.', 'confidentiality/nhs-number@4:8'],
    [
      'zero-width characters',
      'Number 999\u200B012\u200D3470 and 9\uFEFF990123470.',
      'confidentiality/nhs-number@4:8,confidentiality/nhs-number@4:25',
    ],
    ['full-width digits', 'Number ９９９ ０１２ ３４７０.', 'confidentiality/nhs-number@4:8'],
    [
      'no-break and thin spaces',
      'Number 999\u00A0012\u202F3470 and 999\u2009012\u30003470.',
      'confidentiality/nhs-number@4:8,confidentiality/nhs-number@4:25',
    ],
    ['a dash that is not a hyphen', 'Number 999–012–3470.', 'confidentiality/nhs-number@4:8'],
    // Session 6, from a red-team review: digits of other scripts, marks on digits, look-alike separators.
    ['Arabic-Indic digits', 'Number ٩٩٩ ٠١٢ ٣٤٧٠.', 'confidentiality/nhs-number@4:8'],
    ['Devanagari digits and a combining mark', 'Number ९९९ ०१२ 3́470.', 'confidentiality/nhs-number@4:8'],
    [
      'middle dots and a braille blank',
      'Number 999·012·3470 and 999\u2800012\u28003470.',
      'confidentiality/nhs-number@4:8,confidentiality/nhs-number@4:25',
    ],
    ['a path in a web address', 'See [notes](https://example.org/p/9990123470/x).', 'confidentiality/nhs-number@4:35'],
    ['an empty superscript', 'Number 999 012 34<sup></sup>70.', 'confidentiality/nhs-number@4:8'],
  ])('finds an NHS number hidden in %s', async (_trick, body, expected) => {
    expect((await conf(body)).join(',')).toBe(expected);
  });

  it('finds a postcode, an e-mail address and a name hidden by the same tricks', async () => {
    expect(await conf('At L&#83;1 4AP, *jane*.doe\u200B@example.org and Mrs\u00A0*O’Brien*.')).toEqual([
      'confidentiality/uk-postcode@4:4',
      'confidentiality/email@4:18',
      'warning confidentiality/title-surname@4:45',
    ]);
  });

  it('reads front matter as the page prints it: YAML escapes and folded lines decoded', async () => {
    const front = `${FRONT}\ntitle: "Care of \\x3999 012 3470"\nsummary: >\n  Met on 3 March\n  1948 at LS1\n  4AP.`;
    expect(await conf('', front)).toEqual([
      'confidentiality/nhs-number@3:17',
      'confidentiality/date@5:10',
      'confidentiality/uk-postcode@6:11',
    ]);
  });
});

describe('confidentiality: exceptions', () => {
  const withException = (rule: string, text: string) =>
    `${FRONT}\nreviewed-exceptions:\n  - { rule: ${rule}, text: "${text}", reason: A reviewer agreed this identifies no one. }`;

  it('accepts a reviewed exception for a name or a place, reported as a note', async () => {
    expect(await conf('We met on Osprey Ward.', withException('confidentiality/named-place', 'Osprey Ward'))).toEqual([
      'note confidentiality/named-place@6:11',
    ]);
  });

  it('refuses an exception for a health number, hospital number, e-mail or telephone number, and still reports the finding', async () => {
    for (const [rule, text, body] of [
      ['confidentiality/nhs-number', NHS, `NHS ${NHS}.`],
      ['confidentiality/hospital-number', 'K123456', 'hosp. no. K123456.'],
      ['confidentiality/email', 'a@example.org', 'Write to a@example.org.'],
      ['confidentiality/phone', '0113 496 0000', 'Call 0113 496 0000.'],
    ] as const) {
      const found = await conf(body, withException(rule, text));
      expect(found).toContain(`${rule}@6:${body.indexOf(text) + 1}`);
      expect(found.join(',')).not.toContain('note');
    }
  });

  it('does not let "On Osprey Ward" swallow the word before the name', async () => {
    expect(
      await conf('On Osprey Ward the team met.', withException('confidentiality/named-place', 'Osprey Ward')),
    ).toEqual(['note confidentiality/named-place@6:4']);
  });

  it('does not treat a theorist or a cited author as a patient', async () => {
    expect(
      await conf(
        'Professor Kolb and Dr Gibbs describe cycles; Donald Schön wrote about practice; Wenger and Lave too.',
      ),
    ).toEqual([]);
  });
});

describe('confidentiality: the authors of cited works are not patients', () => {
  const reference = (): CheckedFile => {
    const source = parseSource(
      'type: book\ntitle: Teamwork\nauthor:\n  - family: Okafor\n    given: Sarah\nissued:\n  date-parts: [[2021]]\n',
      'content/references/okafor_2021.yaml',
    );
    return { collection: 'references', id: 'okafor_2021', source };
  };
  const essay = (body: string) => piece(body);

  it('reports a full name and a doctor by surname when nothing says who they are', async () => {
    const found = checkConfidentiality([
      await essay('Sarah Okafor argues this, and Dr Okafor agrees.'),
      reference(),
    ]).map((p) => `${p.rule}@${p.column}`);
    expect(found).toEqual(['confidentiality/person-name@1', 'confidentiality/title-surname@31']);
  });

  it('leaves them alone in a piece that cites the work', async () => {
    expect(
      checkConfidentiality([
        await essay('Sarah Okafor argues this [@okafor_2021], and Dr Okafor agrees.'),
        reference(),
      ]),
    ).toEqual([]);
  });
});

describe('confidentiality: superscripts', () => {
  it('reads a superscript (a citation number) as a word of its own, not as more digits of a number', async () => {
    expect(await conf('Call 0113 496 0000<sup>1</sup> for help.')).toEqual(['confidentiality/phone@4:6']);
    expect(checkConfidentiality([await piece('Call 0113 496 0000<sup>1</sup> for help.')])[0]?.message).toBe(
      '"0113 496 0000" is a telephone number',
    );
  });
});
