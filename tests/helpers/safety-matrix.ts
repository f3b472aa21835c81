/**
 * The MDX safety matrix: every construct a payload can hide in (footnotes, tables, definitions, titles,
 * alt text, component props, nested lists, block quotes) times every kind of payload (expression,
 * ESM, raw element, event handler, unsafe address), in an essay and in a poster. Each payload that
 * could run in Node writes a marker file named after its piece, so a test can prove it never ran.
 *
 * Written into a content folder at test time (80 files from two tables are easier to read, and to
 * extend, than 80 fixture files).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const PAYLOAD_KINDS = ['expression', 'esm', 'raw-element', 'event-handler', 'unsafe-url'] as const;
export type PayloadKind = (typeof PAYLOAD_KINDS)[number];

/** Node code that leaves a marker file behind if it ever runs. */
const write = (marker: string) => `process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran')`;

/** What each kind of payload looks like, written inline (where a construct holds text). */
export const PAYLOADS: Record<PayloadKind, (marker: string) => string> = {
  expression: (marker) => `{${write(marker)}}`,
  esm: (marker) => `export const ran = ${write(marker)}`,
  'raw-element': (marker) => `<script>{${write(marker)}}</script>`,
  'event-handler': () => '<abbr title="x" onmouseover="document.title=1">HCA</abbr>',
  'unsafe-url': () => '[read more](javascript:document.title=1)',
};

/** The same payloads where a construct holds an address (definitions, images). */
const ADDRESSES: Record<PayloadKind, (marker: string) => string> = {
  expression: (marker) => `{${write(marker)}}`,
  esm: (marker) => `export-${path.basename(marker)}`,
  'raw-element': () => '<script>document.title=1</script>',
  'event-handler': () => 'https://example.org/" onerror="document.title=1',
  'unsafe-url': () => 'javascript:document.title=1',
};

/** Where a payload can sit: each construct places it on a line of its own or inside one. */
export const CONSTRUCTS: Record<string, (kind: PayloadKind, marker: string) => string> = {
  footnote: (kind, marker) => `Something the ward taught me.[^1]\n\n[^1]: ${PAYLOADS[kind](marker)}`,
  table: (kind, marker) => `[a]: https://example.org\n| ${PAYLOADS[kind](marker)} |\n| - |\n| cell |`,
  definition: (kind, marker) => `See [the guide][guide].\n\n[guide]: ${ADDRESSES[kind](marker)}`,
  'link-title': (kind, marker) =>
    `See [the guide](https://example.org "${PAYLOADS[kind](marker).replace(/"/g, "'")}").`,
  'image-alt': (kind, marker) =>
    `![${PAYLOADS[kind](marker).replace(/[[\]]/g, '')}](${ADDRESSES[kind](marker).startsWith('javascript') ? ADDRESSES[kind](marker) : 'https://example.org/ward.png'})`,
  'component-prop': (kind, marker) =>
    kind === 'expression'
      ? `<Aside title={${write(marker)}}>Note.</Aside>`
      : kind === 'unsafe-url'
        ? `<Aside title="x" href="javascript:document.title=1">Note.</Aside>`
        : `<Aside title="${PAYLOADS[kind](marker).replace(/"/g, "'")}">Note.</Aside>`,
  'nested-list': (kind, marker) => `- first\n  - second\n    - ${PAYLOADS[kind](marker)}`,
  blockquote: (kind, marker) => `> What the nurse said:\n>\n> > ${PAYLOADS[kind](marker)}`,
};

const ESSAY = `---
title: A safety fixture
summary: A piece that tries to run code or put active HTML on the site.
author:
  name: Anonymous
  role: Student nurse
  stage: student
published: 2025-06-01
professions:
  - nurse
topics:
  - medicines
anonymised: true
consent: { status: not-needed, note: No patient or colleague can be identified. }
---

`;

const POSTER = `---
title: A safety fixture poster
summary: A poster that tries to run code or put active HTML on the site.
project: Safety
region: Somewhere
country: Nowhere
published: 2025-01-01
objective:
  lead: "The project aimed:"
  items:
    - To try every trick.
approach:
  - Every construct, every payload.
results: None ran.
conclusion: Nothing ran.
professions:
  - nurse
topics:
  - ward-rounds
anonymised: true
consent: { status: not-needed, note: No patient or colleague can be identified. }
---

`;

export interface MatrixPiece {
  collection: 'essays' | 'posters';
  id: string;
  construct: string;
  kind: PayloadKind;
  /** Absolute path of the file. */
  file: string;
  /** The marker file its payload would write. */
  marker: string;
}

/** Write the whole matrix into `contentDir` (emptied first); markers would go to `markerDir`. */
export function writeSafetyMatrix(contentDir: string, markerDir: string): MatrixPiece[] {
  rmSync(contentDir, { recursive: true, force: true });
  rmSync(markerDir, { recursive: true, force: true });
  mkdirSync(markerDir, { recursive: true });
  const pieces: MatrixPiece[] = [];
  for (const collection of ['essays', 'posters'] as const) {
    mkdirSync(path.join(contentDir, collection), { recursive: true });
    for (const [construct, body] of Object.entries(CONSTRUCTS)) {
      for (const kind of PAYLOAD_KINDS) {
        const id = `${construct}-${kind}`;
        const marker = path.join(markerDir, `${collection}-${id}`);
        const file = path.join(contentDir, collection, `${id}.mdx`);
        writeFileSync(file, `${collection === 'essays' ? ESSAY : POSTER}${body(kind, marker)}\n`);
        pieces.push({ collection, id, construct, kind, file, marker });
      }
    }
  }
  return pieces;
}

/**
 * Attacks found by trying the pipeline as an attacker would (each once slipped past the check):
 * an image reference whose label is defined twice, the first time as a local file that is both a
 * valid glossary entry and valid JavaScript (the compiler imported it); the same trick reading a file
 * from the machine with ?raw; the compiler's own text in a sentence; names that become another
 * piece's address; a YAML alias bomb.
 */
export function writeAttacks(contentDir: string, marker: string): Record<string, string> {
  rmSync(contentDir, { recursive: true, force: true });
  for (const folder of ['essays', 'glossary']) mkdirSync(path.join(contentDir, folder), { recursive: true });
  const files: Record<string, string> = {
    'glossary/shared-word.yaml': `definition: ${write(marker)} // A shared word for learning together.\nterm: Object; export default Object\n`,
    'essays/image-import.mdx': `${ESSAY}We learned together.\n\n![A ward picture][pic]\n\n[pic]: ../glossary/shared-word.yaml\n[pic]: https://example.org/ok.png\n`,
    'essays/file-read.mdx': `${ESSAY}We learned together.\n\n![p][]\n\n[p]: ${'../'.repeat(20)}proc/self/environ?raw\n[p]: https://example.org/ok.png\n`,
    'essays/compiler-text.mdx': `${ESSAY}A sentence that says export default function MDXContent.\n`,
    'essays/taken.mdx': `${ESSAY}The original piece.\n`,
    'essays/taken~.mdx': `${ESSAY}A piece that would take the original's address.\n`,
    'essays/a#b.mdx': `${ESSAY}A name the build reads as another file.\n`,
    'essays/alias-bomb.mdx':
      ESSAY.replace(
        'topics:\n  - medicines\n',
        'topics:\n  - &a medicines\nlearning: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nteaching: [*b, *b, *b, *b, *b, *b, *b, *b]\n',
      ) + 'Text.\n',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(contentDir, name), text);
  return files;
}
