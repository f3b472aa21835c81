// @ts-check
/**
 * Citation enhancements, loaded by the boot script on the first interaction with a page that has a
 * bibliography or a "cite this" panel (data-enhance="citations"). Without this module every citation
 * is a plain link to its bibliography entry and the citations can be selected and copied by hand.
 *
 * 1. Previews: a citation shows its full reference (in the style chosen in the bibliography) while the
 *    pointer is over it or it has keyboard focus. WCAG 1.4.13: the preview can be dismissed with Escape
 *    without moving focus, the pointer can move onto it without it vanishing, it stays until then, and it
 *    is placed beside the text (in the margin, or above or below the sentence) so it never covers the
 *    sentence being read.
 * 2. Copy buttons in the "cite this" panel (hidden until this module runs, as copying needs JavaScript).
 */

const CITATION = 'sup.citation a[href^="#ref-"]';
const HIDE_DELAY_MS = 300;
const GAP = 8;

/** @type {HTMLElement | undefined} */
let preview;
/** @type {HTMLAnchorElement | undefined} */
let owner;
/** @type {ReturnType<typeof setTimeout> | undefined} */
let hideTimer;
let started = false;

/**
 * Start the enhancements and act on the event that woke the module, so that first hover or focus is
 * not lost.
 * @param {Event} [event]
 */
export function init(event) {
  if (started) return;
  started = true;
  for (const button of document.querySelectorAll('button[data-copy]')) if (button instanceof HTMLElement) button.hidden = false;
  document.addEventListener('pointerover', onPointerOver);
  document.addEventListener('pointerout', onPointerOut);
  document.addEventListener('focusin', onFocusIn);
  document.addEventListener('focusout', onFocusOut);
  document.addEventListener('keydown', onKeyDown);
  document.addEventListener('click', onClick);
  addEventListener('resize', () => hide());
  if (event?.type === 'pointerover') onPointerOver(event);
  if (event?.type === 'focusin') onFocusIn(event);
}

/** @param {Event} event */
const citationOf = (event) => (event.target instanceof Element ? /** @type {HTMLAnchorElement | null} */ (event.target.closest(CITATION)) : null);

/** @param {Event} event */
function onPointerOver(event) {
  const link = citationOf(event);
  if (link) show(link);
  else if (preview && event.target instanceof Node && preview.contains(event.target)) cancelHide();
}

/** @param {Event} event */
function onPointerOut(event) {
  const from = event.target instanceof Node ? event.target : null;
  const to = /** @type {PointerEvent} */ (event).relatedTarget;
  if (!preview || !from || !(citationOf(event) || preview.contains(from))) return;
  // Moving between the citation and its preview keeps it open (WCAG 1.4.13 "hoverable").
  if (to instanceof Node && (preview.contains(to) || owner?.contains(to))) return;
  if (owner && owner === document.activeElement) return;
  scheduleHide();
}

/** @param {Event} event */
function onFocusIn(event) {
  const link = citationOf(event);
  if (link) show(link);
}

/** @param {Event} event */
function onFocusOut(event) {
  if (citationOf(event) === owner) hide();
}

/** @param {KeyboardEvent} event */
function onKeyDown(event) {
  if (event.key === 'Escape' && preview && !preview.hidden) {
    hide();
    event.preventDefault();
  }
}

/** @param {MouseEvent} event */
function onClick(event) {
  const button = event.target instanceof Element ? event.target.closest('button[data-copy]') : null;
  if (button instanceof HTMLButtonElement) void copy(button);
}

/** The bibliography entry a citation links to, in the style currently shown. */
function referenceText(/** @type {HTMLAnchorElement} */ link) {
  const entry = document.getElementById(decodeURIComponent(link.hash.slice(1)));
  if (!entry) return undefined;
  const styles = [...entry.querySelectorAll('.csl')];
  const shown = styles.find((el) => getComputedStyle(el).display !== 'none') ?? styles[0];
  const number = entry.parentElement ? [...entry.parentElement.children].indexOf(entry) + 1 : 0;
  return `${number}. ${(shown ?? entry).textContent?.trim() ?? ''}`;
}

function ensurePreview() {
  if (preview) return preview;
  preview = document.createElement('div');
  preview.id = 'citation-preview';
  preview.className = 'citation-preview';
  preview.setAttribute('role', 'tooltip');
  preview.hidden = true;
  document.body.append(preview);
  return preview;
}

/** @param {HTMLAnchorElement} link */
function show(link) {
  const text = referenceText(link);
  if (!text) return;
  cancelHide();
  const box = ensurePreview();
  if (owner && owner !== link) owner.removeAttribute('aria-describedby');
  owner = link;
  box.textContent = text;
  box.hidden = false;
  link.setAttribute('aria-describedby', box.id);
  place(box, link);
}

function hide() {
  cancelHide();
  if (preview) preview.hidden = true;
  owner?.removeAttribute('aria-describedby');
  owner = undefined;
}

function scheduleHide() {
  cancelHide();
  hideTimer = setTimeout(hide, HIDE_DELAY_MS);
}

function cancelHide() {
  if (hideTimer) clearTimeout(hideTimer);
  hideTimer = undefined;
}

/**
 * Put the preview where it covers none of the sentence: in the margin beside the text when there is
 * room, otherwise below the sentence (or above it when there is no room below).
 * @param {HTMLElement} box
 * @param {HTMLAnchorElement} link
 */
function place(box, link) {
  const viewport = document.documentElement.clientWidth;
  const column = (link.closest('.prose') ?? link.parentElement ?? link).getBoundingClientRect();
  const linkRect = link.getBoundingClientRect();
  box.style.left = '0px';
  box.style.top = '0px';
  const marginRoom = viewport - column.right - 2 * GAP;
  if (marginRoom >= 240) {
    box.style.maxWidth = `${Math.min(384, marginRoom)}px`;
    box.style.left = `${column.right + GAP + scrollX}px`;
    box.style.top = `${linkRect.top + scrollY}px`;
    return;
  }
  box.style.maxWidth = '';
  const sentence = sentenceRect(link);
  const height = box.offsetHeight;
  const width = box.offsetWidth;
  const below = sentence.bottom + GAP;
  const top = below + height <= innerHeight || sentence.top - GAP - height < 0 ? below : sentence.top - GAP - height;
  const left = Math.max(GAP, Math.min(linkRect.left - width / 2, viewport - width - GAP));
  box.style.left = `${left + scrollX}px`;
  box.style.top = `${top + scrollY}px`;
}

/**
 * The box around the sentence a citation belongs to: from the sentence's start to the citation, or on
 * to the sentence's end when the citation stands inside it.
 * @param {HTMLAnchorElement} link
 * @returns {DOMRect}
 */
function sentenceRect(link) {
  const citation = link.closest('sup') ?? link;
  const block = citation.closest('p, li, blockquote, dd, td, figcaption') ?? citation.parentElement;
  if (!block) return citation.getBoundingClientRect();
  /** @type {Text[]} */
  const texts = [];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(/** @type {Text} */ (node));
  const whole = texts.map((t) => t.data).join('');
  const offsetOf = (/** @type {Node} */ node) => {
    let offset = 0;
    for (const t of texts) {
      if (t === node || node.contains(t)) return offset;
      offset += t.data.length;
    }
    return offset;
  };
  const citationStart = offsetOf(citation.firstChild ?? citation);
  const citationEnd = citationStart + (citation.textContent ?? '').length;
  const before = whole.slice(0, citationStart).replace(/[.!?]["'”’)]*\s*$/, '');
  const boundary = Math.max(...['. ', '! ', '? '].map((end) => before.lastIndexOf(end)));
  const start = boundary < 0 ? 0 : boundary + 2;
  const endsBefore = citationStart > 0 && /[.!?]["'”’)]*\s*$/.test(whole.slice(0, citationStart));
  const next = endsBefore ? -1 : whole.slice(citationEnd).search(/[.!?](\s|$)/);
  const end = next < 0 ? citationEnd : citationEnd + next + 1;
  const range = document.createRange();
  const at = (/** @type {number} */ offset) => {
    let remaining = offset;
    for (const t of texts) {
      if (remaining <= t.data.length) return /** @type {[Text, number]} */ ([t, remaining]);
      remaining -= t.data.length;
    }
    const last = texts[texts.length - 1];
    return /** @type {[Text, number]} */ ([last, last?.data.length ?? 0]);
  };
  const [startNode, startOffset] = at(start);
  const [endNode, endOffset] = at(end);
  if (!startNode || !endNode) return citation.getBoundingClientRect();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return range.getBoundingClientRect();
}

/** @param {HTMLButtonElement} button */
async function copy(button) {
  const source = document.getElementById(button.dataset.copy ?? '');
  const status = button.closest('details, section')?.querySelector('[data-copy-status]');
  if (!source) return;
  const text = source.textContent?.trim() ?? '';
  const say = (/** @type {string} */ message) => {
    if (status) status.textContent = message;
  };
  try {
    if ('ClipboardItem' in window && navigator.clipboard.write) {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([source.innerHTML], { type: 'text/html' }),
        }),
      ]);
    } else await navigator.clipboard.writeText(text);
    say('Citation copied.');
  } catch {
    // No clipboard access: select the citation so the reader can copy it themselves.
    const selection = getSelection();
    const range = document.createRange();
    range.selectNodeContents(source);
    selection?.removeAllRanges();
    selection?.addRange(range);
    say('The citation is selected: press Ctrl+C (or Cmd+C) to copy it.');
  }
}
