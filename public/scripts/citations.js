// @ts-check
/**
 * Citation enhancements, loaded by the boot script on the first interaction with a page that has a
 * bibliography or a "cite this" panel (data-enhance="citations"). Without this module every citation
 * is a plain link to its bibliography entry and the citations can be selected and copied by hand.
 *
 * 1. The citation style: the bibliography's radio buttons choose it with CSS alone; this module
 *    remembers the choice (localStorage "citation-style", which the boot script puts on
 *    <html data-citation-style> before the next page's first paint) and restores it here.
 * 2. Previews: a citation shows its full reference, in the chosen style with its italics and DOI link,
 *    while the pointer is over it or it has keyboard focus. WCAG 1.4.13: the preview can be dismissed
 *    with Escape without moving focus, the pointer can move onto it without it vanishing, it stays until
 *    then, and it is placed beside the text (in the margin, or above or below the sentence) so it never
 *    covers the sentence being read.
 *    Following a citation to the bibliography closes its preview, as does any move to another place
 *    in the page (hashchange: the bibliography's ↩ link, the browser's Back), so on a phone, where a
 *    tap both shows the preview and follows the link, the preview is not left over the text (issue 17).
 *    Where a citation's note is already beside its paragraph (the margin notes of a wide screen), no
 *    preview repeats it.
 * 3. The "cite this" panel: copy buttons (hidden until this module runs, as copying needs JavaScript),
 *    which say beside the button that the citation was copied (and, through the panel's status line,
 *    to screen readers), and the accessed date brought up to the reader's day (the page was built
 *    with its own).
 */

const CITATION = '.cite a[href^="#ref-"]';
const STYLE_RADIO = 'input[name="citation-style"]';
const STYLE_KEY = 'citation-style';
const HIDE_DELAY_MS = 300;
const FEEDBACK_MS = 4000;
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
 * @param {Event} [click] the last click before the module arrived
 */
export function init(event, click) {
  if (started) return;
  started = true;
  for (const button of document.querySelectorAll('button[data-copy]'))
    if (button instanceof HTMLElement) button.hidden = false;
  for (const date of document.querySelectorAll('[data-accessed]'))
    if (date instanceof HTMLElement) date.textContent = styleDate(new Date(), date.dataset.accessed ?? '');
  startStyleChoice(event, click);
  document.addEventListener('pointerover', onPointerOver);
  document.addEventListener('pointerout', onPointerOut);
  document.addEventListener('focusin', onFocusIn);
  document.addEventListener('focusout', onFocusOut);
  document.addEventListener('keydown', onKeyDown);
  document.addEventListener('click', onClick);
  addEventListener('resize', () => hide());
  addEventListener('hashchange', () => hide());
  // A click before the module arrived means the reader has moved on from the event that woke it: a tap
  // that followed its citation, or (on a slow connection) a later tap elsewhere, such as the
  // bibliography's ↩ link. No preview for that old event.
  if (click && (citationOf(click) || (event && click.timeStamp >= event.timeStamp))) return;
  if (event?.type === 'pointerover') onPointerOver(event);
  if (event?.type === 'focusin') onFocusIn(event);
}

/** @param {Event} event */
const citationOf = (event) =>
  event.target instanceof Element ? /** @type {HTMLAnchorElement | null} */ (event.target.closest(CITATION)) : null;

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
  // Following a citation's link leaves the sentence: the preview goes with it.
  if (citationOf(event)) hide();
  const button = event.target instanceof Element ? event.target.closest('button[data-copy]') : null;
  if (button instanceof HTMLButtonElement) void copy(button);
}

/**
 * Keep the citation style the reader chooses, and restore the one they chose before. A choice made
 * while this module was loading (the click or key that woke it changed a radio button) is kept.
 * @param {Event} [event]
 * @param {Event} [click]
 */
function startStyleChoice(event, click) {
  const radios = /** @type {HTMLInputElement[]} */ ([...document.querySelectorAll(STYLE_RADIO)]);
  if (radios.length === 0) return;
  const choose = (/** @type {string} */ style) => {
    document.documentElement.dataset.citationStyle = style;
    try {
      localStorage.setItem(STYLE_KEY, style);
    } catch {
      // storage refused (private mode): the choice lasts for this page
    }
  };
  document.addEventListener('change', (change) => {
    if (change.target instanceof HTMLInputElement && change.target.matches(STYLE_RADIO)) choose(change.target.value);
  });
  const woke = [event?.target, click?.target, document.activeElement].some(
    (target) => target instanceof Element && target.matches(STYLE_RADIO),
  );
  const checked = radios.find((radio) => radio.checked);
  if (woke && checked) return choose(checked.value);
  let saved = document.documentElement.dataset.citationStyle;
  try {
    saved = localStorage.getItem(STYLE_KEY) ?? saved;
  } catch {
    // no storage: nothing was remembered
  }
  const radio = radios.find((r) => r.value === saved);
  if (radio) {
    radio.checked = true;
    document.documentElement.dataset.citationStyle = radio.value;
  } else delete document.documentElement.dataset.citationStyle;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A day as a style prints it (the forms of formatStyleDate in src/lib/citations/styles.ts):
 * "us" November 22, 2026; "nlm" 2026 Nov 22; "uk" 22 November 2026.
 * @param {Date} date
 * @param {string} form
 */
export function styleDate(date, form) {
  const day = date.getDate();
  const month = MONTHS[date.getMonth()] ?? '';
  const year = date.getFullYear();
  if (form === 'us') return `${month} ${day}, ${year}`;
  if (form === 'nlm') return `${year} ${month.slice(0, 3)} ${day}`;
  return `${day} ${month} ${year}`;
}

/**
 * The bibliography entry a citation links to, in the style currently shown, with its formatting
 * (italics, the DOI link); numbered as the list numbers it.
 * @param {HTMLAnchorElement} link
 * @returns {Node[] | undefined}
 */
function referenceContent(link) {
  const entry = document.getElementById(decodeURIComponent(link.hash.slice(1)));
  if (!entry) return undefined;
  const styles = [...entry.querySelectorAll('.csl')];
  const shown = styles.find((el) => getComputedStyle(el).display !== 'none') ?? styles[0];
  const nodes = [...(shown ?? entry).childNodes].map((node) => node.cloneNode(true));
  if (entry.parentElement?.tagName === 'OL')
    nodes.unshift(document.createTextNode(`${[...entry.parentElement.children].indexOf(entry) + 1}. `));
  return nodes;
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

/**
 * Whether the citation's paragraph shows its notes beside it (src/lib/markdown/margin-notes.ts).
 * @param {HTMLAnchorElement} link
 */
function hasMarginNote(link) {
  const notes = link.closest('p')?.querySelector(':scope > .margin-notes');
  return notes instanceof HTMLElement && getComputedStyle(notes).display !== 'none';
}

/** @param {HTMLAnchorElement} link */
function show(link) {
  if (hasMarginNote(link)) return;
  const content = referenceContent(link);
  if (!content) return;
  cancelHide();
  const box = ensurePreview();
  if (owner && owner !== link) owner.removeAttribute('aria-describedby');
  owner = link;
  box.replaceChildren(...content);
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
  const citation = link.closest('.citation') ?? link;
  const block = citation.closest('p, li, blockquote, dd, td, figcaption') ?? citation.parentElement;
  if (!block) return citation.getBoundingClientRect();
  /** @type {Text[]} */
  const texts = [];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  // The citation's forms in the other styles are in the text too, hidden: they are not part of the sentence.
  const hidden = (/** @type {Node} */ node) => {
    const form = node.parentElement?.closest('.citation');
    return form ? getComputedStyle(form).display === 'none' : false;
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (!hidden(node)) texts.push(/** @type {Text} */ (node));
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
  const say = (/** @type {string} */ message, /** @type {string} */ shown) => {
    if (status) status.textContent = message;
    showFeedback(button, shown);
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
    say('Citation copied.', 'Copied');
  } catch {
    // No clipboard access: select the citation so the reader can copy it themselves.
    const selection = getSelection();
    const range = document.createRange();
    range.selectNodeContents(source);
    selection?.removeAllRanges();
    selection?.addRange(range);
    say('The citation is selected: press Ctrl+C (or Cmd+C) to copy it.', 'Selected: press Ctrl+C to copy');
  }
}

/** @type {WeakMap<HTMLButtonElement, ReturnType<typeof setTimeout>>} */
const feedbackTimers = new WeakMap();

/**
 * Say beside the button what it did, for a few seconds. Screen readers hear it from the status line
 * instead, so this copy is hidden from them.
 * @param {HTMLButtonElement} button
 * @param {string} message
 */
function showFeedback(button, message) {
  let feedback = button.nextElementSibling;
  if (!(feedback instanceof HTMLElement && feedback.matches('.copy-feedback'))) {
    feedback = document.createElement('span');
    feedback.className = 'copy-feedback';
    feedback.setAttribute('aria-hidden', 'true');
    feedback.setAttribute('data-copy-feedback', '');
    button.after(feedback);
  }
  const shown = /** @type {HTMLElement} */ (feedback);
  shown.textContent = message;
  clearTimeout(feedbackTimers.get(button));
  feedbackTimers.set(
    button,
    setTimeout(() => shown.remove(), FEEDBACK_MS),
  );
}
