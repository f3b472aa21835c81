/**
 * Ranking, over a small made-up library (tests/fixtures/search) built for this test: each pair of
 * pieces differs only in where a word appears, so each test fails if that part loses its weight.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSiteIndex, type SiteIndex } from '../helpers/pagefind.ts';
import { PROJECT_ROOT, runAstroBuild, TEST_DIR } from '../helpers/site.ts';

const urls = (hits: { url: string }[]) => hits.map((hit) => hit.url);
const before = (list: string[], first: string, second: string) => {
  expect(list).toContain(first);
  expect(list).toContain(second);
  expect(list.indexOf(first), `${first} before ${second} in ${list.join(', ')}`).toBeLessThan(list.indexOf(second));
};

describe('search ranking', () => {
  let index: SiteIndex;
  beforeAll(async () => {
    const outDir = path.join(TEST_DIR, 'search-ranking');
    const result = runAstroBuild(outDir, { IPL_CONTENT_DIR: path.join(PROJECT_ROOT, 'tests/fixtures/search') });
    if (result.status !== 0) throw new Error(`The search fixture did not build:\n${result.stdout}\n${result.stderr}`);
    index = await openSiteIndex(outDir);
  });
  afterAll(async () => {
    await index?.close();
  });

  it('ranks a title match above a piece that uses the word more often in its text', async () => {
    const list = urls(await index.search('handover'));
    expect(list[0]).toBe('/essays/handover-at-the-nurses-station/');
    expect(list).toContain('/essays/a-week-on-the-acute-unit/');
  });

  it('ranks a piece whose summary has the word above one that mentions it once in the text', async () => {
    before(
      urls(await index.search('deprescribing')),
      '/posters/shared-medicines-reviews/',
      '/essays/learning-with-pharmacy/',
    );
  });

  it('ranks a piece that discusses a word above pieces whose bibliography merely cites a work about it', async () => {
    const list = urls(await index.search('phlebotomy'));
    before(list, '/essays/what-a-ward-clerk-taught-me/', '/essays/learning-with-pharmacy/');
    before(list, '/essays/what-a-ward-clerk-taught-me/', '/essays/a-week-on-the-acute-unit/');
  });

  it('deep-links a match under an essay heading to that heading', async () => {
    const [essay] = await index.search('changed');
    expect(essay?.url).toBe('/essays/handover-at-the-nurses-station/');
    expect(urls(essay?.sub_results ?? [])).toContain('/essays/handover-at-the-nurses-station/#what-changed');
  });
});
