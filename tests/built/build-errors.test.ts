/**
 * Bad content never becomes a page: a real `astro build` over a broken fixture library must stop
 * and say which file, which line and what is wrong.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runAstroBuild, TEST_DIR } from '../helpers/site.ts';

const fixture = (name: string) => path.join(PROJECT_ROOT, 'tests/fixtures/check', name);

describe('a build over bad content', () => {
  it('stops at a citation key that names no reference, with file, line, column and a suggestion', () => {
    const result = runAstroBuild(path.join(TEST_DIR, 'bad-citation'), { IPL_CONTENT_DIR: fixture('essay-unknown-citation') });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain(
      'tests/fixtures/check/essay-unknown-citation/essays/cite.mdx:18:17  citation/unknown-key  no reference has the key "@okafor2021"; did you mean @okafor_2021?',
    );
  });

  it('stops at a front matter mistake, naming the file, line and field', () => {
    const result = runAstroBuild(path.join(TEST_DIR, 'bad-frontmatter'), { IPL_CONTENT_DIR: fixture('essay-impossible-date') });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain('essays/date.mdx:8:1  frontmatter/invalid  published: published "2025-02-30" is not a real date');
  });
});
