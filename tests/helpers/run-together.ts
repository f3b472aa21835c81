import type { Page } from 'playwright-core';

/**
 * Words that run into each other where one inline element meets another or meets text: "see<a>who</a>",
 * "<time>2026</time>· 2 min read", "from the<a>essays</a>". The usual cause is a template line break
 * before an inline element that Astro's compiler dropped: the source looks spaced, the page is not.
 *
 * Read in the browser, so the page's real CSS decides what shares a line: the text of every rendered
 * element is laid out in runs, a run ending at any element that is not displayed inline (a block, a
 * flex or grid item, an inline-block pill, a line break, an image or a control). Within a run, every
 * place where one text node ends and the next begins (that is, an inline element starts or ends) is a
 * joint; a joint with a letter or digit on one side and a letter, a digit or a separator dot on the
 * other, and no space between, is reported. Superscripts and subscripts (citation numbers) are meant
 * to touch the word before them, and are left out. Text nobody sees (display: none, hidden,
 * <template>, and <noscript> where scripts run) is skipped. Text only screen readers hear (.sr-only)
 * is positioned out of the line, so it counts as a run of its own.
 *
 * Returns one line per joint: the words either side, "|" where they meet, and the element that starts
 * or ends there.
 */
export function runTogetherWords(page: Page): Promise<string[]> {
  return page.evaluate(scanRunTogether);
}

/** The scan itself, self-contained so page.evaluate can send it to the browser. */
export function scanRunTogether(): string[] {
  const root = document.body;
  const WORD = /[\p{L}\p{N}]/u;
  const DOT = /[·•|]/u;
  const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'svg', 'SVG', 'MATH']);
  const TOUCHING = new Set(['SUP', 'SUB']);
  const SEPARATORS = new Set([
    'BR',
    'IMG',
    'INPUT',
    'BUTTON',
    'SELECT',
    'TEXTAREA',
    'WBR',
    'HR',
    'IFRAME',
    'VIDEO',
    'AUDIO',
    'CANVAS',
    'OBJECT',
  ]);
  interface Piece {
    text: string;
    /** The element entered or left just before this text, if any. */
    via: Element | undefined;
    touching: boolean;
  }
  const found: string[] = [];
  let run: Piece[] = [];
  let pendingVia: Element | undefined;
  let pendingTouching = false;

  const describe = (el: Element | undefined) => {
    if (!el) return '';
    const cls = el.getAttribute('class');
    return ` <${el.tagName.toLowerCase()}${cls ? ` class="${cls.split(/\s+/).slice(0, 3).join(' ')}"` : ''}>`;
  };
  const flush = () => {
    for (let i = 1; i < run.length; i++) {
      const before = run[i - 1]!;
      const after = run[i]!;
      if (after.touching || before.touching) continue;
      const left = before.text.at(-1) ?? ' ';
      const right = after.text[0] ?? ' ';
      const joined = (WORD.test(left) && (WORD.test(right) || DOT.test(right))) || (DOT.test(left) && WORD.test(right));
      if (!joined) continue;
      const leftWords = before.text.split(/\s+/).slice(-3).join(' ');
      const rightWords = after.text.split(/\s+/).slice(0, 3).join(' ');
      found.push(`"${leftWords}|${rightWords}" at${describe(after.via)}`);
    }
    run = [];
  };
  const isInline = (el: Element) => {
    const display = getComputedStyle(el).display;
    return display === 'inline' || display === 'contents';
  };
  const walk = (el: Element, touching: boolean) => {
    for (const child of el.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const text = child.textContent ?? '';
        if (text === '') continue;
        run.push({ text, via: pendingVia, touching: touching || pendingTouching });
        pendingVia = undefined;
        pendingTouching = false;
        continue;
      }
      if (!(child instanceof Element) || SKIP.has(child.tagName)) continue;
      if (child.hasAttribute('hidden') || getComputedStyle(child).display === 'none') continue;
      if (SEPARATORS.has(child.tagName) || !isInline(child)) {
        flush();
        walk(child, false);
        flush();
        continue;
      }
      const touches = touching || TOUCHING.has(child.tagName);
      pendingVia = child;
      pendingTouching = touches;
      walk(child, touches);
      pendingVia = child;
      pendingTouching = touches;
    }
  };
  walk(root, false);
  flush();
  return found;
}
