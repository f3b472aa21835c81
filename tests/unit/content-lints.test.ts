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
import { parseMdx } from '../../src/lib/markdown/parse-mdx.ts';
import { compilePiece } from '../../src/lib/markdown/pipeline.ts';

const FRONT = 'anonymised: true';

function piece(body: string, frontmatter = FRONT, collection: CheckedFile['collection'] = 'essays'): CheckedFile {
  const source = parseSource(`---\n${frontmatter}\n---\n${body}`, `content/${collection}/x.mdx`);
  return { collection, id: 'x', source, tree: parseMdx(source.body) };
}

const ROOT = path.resolve(import.meta.dirname, '../..');

/** `rule@line:column` for each problem the build's compiler refuses the body with. */
async function mdx(body: string): Promise<string[]> {
  const { source } = piece(body);
  const { error } = await compilePiece(ROOT, path.join(ROOT, '.tmp/lints/essays/x.mdx'), source.body, source.buildData);
  if (error && !(error instanceof ContentSafetyError)) throw error;
  return error ? error.problems.map((p) => `${p.rule}@${p.line}:${p.column}`) : [];
}
const conf = (body: string, frontmatter = FRONT, collection: CheckedFile['collection'] = 'essays') =>
  checkConfidentiality([piece(body, frontmatter, collection)]).map((p) => `${p.severity === 'error' ? '' : `${p.severity} `}${p.rule}@${p.line}:${p.column}`);

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
  it('reads prose across formatting, so "Mrs *Patel*" is still a title and surname', () => {
    expect(conf('Then Mrs *Patel* asked.')).toEqual(['warning confidentiality/title-surname@4:6']);
  });

  it('reads image descriptions, attribute text and headings, with exact positions', () => {
    expect(conf('## On 2 May 2024\n\n![LS1 4AP on a map](https://example.org/x.png)\n\n<Aside title="Ask Dr Jones">x</Aside>')).toEqual([
      'confidentiality/date@4:7',
      'confidentiality/uk-postcode@6:3',
      'warning confidentiality/title-surname@8:19',
    ]);
  });

  it('finds e-mail addresses and phone numbers in mailto: and tel: links, but not other details in addresses', () => {
    expect(conf('[write](mailto:a@example.org), [call](tel:+441134960000), [site](https://example.org/2024-03-14/bed-12)')).toEqual([
      'confidentiality/email@4:1',
      'confidentiality/phone@4:32',
    ]);
  });

  it('never reads code blocks or inline code', () => {
    expect(conf('`943 476 5919` and\n\n```\nMrs Patel, LS1 4AP, 14 March 2024\n```')).toEqual([]);
  });

  it('reads poster text fields, but not the published contacts, the author name, dates or ids', () => {
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
    expect(conf('', poster, 'posters')).toEqual(['confidentiality/email@3:18']);
  });

  it('finds a detail that wraps onto the next line, and a reviewed exception written on one line matches it', () => {
    expect(conf('It was 5 July\n1948.')).toEqual(['confidentiality/date@4:8']);
    const excepted = `${FRONT}\nreviewed-exceptions:\n  - { rule: confidentiality/date, text: 5 July 1948, reason: The day the NHS was founded. }`;
    expect(conf('It was 5 July\n1948.', excepted)).toEqual(['note confidentiality/date@6:8']);
  });

  it('applies an exception only to its own rule and exact text', () => {
    const excepted = `${FRONT}\nreviewed-exceptions:\n  - { rule: confidentiality/phone, text: 5 July 1948, reason: The day the NHS was founded. }`;
    expect(conf('It was 5 July 1948.', excepted)).toEqual(['confidentiality/date@6:8', 'warning confidentiality/unused-exception@4:5']);
  });

  it('leaves reference files alone', () => {
    expect(conf('', 'title: "Care of Mrs Patel, 14 March 2024"', 'references')).toEqual([]);
  });
});
