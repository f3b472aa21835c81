// @ts-check
/**
 * Enhancement for the ¶ and # links after each paragraph and heading of an essay: choosing one still
 * goes to that paragraph (it is a plain link), and also copies the paragraph's full address to the
 * clipboard, saying so next to the link and to screen readers. Loaded by the boot script on the first
 * interaction with a page that has data-enhance="copy-link".
 *
 * The paragraphs' ¶ links are one tab stop (src/lib/markdown/remark-anchors.ts): on a focused ¶, the
 * up and down arrow keys (and Home and End) move to the previous and next paragraph's ¶, and the tab
 * stop moves with them, so Tab comes back to the paragraph the reader was at.
 */

const PARAGRAPH_LINK = 'a.paragraph-link';
/** @type {Record<string, (index: number, count: number) => number>} */
const MOVES = { ArrowDown: (i) => i + 1, ArrowUp: (i) => i - 1, Home: () => 0, End: (_i, count) => count - 1 };

/** @type {HTMLElement | undefined} */
let status;

/**
 * @param {Event} [_event] the interaction that woke the module. A click on a paragraph link made before
 * the module arrived is not replayed: the reader's next click copies.
 */
export function init(_event) {
  if (status) return;
  status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.setAttribute('data-copy-link-status', '');
  status.className = 'sr-only';
  document.body.append(status);
  document.addEventListener('click', onClick);
  document.addEventListener('keydown', onKeyDown);
  document.documentElement.dataset.paragraphKeys = '';
}

/** @param {KeyboardEvent} event */
function onKeyDown(event) {
  const move = MOVES[event.key];
  const target = /** @type {Element | null} */ (event.target);
  const link = target?.closest?.(PARAGRAPH_LINK);
  if (!move || !(link instanceof HTMLAnchorElement) || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey)
    return;
  const links = /** @type {HTMLAnchorElement[]} */ ([...document.querySelectorAll(PARAGRAPH_LINK)]);
  const next = links[move(links.indexOf(link), links.length)];
  if (!next) return;
  event.preventDefault();
  for (const other of links) other.tabIndex = other === next ? 0 : -1;
  next.focus();
}

/** @param {MouseEvent} event */
async function onClick(event) {
  const target = /** @type {Element | null} */ (event.target);
  const link = target?.closest?.('a.anchor-link');
  if (!(link instanceof HTMLAnchorElement)) return;
  const url = new URL(link.getAttribute('href') ?? '', location.href).href;
  try {
    await navigator.clipboard.writeText(url);
  } catch {
    return; // No clipboard (permissions, old browser): the link has still taken the reader there.
  }
  for (const other of document.querySelectorAll('a.anchor-link[data-copied]')) other.removeAttribute('data-copied');
  link.setAttribute('data-copied', '');
  if (status) status.textContent = `Link copied: ${url}`;
  setTimeout(() => link.removeAttribute('data-copied'), 2500);
}
