// @ts-check
/**
 * Enhancement for the ¶ and # links after each paragraph and heading of an essay: choosing one still
 * goes to that paragraph (it is a plain link), and also copies the paragraph's full address to the
 * clipboard, saying so next to the link and to screen readers. Loaded by the boot script on the first
 * interaction with a page that has data-enhance="copy-link".
 */

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
