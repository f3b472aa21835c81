/**
 * Every citation form, built for real: a fixture library (tests/fixtures/check/valid-citation-forms)
 * with clusters, locators and an author-in-text citation.
 */
import path from 'node:path';
import { parse } from 'node-html-parser';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runAstroBuild, TEST_DIR } from '../helpers/site.ts';

const OUT = path.join(TEST_DIR, 'citation-forms');

describe('a piece using every citation form', () => {
  let prose = '';
  beforeAll(() => {
    const result = runAstroBuild(OUT, { IPL_CONTENT_DIR: path.join(PROJECT_ROOT, 'tests/fixtures/check/valid-citation-forms') });
    if (result.status !== 0) throw new Error(`${result.stdout}\n${result.stderr}`);
    const root = parse(readFileSync(path.join(OUT, 'essays/ok/index.html'), 'utf8'));
    prose = root.querySelector('.prose')?.innerHTML ?? '';
  });

  const text = () => parse(prose).text.replace(/\s+/g, ' ');

  it('prints AMA superscripts with locators after the number', () => {
    expect(text()).toContain('said the same.1(p12),3(chap3)');
    expect(text()).toContain('See also the guidance.2(para4)');
  });

  it('prints the author of an author-in-text citation, then the number', () => {
    expect(text()).toContain('Then World Example Organisation2 set out the framework');
  });

  it('numbers works in first-cited order and links each number', () => {
    const links = parse(prose).querySelectorAll('sup.citation a').map((a) => [a.text, a.getAttribute('href')]);
    expect(links).toEqual([
      ['1', '#ref-okafor_2021'],
      ['2', '#ref-who_2020'],
      ['1', '#ref-okafor_2021'],
      ['3', '#ref-handbook_2019'],
      ['2', '#ref-who_2020'],
    ]);
  });
});
