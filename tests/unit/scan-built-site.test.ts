/**
 * The post-build gate's scan over a small built site written for the test: what it reads besides the
 * visible text (web addresses, ids, bibliographic data), and how far a piece's reviewed exceptions reach.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findIdentifiersInBuild } from '../../src/lib/check/scan-built-site.ts';

const root = mkdtempSync(path.join(tmpdir(), 'ipl-gate-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const FRONT = `title: A piece
summary: A summary.
author: { name: Anonymous, role: Student nurse, stage: student }
published: 2025-06-01
professions: [nurse]
topics: [medicines]
anonymised: true
consent: { status: not-needed, note: No patient or colleague can be identified. }`;

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

const page = (source: string, body: string) =>
  `<!doctype html><html><head><title>A page</title></head><body><main>${body}</main><footer><a href="https://github.com/x/y/edit/main/${source}">Edit this page</a></footer></body></html>`;

// Piece a excepts a postcode (the surgery it names is public); piece b writes the same postcode without one.
write(
  'content/essays/a.mdx',
  `---\n${FRONT}\nreviewed-exceptions:\n  - { rule: confidentiality/uk-postcode, text: LS1 4AP, reason: The practice's public address. }\n---\n\nThe practice at LS1 4AP.\n`,
);
write('content/essays/b.mdx', `---\n${FRONT}\n---\n\nShe lived at LS1 4AP.\n`);
write('dist/essays/a/index.html', page('content/essays/a.mdx', '<p>The practice at LS1 4AP.</p>'));
write('dist/essays/b/index.html', page('content/essays/b.mdx', '<p>She lived at LS1 4AP.</p>'));
// A page whose link path, a footnote id and bibliographic data carry what its text does not.
write(
  'dist/essays/c/index.html',
  page(
    'content/essays/c.mdx',
    `<p><a href="https://example.com/patients/9990740828/notes">notes</a><sup><a id="user-content-fn-ls5-3ab" href="#fn">1</a></sup></p>` +
      `<ol data-confidentiality="reference"><li>Audit of letters sent to LS3 1AA, DOB 03/03/1948. Leeds; 2020.</li></ol>`,
  ),
);

describe('the post-build confidentiality scan', () => {
  const { problems } = findIdentifiersInBuild(path.join(root, 'dist'), root);
  const reached = problems.map(
    (p) => `${p.rule} ${/"([^"]+)"/.exec(p.message)?.[1]} ${/built site: (\S+)/.exec(p.message)?.[1]}`,
  );

  it("applies a piece's reviewed exception to its own text only, not to the same text another piece writes", () => {
    expect(reached).toContain('confidentiality/uk-postcode LS1 4AP /essays/b/');
    expect(reached).not.toContain('confidentiality/uk-postcode LS1 4AP /essays/a/');
  });

  it('reads web addresses, ids and bibliographic data for numbers, postcodes and dates of birth', () => {
    expect(reached).toEqual(
      expect.arrayContaining([
        'confidentiality/nhs-number 9990740828 /essays/c/',
        'confidentiality/uk-postcode ls5-3ab /essays/c/',
        'confidentiality/uk-postcode LS3 1AA /essays/c/',
        'confidentiality/date-of-birth 03/03/1948 /essays/c/',
      ]),
    );
  });
});
