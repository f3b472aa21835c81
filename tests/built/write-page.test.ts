/**
 * The writing page as built: its byte budget (the script it loads first, and everything that script
 * can load: the checks, the import reader), that no other page loads any of it, its links from the
 * pages that speak of contributing, and the settings it is built with.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/site.ts';
import { builtPages, DIST, page } from '../helpers/site.ts';

const KB = 1024;
const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const WRITE = '/contribute/write/';

/** The files a module can load (static and dynamic imports of the site's own chunks), transitively. */
function reachable(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    // Rolldown writes a dynamic import's path in backticks: import(`./check-draft.x.js`).
    for (const match of text.matchAll(/["'`](\.\/[\w.-]+\.js)["'`]/g))
      visit(path.join(path.dirname(file), match[1] ?? ''));
  };
  visit(entry);
  return [...seen];
}

const scriptsOf = (sitePath: string) =>
  page(sitePath)
    .querySelectorAll('script[src]')
    .map((s) => s.getAttribute('src') ?? '');

describe('the writing page', () => {
  const scripts = scriptsOf(WRITE);
  const entry = path.join(DIST, scripts[0] ?? '');
  const files = reachable(entry);

  it('loads one script of its own, under 10 KB (gzip) before the checks arrive', () => {
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^\/_astro\/write\.[\w.-]+\.js$/);
    expect(gzip(entry)).toBeLessThan(10 * KB);
  });

  it('loads the checks as a separate chunk, and everything it can load stays under 440 KB (gzip)', () => {
    expect(files.some((f) => path.basename(f).startsWith('check-draft.'))).toBe(true);
    const total = files.reduce((sum, f) => sum + gzip(f), 0);
    console.log(
      `\nWriting page JS (gzip level 9): ${files.map((f) => `${path.basename(f)} ${(gzip(f) / KB).toFixed(1)} KB`).join(', ')}; total ${(total / KB).toFixed(1)} KB\n`,
    );
    expect(total).toBeLessThan(440 * KB);
  });

  it('is the only page that loads any of it', () => {
    const names = new Set(files.map((f) => `/_astro/${path.basename(f)}`));
    const others = builtPages().filter(
      (p) => p.endsWith('/') && p !== WRITE && scriptsOf(p).some((src) => names.has(src)),
    );
    expect(others).toEqual([]);
  });

  it('proposes to the repository and branch of the site settings, and sends no form anywhere', () => {
    const form = page(WRITE).querySelector('[data-write]');
    expect(form?.getAttribute('data-repository')).toBe(SITE.repository);
    expect(form?.getAttribute('data-branch')).toBe(SITE.branch);
    expect(page(WRITE).querySelectorAll('main form')).toHaveLength(0);
  });

  it("points the citation picker at a file of the library's works, and carries none of them in the page", () => {
    const href = page(WRITE).querySelector('[data-write]')?.getAttribute('data-works') ?? '';
    expect(href).toBe('/contribute/write-works.json');
    const works = JSON.parse(readFileSync(path.join(DIST, href), 'utf8')) as Array<{ key: string; title: string }>;
    expect(works.map((w) => w.key)).toContain('busari_2017');
    // The list grows with the library (10,000 works made the page 5 MB): no work's title is in the page.
    const html = readFileSync(path.join(DIST, WRITE, 'index.html'), 'utf8');
    for (const work of works) expect(html).not.toContain(work.title);
  });
});

it.each(['/about/', '/educators/'])('%s links to the writing page', (sitePath) => {
  expect(
    page(sitePath)
      .querySelectorAll('main a')
      .map((a) => a.getAttribute('href')),
  ).toContain(WRITE);
});
