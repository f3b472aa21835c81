import type { Page } from 'playwright-core';

/**
 * Controls smaller than 24 by 24 CSS pixels (WCAG 2.2, 2.5.8 Target Size (Minimum)), described for a
 * test failure. A link within a sentence is left out (the criterion's inline exception): one whose
 * block holds words besides the links and controls in it, so a line of links (a breadcrumb, "Edit ·
 * Report") is checked. A radio button or checkbox is measured with the label around it, which takes
 * the click too. On the search page, waits for its results and facet values to be drawn first.
 */
export async function smallTargets(page: Page) {
  if (new URL(page.url()).pathname === '/search/')
    // Attached, not visible: on a phone the facet groups start closed.
    await page.waitForSelector('[data-search-page]:not([hidden]) .search-facet-option:not([hidden])', {
      state: 'attached',
    });
  return page.evaluate(() => {
    const CONTROLS = 'a[href], button, input, select, textarea, summary';
    const blockOf = (el: Element): Element => {
      let node = el.parentElement;
      while (node && getComputedStyle(node).display.startsWith('inline')) node = node.parentElement;
      return node ?? document.body;
    };
    const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(CONTROLS)) {
      const box = (
        el.matches('input[type=radio], input[type=checkbox]') ? (el.closest('label') ?? el) : el
      ).getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not shown
      if (el.matches('.skip-link') && box.bottom <= 0) continue; // off screen until focused
      if (box.width >= 24 && box.height >= 24) continue;
      // Inline exception: a link sharing its line box with other text.
      if (el.tagName === 'A') {
        const rest = blockOf(el).cloneNode(true) as Element;
        for (const control of rest.querySelectorAll(CONTROLS)) control.remove();
        if (/[\p{L}\p{N}]/u.test(text(rest))) continue;
      }
      small.push(
        `${el.tagName.toLowerCase()} "${text(el).slice(0, 30) || el.getAttribute('aria-label')}" ${Math.round(box.width)}x${Math.round(box.height)}`,
      );
    }
    return small;
  });
}
