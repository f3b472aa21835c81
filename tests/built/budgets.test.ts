/**
 * Byte budgets, measured on the built files (deterministic, so they can be tests): per page type, the
 * gzip size of the HTML and of the CSS it links, and the JavaScript it loads before any interaction.
 * Budgets: no external script on load, inline script under 1 KB, CSS under 8 KB gzip, the seed essay's
 * HTML under 12 KB gzip, no web fonts anywhere.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { DIST, fileForPath, page } from '../helpers/site.ts';

const KB = 1024;
const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

const PAGE_TYPES = {
  home: '/',
  essay: '/essays/learning-to-learn-from-each-other/',
  poster: '/posters/communities-of-practice-preceptorship/',
  reference: '/references/busari_2017/',
  'essays index': '/essays/',
} as const;

interface Weight {
  html: number;
  css: number;
  inlineJs: number;
  externalJs: number;
}

function weigh(sitePath: string): Weight {
  const root = page(sitePath);
  const html = readFileSync(fileForPath(sitePath) ?? '', 'utf8');
  const stylesheets = root
    .querySelectorAll('link[rel="stylesheet"]')
    .map((l) => readFileSync(path.join(DIST, l.getAttribute('href') ?? ''), 'utf8'));
  const inlineStyles = root.querySelectorAll('style').map((s) => s.text);
  const scripts = root.querySelectorAll('script');
  return {
    html: gzip(html),
    css: gzip([...stylesheets, ...inlineStyles].join('\n')),
    inlineJs: scripts
      .filter((s) => !s.getAttribute('src') && s.getAttribute('type') !== 'application/ld+json')
      .reduce((sum, s) => sum + Buffer.byteLength(s.text), 0),
    externalJs:
      scripts.filter((s) => s.getAttribute('src')).length + root.querySelectorAll('link[rel="modulepreload"]').length,
  };
}

const weights = new Map<string, Weight>();

describe.each(Object.entries(PAGE_TYPES))('the %s page (%s)', (type, sitePath) => {
  const weight = weigh(sitePath);
  weights.set(type, weight);

  it('loads no external JavaScript before interaction, and under 1 KB inline', () => {
    expect(weight.externalJs).toBe(0);
    expect(weight.inlineJs).toBeLessThan(1 * KB);
  });

  it('links under 8 KB of CSS (gzip)', () => {
    expect(weight.css).toBeLessThan(8 * KB);
  });
});

it('keeps the seed essay under 12 KB of HTML (gzip)', () => {
  expect(weigh(PAGE_TYPES.essay).html).toBeLessThan(12 * KB);
});

it('ships no web fonts', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(DIST);
  expect(files.filter((f) => /\.(woff2?|ttf|otf|eot)$/i.test(f))).toEqual([]);
  const css = files.filter((f) => f.endsWith('.css')).map((f) => readFileSync(f, 'utf8'));
  expect(css.filter((text) => text.includes('@font-face'))).toEqual([]);
});

afterAll(() => {
  const rows = [...weights].map(
    ([type, w]) =>
      `${type.padEnd(14)} HTML ${(w.html / KB).toFixed(1).padStart(5)} KB   CSS ${(w.css / KB).toFixed(1).padStart(5)} KB   JS inline ${String(w.inlineJs).padStart(4)} B, external ${w.externalJs}`,
  );
  console.log(`\nPage weights (gzip level 9):\n${rows.join('\n')}\n`);
});
