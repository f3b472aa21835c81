/**
 * The check command as a contributor runs it: the real scripts over a fixture library, with and
 * without file arguments, with the report format and exit codes they rely on.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LIBRARY = 'tests/fixtures/check/build-unsafe-pieces';

function run(script: string, args: string[], cwd = ROOT) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, IPL_CONTENT_DIR: LIBRARY, INIT_CWD: cwd, NO_COLOR: '1' },
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
});
