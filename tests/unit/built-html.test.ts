/**
 * The publish gate's scan of built HTML: what a browser would run or load that the site did not
 * write, read the way a browser parses it.
 */
import { describe, expect, it } from 'vitest';
import { findUnsafeMarkup } from '../../src/lib/safety/built-html.ts';
import { BOOT_SCRIPT, cspHash, INLINE_SCRIPTS } from '../../src/lib/safety/inline-scripts.ts';

const OWN = new Set(INLINE_SCRIPTS.map(cspHash));
const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body>\n${body}\n</body></html>`;
const rules = (html: string) => findUnsafeMarkup(html, OWN).map((f) => `${f.rule}@${f.line}`);

describe('the publish gate finds', () => {
  it.each([
    ['<p onclick="x()">a</p>', 'page/event-handler@2'],
    ['<svg><a xlink:href="javascript:x()"><text>a</text></a></svg>', 'page/unsafe-url@2'],
    ['<svg><set attributeName="href" to="javascript:x()" /></svg>', 'page/unsafe-url@2'],
    ['<a href=" JaVa\tScRiPt:x()">a</a>', 'page/unsafe-url@2'],
    ['<a href="vbscript:x">a</a>', 'page/unsafe-url@2'],
    ['<a href="data:text/html,<script>x()</script>">a</a>', 'page/unsafe-url@2'],
    ['<img src="data:image/svg+xml,<svg onload=x()>">', 'page/unsafe-url@2'],
    ['<img srcset="a.png 1x, javascript:x() 2x">', 'page/unsafe-url@2'],
    ['<script>x()</script>', 'page/foreign-script@2'],
    ['<script src="https://example.org/x.js"></script>', 'page/foreign-script@2'],
    ['<script src="//example.org/_astro/x.js"></script>', 'page/foreign-script@2'],
    ['<script type="application/ld+json">{"a":"</script><script>x()</script>"}</script>', 'page/foreign-script@2'],
    ['<template><img src=x onerror="x()"></template>', 'page/event-handler@2'],
    ['<iframe src="https://example.org"></iframe>', 'page/embedded-content@2'],
    ['<object data="x.swf"></object>', 'page/embedded-content@2'],
    ['<embed src="x.swf">', 'page/embedded-content@2'],
    ['<base href="https://example.org/">', 'page/embedded-content@2'],
    ['<form action="https://example.org/collect"><input name="q"></form>', 'page/form@2'],
    ['<meta http-equiv="refresh" content="0;url=https://example.org">', 'page/form@2'],
  ])('%s', (body, expected) => {
    expect(rules(page(body))).toEqual([expected]);
  });

  it('reads markup as the browser does: a script hidden in a comment-like string is still found', () => {
    expect(rules(page('<p>a</p><!-- x --><SCRIPT >x()</SCRIPT >'))).toEqual(['page/foreign-script@2']);
  });
});

describe('the publish gate accepts what the site writes', () => {
  it.each([
    [`<script>${BOOT_SCRIPT}</script>`, 'the boot script'],
    ['<script type="application/ld+json">{"@type":"BlogPosting","name":"a \\u003c b"}</script>', 'a JSON-LD block'],
    [
      '<script type="module" src="/_astro/page.js"></script><script src="/pagefind/pagefind.js"></script>',
      'the site’s script folders',
    ],
    ['<form role="search" action="/search/" method="get"><input name="q"></form>', 'the search form'],
    ['<img src="data:image/png;base64,iVBORw0KGgo=" alt="">', 'a data: picture'],
    [
      '<a href="https://example.org/?q=javascript:x">a</a><a href="#p-1">¶</a><a href="mailto:a@example.org">m</a>',
      'ordinary links',
    ],
  ])('%s (%s)', (body) => {
    expect(rules(page(body))).toEqual([]);
  });

  it('accepts an inline script whose hash the page’s own policy lists (Astro’s scripts)', () => {
    const script = 'console.log(1)';
    const policy = `<meta http-equiv="content-security-policy" content="script-src 'self' '${cspHash(script)}'">`;
    expect(rules(page(`<script>${script}</script>`, policy))).toEqual([]);
    expect(rules(page(`<script>${script}</script>`))).toEqual(['page/foreign-script@2']);
  });
});
