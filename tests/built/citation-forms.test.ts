/**
 * Every citation form, built for real: a fixture library (tests/fixtures/check/valid-citation-forms)
 * with clusters, locators and an author-in-text citation, checked in all four styles (the form each
 * style's `data-cite-style` element holds; CSS shows one, see tests/e2e/citations.test.ts).
 */
import path from 'node:path';
import { type HTMLElement, parse } from 'node-html-parser';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runAstroBuild, TEST_DIR } from '../helpers/site.ts';

const OUT = path.join(TEST_DIR, 'citation-forms');

describe('a piece using every citation form', () => {
  let root: HTMLElement;
  beforeAll(() => {
    const result = runAstroBuild(OUT, {
      IPL_CONTENT_DIR: path.join(PROJECT_ROOT, 'tests/fixtures/check/valid-citation-forms'),
    });
    if (result.status !== 0) throw new Error(`${result.stdout}\n${result.stderr}`);
    root = parse(readFileSync(path.join(OUT, 'essays/ok/index.html'), 'utf8'));
  });

  /** Each citation as one style prints it. */
  const forms = (style: string) =>
    root
      .querySelectorAll('.prose .cite')
      .map((cite) => cite.querySelector(`[data-cite-style="${style}"]`)?.text.replace(/\s+/g, ' '));
  /** The entries each citation of a style links to. */
  const targets = (style: string) =>
    root
      .querySelectorAll('.prose .cite')
      .map((cite) => cite.querySelectorAll(`[data-cite-style="${style}"] a`).map((a) => a.getAttribute('href')));

  it('prints AMA superscripts with locators after the number, and the author before a narrative one', () => {
    expect(forms('ama')).toEqual(['1', 'World Example Organisation2', '1(p12),3(chap3)', '2(para4)']);
    expect(root.querySelectorAll('.cite [data-cite-style="ama"] > sup')).toHaveLength(4);
  });

  it('prints Vancouver numbers in brackets with locators', () => {
    expect(forms('vancouver')).toEqual([
      '(1)',
      'World Example Organisation (2)',
      '(1, p. 12; 3, chap. 3)',
      '(2, para. 4)',
    ]);
  });

  it('prints APA author-date: the group author whole, "&", works sorted in a cluster, locators, narrative', () => {
    expect(forms('apa')).toEqual([
      '(Okafor, 2021)',
      'World Example Organisation (2020)',
      '(Mensah & Lindqvist, 2019, Chapter 3; Okafor, 2021, p. 12)',
      '(World Example Organisation, 2020, para. 4)',
    ]);
  });

  it('prints Harvard author-date with "and"', () => {
    expect(forms('harvard')).toEqual([
      '(Okafor, 2021)',
      'World Example Organisation (2020)',
      '(Mensah and Lindqvist, 2019, chap. 3; Okafor, 2021, p. 12)',
      '(World Example Organisation, 2020, para. 4)',
    ]);
  });

  it('numbers works in first-cited order and links each number to the numbered list', () => {
    expect(
      root.querySelectorAll('.cite [data-cite-style="ama"] a').map((a) => [a.text, a.getAttribute('href')]),
    ).toEqual([
      ['1', '#ref-okafor_2021'],
      ['2', '#ref-who_2020'],
      ['1', '#ref-okafor_2021'],
      ['3', '#ref-handbook_2019'],
      ['2', '#ref-who_2020'],
    ]);
    expect(targets('vancouver')).toEqual(targets('ama'));
  });

  it('links each work of an author-date citation to its entry in the alphabetical list', () => {
    const expected = [
      ['#ref-okafor_2021--author-date'],
      ['#ref-who_2020--author-date'],
      ['#ref-handbook_2019--author-date', '#ref-okafor_2021--author-date'],
      ['#ref-who_2020--author-date'],
    ];
    expect(targets('apa')).toEqual(expected);
    expect(targets('harvard')).toEqual(expected);
  });

  it('lists the works in first-cited order for the numeric styles and by author for the author-date ones', () => {
    const ids = (selector: string) =>
      root.querySelectorAll(`.bibliography ${selector} > li`).map((li) => li.getAttribute('id'));
    expect(ids('ol[data-cite-style="ama vancouver"]')).toEqual([
      'ref-okafor_2021',
      'ref-who_2020',
      'ref-handbook_2019',
    ]);
    expect(ids('ul[data-cite-style="apa harvard"]')).toEqual([
      'ref-handbook_2019--author-date',
      'ref-okafor_2021--author-date',
      'ref-who_2020--author-date',
    ]);
  });
});
