/**
 * `npm run new`: run the real script into a scratch content folder, then the real checks over what it
 * wrote. A scaffold fails the check while its placeholders remain and passes once they are filled.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { REFLECTIVE_MODELS, slugify } from '../../src/lib/scaffold/templates.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCRATCH = path.join(ROOT, '.tmp', 'scaffold-test');

function runNew(args: string[]) {
  return spawnSync(process.execPath, [path.join(ROOT, 'scripts/new-piece.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, IPL_CONTENT_DIR: SCRATCH },
  });
}

const check = async () => (await checkContent({ projectRoot: ROOT, contentDir: SCRATCH })).problems;

/** What a writer does: replace every TODO, fill the lists, declare anonymisation and consent. */
function fillIn(text: string): string {
  return text
    .replace(/"TODO: [^"]*"/g, '"Written by the contributor."')
    .replace(/^TODO: .*$/gm, 'I learned to ask the healthcare assistant before assuming what their role covered.')
    .replace('professions: []', 'professions: [medical-student, healthcare-assistant]')
    .replace('topics: []', 'topics: [teamwork]')
    .replace('anonymised: false', 'anonymised: true')
    .replace('status: pending', 'status: not-needed');
}

beforeAll(() => rmSync(SCRATCH, { recursive: true, force: true }));
afterAll(() => rmSync(SCRATCH, { recursive: true, force: true }));

describe.each([
  ...Object.keys(REFLECTIVE_MODELS).map((model) => ({
    kind: 'essay',
    model,
    title: `Learning on a ward round (${model})`,
  })),
  { kind: 'poster', model: undefined, title: 'Shared ward rounds for students' },
])('npm run new -- $kind (model $model)', ({ kind, model, title }) => {
  const slug = slugify(title);
  const file = path.join(SCRATCH, `${kind}s`, `${slug}.mdx`);

  beforeAll(() => {
    rmSync(SCRATCH, { recursive: true, force: true });
    mkdirSync(SCRATCH, { recursive: true });
  });

  it('writes the file and says what to do next', () => {
    const result = runNew([kind, title, ...(model ? ['--model', model] : [])]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Wrote ${path.relative(ROOT, file)}`);
    expect(result.stdout).toContain(`npm run check -- ${path.relative(ROOT, file)}`);
    expect(readFileSync(file, 'utf8')).toContain(`title: ${JSON.stringify(title)}`);
  });

  if (model) {
    it(`has the headings of ${model}'s model, each with a prompt`, () => {
      const text = readFileSync(file, 'utf8');
      const headings = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
      expect(headings).toEqual(REFLECTIVE_MODELS[model as keyof typeof REFLECTIVE_MODELS].stages.map((s) => s.heading));
      expect(text.match(/^TODO: /gm)).toHaveLength(headings.length);
    });
  }

  it('fails the check while placeholders remain, naming each one and the declarations', async () => {
    const problems = await check();
    expect(problems.every((p) => p.file === path.relative(ROOT, file))).toBe(true);
    const rules = problems.map((p) => p.rule);
    expect(rules.filter((r) => r === 'content/placeholder').length).toBeGreaterThanOrEqual(kind === 'essay' ? 6 : 10);
    expect(problems.find((p) => p.message.startsWith('anonymised:'))?.message).toContain('must be true');
    expect(problems.find((p) => p.message.startsWith('consent.status:'))?.message).toContain('consent is not in place');
    expect(problems.some((p) => p.message === 'professions: list at least one profession')).toBe(true);
    // Every problem points at a real line of the file.
    const lines = readFileSync(file, 'utf8').split('\n').length;
    for (const p of problems) {
      expect(p.line).toBeGreaterThan(1);
      expect(p.line).toBeLessThanOrEqual(lines);
    }
  });

  it('passes the check once the placeholders are filled', async () => {
    writeFileSync(file, fillIn(readFileSync(file, 'utf8')));
    expect(await check()).toEqual([]);
  });

  it('refuses to overwrite the file', () => {
    const before = readFileSync(file, 'utf8');
    const result = runNew([kind, title, ...(model ? ['--model', model] : [])]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('already exists, and npm run new never overwrites a file');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('npm run new refuses what it cannot write', () => {
  it.each([
    [[], 'Say what to write: essay or poster.'],
    [['story', 'A title'], '"story" is not something npm run new can write'],
    [['essay'], "Give the essay's title in quotes."],
    [['essay', 'Two', 'words'], 'Put the title in quotes: "Two words".'],
    [['essay', 'A title', '--model', 'schon'], '--model must be one of gibbs, driscoll, kolb.'],
    [['poster', 'A title', '--model', 'gibbs'], '--model is for essays'],
    [['essay', 'A title', '--slug', 'Not A Slug'], '"Not A Slug" cannot be a file name'],
  ])('%j', (args, message) => {
    const result = runNew(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('Usage:');
  });
});

describe('slugify', () => {
  it.each([
    [
      'Learning to learn from each other: the importance of collaboration',
      'learning-to-learn-from-each-other-the-importance-of',
    ],
    ["A nurse's first week", 'a-nurses-first-week'],
    ['Préceptorat en Alberta', 'preceptorat-en-alberta'],
    ['  What?  So what?  ', 'what-so-what'],
  ])('%s -> %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
    expect(slugify(title).length).toBeLessThanOrEqual(60);
  });
});
