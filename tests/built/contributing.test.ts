/**
 * The contribution path as the built site shows it: every piece links to its source file and to a
 * problem report, and the site's own MDX components render in a contributed essay without an import.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE } from '../../src/site.ts';
import { contentIds, page, PROJECT_ROOT, runAstroBuild, TEST_DIR } from '../helpers/site.ts';

const pieces = [
  ...contentIds('essays', '.mdx').map((id) => ({ href: `/essays/${id}/`, source: `content/essays/${id}.mdx` })),
  ...contentIds('posters', '.mdx').map((id) => ({ href: `/posters/${id}/`, source: `content/posters/${id}.mdx` })),
];

describe.each(pieces)('the footer of $href', ({ href, source }) => {
  const root = page(href);
  const link = (text: string) =>
    root
      .querySelectorAll('footer a')
      .find((a) => a.text.trim() === text)
      ?.getAttribute('href') ?? '';

  it('links "Edit this page" to the source file on GitHub, and the file exists', () => {
    expect(link('Edit this page')).toBe(`${SITE.repository}/edit/main/${source}`);
    expect(existsSync(path.join(PROJECT_ROOT, source))).toBe(true);
  });

  it('links "Suggest a change" to the problem report template, naming the piece', () => {
    const url = new URL(link('Suggest a change'));
    expect(`${url.origin}${url.pathname}`).toBe(`${SITE.repository}/issues/new`);
    const template = url.searchParams.get('template') ?? '';
    expect(existsSync(path.join(PROJECT_ROOT, '.github/ISSUE_TEMPLATE', template))).toBe(true);
    expect(url.searchParams.get('source')).toBe(source);
    expect(url.searchParams.get('piece')).toMatch(new RegExp(`${href}$`));
    // The template's form has fields with those ids, so GitHub fills them in.
    const form = readFileSync(path.join(PROJECT_ROOT, '.github/ISSUE_TEMPLATE', template), 'utf8');
    expect(form).toMatch(/id: piece\b/);
    expect(form).toMatch(/id: source\b/);
  });
});

it('shows no edit links on pages that are not pieces', () => {
  const text = page('/').querySelector('footer')?.text ?? '';
  expect(text).not.toContain('Edit this page');
  expect(text).toContain('Source and contributions');
});

describe('an essay using the site components (a build of tests/fixtures/check/valid-near-misses)', () => {
  const outDir = path.join(TEST_DIR, 'near-misses');
  let result: ReturnType<typeof runAstroBuild>;
  beforeAll(() => {
    result = runAstroBuild(outDir, {
      IPL_CONTENT_DIR: path.join(PROJECT_ROOT, 'tests/fixtures/check/valid-near-misses'),
    });
  });

  it('builds', () => {
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  });

  it('renders <Aside> as a titled note and keeps the allowed inline HTML', () => {
    const root = parse(readFileSync(path.join(outDir, 'essays/piece/index.html'), 'utf8'));
    const note = root.querySelector('.prose [role="note"]');
    expect(note?.querySelector('p')?.text).toBe('What I would do next time');
    expect(note?.querySelector('abbr')?.getAttribute('title')).toBe('healthcare assistant');
    expect(note?.querySelector('sub')?.text).toBe('2');
  });
});
