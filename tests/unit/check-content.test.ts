/**
 * Golden fixtures for the content checks: each folder under tests/fixtures/check is a small content
 * root, and expected.txt is the exact report a contributor would see for it. A valid fixture's
 * report is "0 errors, 0 warnings". Regenerate after a deliberate change with UPDATE_GOLDEN=1.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { formatReport } from '../../src/lib/check/problem.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/check');
const cases = readdirSync(FIXTURES).sort();

describe.each(cases)('content check fixture %s', (name) => {
  it('reports exactly what expected.txt says', async () => {
    const report = formatReport(
      (await checkContent({ projectRoot: ROOT, contentDir: path.join(FIXTURES, name) })).problems,
    );
    const golden = path.join(FIXTURES, name, 'expected.txt');
    if (process.env.UPDATE_GOLDEN || !existsSync(golden)) writeFileSync(golden, `${report}\n`);
    expect(report).toBe(readFileSync(golden, 'utf8').trimEnd());
  });

  it(
    name.startsWith('valid') ? 'has no problems (reviewed exceptions are only noted)' : 'reports at least one problem',
    async () => {
      const { problems } = await checkContent({ projectRoot: ROOT, contentDir: path.join(FIXTURES, name) });
      if (name.startsWith('valid')) expect(problems.filter((p) => p.severity !== 'note')).toEqual([]);
      else expect(problems.length).toBeGreaterThan(0);
    },
  );
});

it('finds no problem in the library itself', async () => {
  expect(formatReport((await checkContent({ projectRoot: ROOT })).problems)).toBe('0 errors, 0 warnings');
});

describe('names a case-insensitive file system cannot hold', () => {
  // Written at test time: a repository holding both files could not be checked out on macOS or Windows.
  const dir = path.join(ROOT, '.tmp/case-twins');
  const good = readFileSync(path.join(FIXTURES, 'build-unsafe-pieces/essays/good.mdx'), 'utf8');

  it('reports both files of a pair whose names differ only in case, each naming the other', async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(path.join(dir, 'essays'), { recursive: true });
    writeFileSync(path.join(dir, 'essays/Learning.mdx'), good);
    writeFileSync(path.join(dir, 'essays/learning.mdx'), good);
    const { problems } = await checkContent({ projectRoot: ROOT, contentDir: dir });
    expect(formatReport(problems)).toBe(
      [
        '.tmp/case-twins/essays/learning.mdx:1:1  content/case-twin  this file and .tmp/case-twins/essays/Learning.mdx have the same name but for capital letters: the site would publish only one of them  (rename one of them, in lower case)',
        '.tmp/case-twins/essays/Learning.mdx:1:1  content/case-twin  this file and .tmp/case-twins/essays/learning.mdx have the same name but for capital letters: the site would publish only one of them  (rename one of them, in lower case)',
        '.tmp/case-twins/essays/Learning.mdx:1:1  content/file-name  "Learning.mdx" cannot be a page address: use lower-case letters and digits, with words joined by hyphens  (rename the file, e.g. learning.mdx)',
        '3 errors, 0 warnings',
      ].join('\n'),
    );
  });
});
