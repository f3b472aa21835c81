/**
 * The writing page's pure parts: the one serializer from form to .mdx (and back), the GitHub new-file
 * address with its fallback, and the in-browser checks, which must report what `npm run check`
 * reports for the same file (every fixture of tests/fixtures/check is compared).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { checkDraft, type ReferenceSummary } from '../../src/lib/check/check-draft.ts';
import { loadReferences } from '../../src/lib/content/load-references.ts';
import { modelSections, REFLECTIVE_MODELS } from '../../src/lib/scaffold/templates.ts';
import { type Draft, draftPath, newDraft, serializeDraft } from '../../src/lib/write/draft.ts';
import { readDraft } from '../../src/lib/write/read-draft.ts';
import { newFileUrl, parseRepository, proposeFile, URL_LIMIT } from '../../src/lib/write/propose.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCRATCH = path.join(ROOT, '.tmp', 'write-draft-test');
afterAll(() => rmSync(SCRATCH, { recursive: true, force: true }));

/** A filled-in essay, as a writer would leave the form. */
function essay(overrides: Partial<Draft> = {}): Draft {
  return {
    ...newDraft('2026-03-04'),
    title: 'What the healthcare assistant taught me: "ask first"',
    summary: 'A medical student learns to ask a healthcare assistant before taking blood.',
    authorRole: 'Medical student',
    terms: {
      ...newDraft('2026-03-04').terms,
      professions: ['medical-student', 'healthcare-assistant'],
      topics: ['teamwork'],
    },
    anonymised: true,
    consentStatus: 'not-needed',
    consentNote: 'No patient or colleague could recognise themselves.',
    body: '## What happened\n\nI asked the healthcare assistant how she makes taking blood less frightening [@busari_2017].\n',
    ...overrides,
  };
}

/** Check one file with the real `npm run check` in a scratch content folder. */
async function nodeCheck(relativePath: string, text: string) {
  const dir = path.join(SCRATCH, String(Math.random()).slice(2));
  mkdirSync(path.join(dir, path.dirname(relativePath.replace(/^content\//, ''))), { recursive: true });
  writeFileSync(path.join(dir, relativePath.replace(/^content\//, '')), text);
  mkdirSync(path.join(dir, 'references'), { recursive: true });
  for (const name of readdirSync(path.join(ROOT, 'content/references')))
    writeFileSync(path.join(dir, 'references', name), readFileSync(path.join(ROOT, 'content/references', name)));
  const { problems } = await checkContent({ projectRoot: ROOT, contentDir: dir });
  const shown = path.relative(ROOT, path.join(dir, relativePath.replace(/^content\//, '')));
  return problems.filter((p) => p.file === shown).map((p) => ({ ...p, file: relativePath }));
}

const references = (): ReferenceSummary[] =>
  [...loadReferences(path.join(ROOT, 'content')).entries()].map(([key, data]) => ({
    key,
    author: data.author as ReferenceSummary['author'],
  }));

describe('serializeDraft', () => {
  it('writes the front matter the schema expects, and the file passes npm run check as it is', async () => {
    const text = serializeDraft(essay());
    expect(text).toBe(`---
title: "What the healthcare assistant taught me: \\"ask first\\""
summary: "A medical student learns to ask a healthcare assistant before taking blood."
author:
  name: "Anonymous"
  role: "Medical student"
  stage: student
published: 2026-03-04
professions: [medical-student, healthcare-assistant]
topics: [teamwork]
reflectiveModel: gibbs
anonymised: true
consent:
  status: not-needed
  note: "No patient or colleague could recognise themselves."
---

## What happened

I asked the healthcare assistant how she makes taking blood less frightening [@busari_2017].
`);
    expect(await nodeCheck(draftPath(essay()), text)).toEqual([]);
  });

  it("starts an essay from the scaffold's headings for its model", () => {
    for (const model of Object.keys(REFLECTIVE_MODELS) as Array<keyof typeof REFLECTIVE_MODELS>)
      expect(newDraft('2026-01-01', 'essay', model).body).toBe(modelSections(model));
  });

  it('quotes anything a writer types, so no text can change the YAML', async () => {
    const text = serializeDraft(
      essay({
        title: 'A: b\n---\nlayout: x',
        summary: "# not a comment, 'quoted' {x}",
        terms: { ...essay().terms, topics: ['yes', 'teamwork'] },
      }),
    );
    const draft = readDraft(text, 'x.mdx', '2026-01-01');
    expect(draft.title).toBe('A: b\n---\nlayout: x');
    expect(draft.summary).toBe("# not a comment, 'quoted' {x}");
    expect(draft.terms.topics).toEqual(['yes', 'teamwork']);
  });

  it('writes a poster with its panels, and the file passes npm run check', async () => {
    const poster: Draft = {
      ...essay(),
      kind: 'poster',
      title: 'Learning together on a rural rotation',
      project: 'Rural rotations together',
      region: 'Northern region',
      country: 'Canada',
      objectiveLead: 'The project set out to:',
      objectiveItems: ['Bring students of four professions onto one rotation'],
      approach: ['Paired students across professions', 'Met weekly to reflect'],
      results: "Students named each other's roles more accurately.",
      conclusion: 'Shared rotations help.',
      body: '',
    };
    const text = serializeDraft(poster);
    expect(draftPath(poster)).toBe('content/posters/learning-together-on-a-rural-rotation.mdx');
    expect(text).not.toContain('author:');
    expect(text).toContain(
      'objective:\n  lead: "The project set out to:"\n  items:\n    - "Bring students of four professions onto one rotation"\n',
    );
    expect(await nodeCheck(draftPath(poster), text)).toEqual([]);
  });

  it('round-trips: reading an exported file back gives the same file', () => {
    const teaching = essay({
      learning: [{ learner: 'medical-student', from: 'healthcare-assistant', what: 'Taking blood: "ask first"' }],
      teachingObjectives: ['Name the roles in a team'],
      teachingQuestions: ['Who did you ask?'],
      teachingActivity: 'Role-play the ward round.',
      slug: 'my-own-name',
      terms: { ...essay().terms, competencies: ['roles-responsibilities'], subcompetencies: ['RR4'] },
    });
    const text = serializeDraft(teaching);
    expect(serializeDraft(readDraft(text, 'my-own-name.mdx', '2000-01-01'))).toBe(text);
  });

  it('writes learning records that pass the check, and a record whose profession is not listed is found at its line', async () => {
    const good = essay({
      learning: [{ learner: 'medical-student', from: 'healthcare-assistant', what: 'Taking blood kindly' }],
    });
    const text = serializeDraft(good);
    expect(text).toContain(
      'reflectiveModel: gibbs\nlearning:\n  - learner: medical-student\n    from: healthcare-assistant\n    what: "Taking blood kindly"\n',
    );
    expect(await nodeCheck(draftPath(good), text)).toEqual([]);
    const bad = serializeDraft(
      essay({ learning: [{ learner: 'medical-student', from: 'pharmacist', what: 'Checking doses' }] }),
    );
    const problems = checkDraft(bad, draftPath(good), references());
    expect(problems.map((p) => `${p.line} ${p.rule}`)).toEqual([
      `${bad.split('\n').indexOf('    from: pharmacist') + 1} term/learning-profession-not-listed`,
    ]);
  });

  it('refuses on import a field the form cannot edit, naming it', () => {
    const text = serializeDraft(essay()).replace('anonymised: true', 'anonymised: true\nlicence: CC-BY-SA-4.0');
    expect(() => readDraft(text, 'x.mdx', '2026-01-01')).toThrow(/cannot edit "licence"/);
    expect(() => readDraft('no front matter', 'x.mdx', '2026-01-01')).toThrow(/does not start with front matter/);
  });
});

describe('the GitHub new-file address', () => {
  const repository = { url: 'https://github.com/ipl-library/ipl-library', branch: 'main' };

  it('names the repository, branch and file, and carries the text encoded', () => {
    const text = serializeDraft(essay());
    const proposal = proposeFile(repository, 'content/essays/x.mdx', text);
    expect(proposal.kind).toBe('prefilled');
    const url = new URL(proposal.url);
    expect(url.origin).toBe('https://github.com');
    expect(url.pathname).toBe('/ipl-library/ipl-library/new/main');
    expect(url.searchParams.get('filename')).toBe('content/essays/x.mdx');
    expect(url.searchParams.get('value')).toBe(text);
    // Every character that has a meaning in a query is encoded (a "&" or "#" in the text ends nothing).
    expect(newFileUrl(repository, 'a.mdx', 'a&b#c+d %')).toBe(
      'https://github.com/ipl-library/ipl-library/new/main?filename=a.mdx&value=a%26b%23c%2Bd%20%25',
    );
  });

  it('falls back to the page with only the file name above the limit', () => {
    const long = 'x'.repeat(URL_LIMIT);
    const proposal = proposeFile(repository, 'content/essays/x.mdx', long);
    expect(proposal).toMatchObject({
      kind: 'fallback',
      url: 'https://github.com/ipl-library/ipl-library/new/main?filename=content%2Fessays%2Fx.mdx',
    });
    const justUnder = proposeFile(
      repository,
      'a.mdx',
      'x'.repeat(URL_LIMIT - newFileUrl(repository, 'a.mdx', '').length),
    );
    expect(justUnder.kind).toBe('prefilled');
    expect(justUnder.url.length).toBe(URL_LIMIT);
  });

  it('accepts only a GitHub repository address', () => {
    expect(parseRepository('https://github.com/a-b/c.d.git')).toEqual({ owner: 'a-b', repo: 'c.d' });
    expect(() => parseRepository('https://gitlab.com/a/b')).toThrow(/not a GitHub repository/);
  });
});

describe('adding a work from a paste (the rules of npm run ref:add)', () => {
  const library = () => references().map((r) => ({ ...r, title: '', authors: '', year: '' }));

  it('reads BibTeX into a reference file that passes the check, and the draft may cite it', async () => {
    const { readWorks, pastedFormat } = await import('../../src/lib/write/add-works.ts');
    const bib = readFileSync(path.join(ROOT, 'tests/fixtures/ref-add/zotero-plain.bib'), 'utf8');
    expect(pastedFormat(bib)).toBe('bibtex');
    const { accepted, refused } = readWorks(bib, library(), []);
    expect(refused).toEqual([]);
    expect(accepted.map((w) => w.key)).toEqual(['kim_2019', 'ode_2020']);
    const work = accepted[0]!;
    expect(work.yaml).toMatch(/^type: article-journal\ntitle: /);
    const text = serializeDraft(essay({ body: 'I read about teamwork on the ward [@kim_2019].' }));
    expect(checkDraft(text, draftPath(essay()), references()).map((p) => p.rule)).toContain('citation/unknown-key');
    expect(checkDraft(text, draftPath(essay()), [...references(), work])).toEqual([]);
    // The file as proposed passes npm run check beside the essay that cites it.
    const dir = path.join(SCRATCH, 'with-new-work');
    mkdirSync(path.join(dir, 'essays'), { recursive: true });
    mkdirSync(path.join(dir, 'references'), { recursive: true });
    writeFileSync(path.join(dir, 'essays', 'x.mdx'), text);
    writeFileSync(path.join(dir, 'references', 'kim_2019.yaml'), work.yaml);
    const { problems } = await checkContent({ projectRoot: ROOT, contentDir: dir });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('refuses a work the library already has, and text that is no export, saying why', async () => {
    const { readWorks } = await import('../../src/lib/write/add-works.ts');
    const bib = readFileSync(path.join(ROOT, 'tests/fixtures/ref-add/zotero-plain.bib'), 'utf8');
    const first = readWorks(bib, library(), []).accepted;
    const again = readWorks(bib, library(), first);
    expect(again.accepted).toEqual([]);
    expect(again.refused.map((r) => r.reason)).toEqual([expect.stringMatching(/DOI/), expect.stringMatching(/DOI/)]);
    expect(readWorks('just some words', library(), []).refused[0]?.reason).toMatch(/not BibTeX/);
  });
});

describe('the checks in the browser report what npm run check reports', () => {
  const FIXTURES = path.join(ROOT, 'tests/fixtures/check');
  const pieces = readdirSync(FIXTURES).flatMap((fixture) =>
    ['essays', 'posters'].flatMap((folder) => {
      const dir = path.join(FIXTURES, fixture, folder);
      if (!existsSync(dir)) return [];
      return readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isFile() && /^[a-z0-9]+(-[a-z0-9]+)*\.mdx$/.test(e.name))
        .map((e) => ({
          name: `${fixture}/${folder}/${e.name}`,
          file: path.join(dir, e.name),
          repoPath: `content/${folder}/${e.name}`,
        }));
    }),
  );
  /** Rules only the full compile can find (see src/lib/check/check-draft.ts), and cross-file rules. */
  const COMPILE_ONLY =
    /^(mdx\/(raw-html|unexpected-element|unexpected-attribute|reserved-id|compiler-text)|reference\/)/;

  it('covers a good share of the fixtures', () => expect(pieces.length).toBeGreaterThan(80));

  it.each(pieces)('$name', async ({ file, repoPath }) => {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
    } catch {
      return; // not UTF-8: the browser reads text, never bytes
    }
    const expected = (await nodeCheck(repoPath, text)).filter((p) => !COMPILE_ONLY.test(p.rule));
    const got = checkDraft(text, repoPath, references()).filter((p) => !COMPILE_ONLY.test(p.rule));
    const key = (p: { line: number; column: number; rule: string; message: string }) =>
      `${p.line}:${p.column} ${p.rule} ${p.message}`;
    expect(got.map(key).sort()).toEqual(expected.map(key).sort());
  });
});
