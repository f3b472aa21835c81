/**
 * The check command as a contributor runs it: the real scripts over a fixture library, with and
 * without file arguments, with the report format and exit codes they rely on.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LIBRARY = 'tests/fixtures/check/build-unsafe-pieces';

function run(script: string, args: string[], cwd = ROOT, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, IPL_CONTENT_DIR: LIBRARY, INIT_CWD: cwd, NO_COLOR: '1', ...env },
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

// Each test starts Node and the content check, which builds compromise's English model for the name
// detectors (about half a second on a quiet machine, several on a loaded one): more than the default 5 s.
const SPAWN_TIMEOUT = 30_000;

describe('scripts/check-content.ts', { timeout: SPAWN_TIMEOUT }, () => {
  it('reports every file of the library, one problem per line, and exits 1 on an error', () => {
    const { status, out } = run('check-content.ts', []);
    expect(status).toBe(1);
    expect(out.trim().split('\n')).toEqual([
      `${LIBRARY}/essays/postcode.mdx:18:35  confidentiality/uk-postcode  "LS1 4AP" is a UK postcode: it can point to a single street  (remove it, or name only the region ("a town in the North West"))`,
      `${LIBRARY}/essays/script.mdx:20:1  mdx/forbidden-element  <script> is not allowed in content: it would run JavaScript in readers’ browsers  (remove it; to point readers to something elsewhere, link to it in the text)`,
      `${LIBRARY}/essays/script.mdx:20:9  mdx/expression  braces { } hold JavaScript, which would run when the site is built; content may not contain expressions  (to show a brace in the text write \\{ ; leave notes for reviewers in the pull request, not the file)`,
      '3 errors, 0 warnings',
    ]);
  });

  it('reports only the files given as arguments', () => {
    const { status, out } = run('check-content.ts', [`${LIBRARY}/essays/postcode.mdx`]);
    expect(status).toBe(1);
    expect(out).toContain('postcode.mdx:18:35  confidentiality/uk-postcode');
    expect(out).not.toContain('script.mdx');
    expect(out.trim().split('\n').at(-1)).toBe('1 error, 0 warnings');
  });

  it('resolves file arguments from the folder the command was typed in', () => {
    const { status, out } = run('check-content.ts', ['essays/postcode.mdx'], path.join(ROOT, LIBRARY));
    expect(status).toBe(1);
    expect(out).toContain(`${LIBRARY}/essays/postcode.mdx:18:35`);
  });

  it('exits 0 and says so for a clean file', () => {
    const { status, out } = run('check-content.ts', [`${LIBRARY}/essays/good.mdx`]);
    expect(status).toBe(0);
    expect(out.trim()).toBe('Checked 1 content file: no problems.');
  });

  it('refuses a file that is not content, or does not exist', () => {
    const { status, out } = run('check-content.ts', ['README.md', 'content/essays/missing.mdx']);
    expect(status).toBe(1);
    expect(out).toContain('README.md:1:1  check/not-content  this is not a content file, so it was not checked');
    expect(out).toContain('content/essays/missing.mdx:1:1  check/not-content  there is no such file');
  });
});

describe('npm run check (scripts/check.ts)', { timeout: SPAWN_TIMEOUT }, () => {
  it('stops after the content report when there is a content error, before the type checks', () => {
    const { status, out } = run('check.ts', [`${LIBRARY}/essays/script.mdx`]);
    expect(status).toBe(1);
    expect(out).toContain('script.mdx:20:1  mdx/forbidden-element');
    expect(out).toContain('the type checks run once the content is clean');
    expect(out).not.toContain('Getting diagnostics');
  });

  it('refuses code ESLint or Prettier rejects, after clean content and before the type checks', () => {
    // A folder with the project's own ESLint and Prettier settings and two bad files: one with an
    // unused variable (a lint error), one formatted by hand (a line Prettier would join).
    const code = mkdtempSync(path.join(os.tmpdir(), 'ipl-code-'));
    try {
      for (const file of ['eslint.config.mjs', 'prettier.config.mjs', '.prettierignore'])
        copyFileSync(path.join(ROOT, file), path.join(code, file));
      // The copied settings are not what is being checked.
      writeFileSync(path.join(code, '.prettierignore'), 'eslint.config.mjs\nprettier.config.mjs\n', { flag: 'a' });
      symlinkSync(path.join(ROOT, 'node_modules'), path.join(code, 'node_modules'), 'dir');
      mkdirSync(path.join(code, 'src'));
      writeFileSync(path.join(code, 'src/unused.ts'), 'const unused = 1;\nexport const used = 2;\n');
      writeFileSync(path.join(code, 'src/unformatted.ts'), 'export const sum = (a: number,\n  b: number) => a + b;\n');
      const { status, out } = run('check.ts', [`${LIBRARY}/essays/good.mdx`], ROOT, { IPL_CODE_ROOT: code });
      expect(status).toBe(1);
      expect(out).toContain('Checked 1 content file: no problems.');
      expect(out).toMatch(
        /src\/unused\.ts\s+1:7\s+error\s+'unused' is assigned a value but never used\b.*@typescript-eslint\/no-unused-vars/,
      );
      expect(out).toContain('[warn] src/unformatted.ts');
      expect(out).not.toContain('[warn] src/unused.ts');
      expect(out).not.toContain('[warn] eslint.config.mjs');
      expect(out).toContain('The code checks failed: ESLint found errors in the code');
      expect(out).toContain('`npm run format` rewrites them');
      expect(out).not.toContain('Getting diagnostics');
    } finally {
      rmSync(code, { recursive: true, force: true });
    }
  });
});
