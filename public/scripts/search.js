// @ts-check
/**
 * Site search on Pagefind's Component UI (web components, axe-clean), loaded only when a reader
 * searches. The boot script (src/components/BootScript.astro) imports this small module on the
 * first interaction and calls:
 * - init(event): enhances the header search form. Focusing or pressing it loads the search UI and
 *   index; submitting it opens the search dialog instead of leaving the page. Without JavaScript the
 *   form is a plain GET to /search/?q=...
 * - open(query): Ctrl/Cmd+K. Opens the search dialog (on /search/ it moves to the page's own field).
 * The /search/ page calls mountPage(): query and facets live in the URL, so a link reproduces a
 * search, and opening one runs it at once; with no query the facets can be browsed, with counts.
 *
 * Pagefind's files come from /pagefind/, written by src/integrations/search-index.ts at build time;
 * the dev server has none, so search there falls back to /search/, which explains what to do.
 *
 * Every address here is under the site's base path (`/` at a root domain, `/ipl/` on a GitHub Pages
 * project site), read from where this module was loaded: the boot script imports it from
 * `<base>scripts/search.js` (src/lib/routes/hrefs.ts). Pagefind puts the same base before its result
 * addresses, taken from the bundle's address.
 */

/** The site's base path: the folder above scripts/ ("/" when the tests import the module from disk). */
const BASE = import.meta.url.startsWith('file:') ? '/' : new URL('../', import.meta.url).pathname;
/** Where the build writes Pagefind's bundle (the index and the Component UI). */
const BUNDLE = `${BASE}pagefind/`;
/** This site's look for the Component UI and its results (maps --pf-* to the site's colour tokens). */
const SITE_STYLES = `${BASE}styles/search.css`;
/** The search page, which also works without JavaScript. */
const SEARCH_PAGE = `${BASE}search/`;
/** The /search/ page and the dialog keep separate state, so the dialog never disturbs the page. */
const PAGE_INSTANCE = 'page';
const DIALOG_INSTANCE = 'default';

/**
 * Search-time options for every Pagefind instance, shared with the built-site tests so they rank
 * exactly as readers see. Titles count most (Pagefind's default 5x); the summary, indexed as
 * metadata by src/components/SearchMeta.astro, counts twice body text.
 */
export const PAGEFIND_OPTIONS = {
  ranking: { metaWeights: { title: 5, summary: 2 } },
};

/** English wording for the Component UI, in this site's voice. */
const WORDING = {
  placeholder: 'Search the library',
  search_label: 'Search the library',
  results_label: 'Search results',
};

/**
 * @typedef {{ url: string, excerpt: string, meta: Record<string, string | undefined>,
 *   sub_results?: { title: string, url: string, excerpt: string }[] }} ResultData
 * @typedef {Record<string, string[]>} Filters
 * @typedef {{ triggerLoad(): Promise<void>, triggerSearch(term: string): void,
 *   triggerSearchWithFilters(term: string, filters: Filters): void,
 *   on(event: string, callback: (...args: any[]) => void, owner?: object): void,
 *   setTranslations(strings: Record<string, string>): void,
 *   getDisplaySubResults(result: ResultData, max?: number): { title: string, url: string }[],
 *   faceted: boolean, searchTerm: string, searchFilters: Filters }} Instance
 * @typedef {{ configureInstance(name: string, options: object): Instance,
 *   getInstanceManager(): { getInstance(name: string): Instance } }} Components
 * @typedef {HTMLElement & { open(): void, close(): void, isOpen: boolean }} ModalElement
 * @typedef {HTMLElement & { resultTemplate: ((result: ResultData) => Element) | null }} ResultsElement
 */

/** @type {Promise<Components> | undefined} */
let uiReady;

/** Load the Component UI, its styles and ours once; a failed load can be retried. */
function loadUi() {
  uiReady ??= (async () => {
    await Promise.all([
      addStylesheet(`${BUNDLE}pagefind-component-ui.css`).then(() => addStylesheet(SITE_STYLES)),
      import(`${BUNDLE}pagefind-component-ui.js`),
    ]);
    /** @type {Components | undefined} */
    const components = /** @type {any} */ (window).PagefindComponents;
    if (!components) throw new Error('Pagefind Component UI did not start');
    for (const name of [DIALOG_INSTANCE, PAGE_INSTANCE]) {
      components.configureInstance(name, { bundlePath: BUNDLE, ...PAGEFIND_OPTIONS }).setTranslations(WORDING);
    }
    return components;
  })();
  uiReady.catch(() => {
    uiReady = undefined;
  });
  return uiReady;
}

/** @param {string} href */
function addStylesheet(href) {
  return new Promise((resolve, reject) => {
    if (document.querySelector(`link[rel="stylesheet"][href="${href}"]`)) return resolve(undefined);
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = () => resolve(undefined);
    link.onerror = () => {
      link.remove();
      reject(new Error(`Could not load ${href}`));
    };
    document.head.append(link);
  });
}

/** @returns {HTMLFormElement | null} */
const headerForm = () => document.querySelector('form[data-search-form]');

/** @param {Event} [event] the interaction that woke this module */
export function init(event) {
  const form = headerForm();
  if (!form || form.dataset.enhanced) return;
  form.dataset.enhanced = 'true';
  const preload = () => {
    loadUi().catch(() => {});
  };
  form.addEventListener('focusin', preload, { once: true });
  form.addEventListener('pointerdown', preload, { once: true });
  if (
    event?.target instanceof Node &&
    form.contains(event.target) &&
    (event.type === 'focusin' || event.type === 'pointerdown')
  )
    preload();
  form.addEventListener('submit', (submit) => {
    submit.preventDefault();
    void open(new FormData(form).get('q')?.toString() ?? '');
  });
  // The Ctrl K / ⌘ K hint, for readers with a keyboard and a mouse (a phone or tablet has no Ctrl K).
  const hint = form.querySelector('[data-search-shortcut]');
  if (hint instanceof HTMLElement && matchMedia('(hover: hover) and (pointer: fine)').matches) {
    hint.textContent = /mac|iphone|ipad/i.test(navigator.platform) ? '⌘ K' : 'Ctrl K';
    hint.hidden = false;
  }
}

/**
 * Open search: the dialog, or on /search/ the page's own field. With a query, run it.
 * @param {string} [query] defaults to whatever is typed in the header field
 */
export async function open(query) {
  const term = (query ?? headerForm()?.querySelector('input')?.value ?? '').trim();
  if (document.querySelector('[data-search-page]:not([hidden])')) {
    focusPageSearch(term);
    return;
  }
  /** @type {Components} */
  let ui;
  try {
    ui = await loadUi();
  } catch {
    // No search bundle (the dev server) or no network: the search page explains what to do.
    location.assign(searchPageHref(term, {}, []));
    return;
  }
  const modal = dialog(ui);
  const instance = ui.getInstanceManager().getInstance(DIALOG_INSTANCE);
  modal.open();
  if (term) {
    // Show the query in the dialog's field too: triggerSearch alone runs it with the field empty.
    const input = modal.querySelector('pagefind-input input');
    if (input instanceof HTMLInputElement && input.value !== term) {
      input.value = term;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    instance.triggerSearch(term);
  } else {
    // Reopened with an earlier query: select it, so typing starts a new one. (The dialog focuses
    // its field in the next frame; this runs in the frame after.)
    requestAnimationFrame(() => requestAnimationFrame(() => modal.querySelector('input')?.select()));
  }
}

/** @param {string} term */
function focusPageSearch(term) {
  const input = document.querySelector('[data-search-page] pagefind-input input');
  if (!(input instanceof HTMLInputElement)) return;
  input.focus();
  if (term && term !== input.value) {
    input.value = term;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

/** @type {ModalElement | undefined} */
let modalElement;

/** The search dialog, built on first use. @param {Components} ui */
function dialog(ui) {
  if (modalElement) return modalElement;
  const instance = ui.getInstanceManager().getInstance(DIALOG_INSTANCE);
  const modal = /** @type {ModalElement} */ (document.createElement('pagefind-modal'));
  modal.innerHTML = `
    <pagefind-modal-header><pagefind-input></pagefind-input></pagefind-modal-header>
    <pagefind-modal-body>
      <pagefind-summary></pagefind-summary>
      <pagefind-results></pagefind-results>
    </pagefind-modal-body>
    <pagefind-modal-footer>
      <a class="search-page-link" href="${SEARCH_PAGE}">Narrow by type, profession, topic or year</a>
      <pagefind-keyboard-hints></pagefind-keyboard-hints>
    </pagefind-modal-footer>`;
  const results = /** @type {ResultsElement} */ (modal.querySelector('pagefind-results'));
  results.resultTemplate = resultTemplate(instance, 'p');
  const pageLink = /** @type {HTMLAnchorElement} */ (modal.querySelector('.search-page-link'));
  instance.on('search', (/** @type {string} */ term) => {
    pageLink.href = searchPageHref(term, {}, []);
  });
  document.body.append(modal);
  modal.querySelector('dialog')?.setAttribute('aria-label', WORDING.search_label);
  // Return focus to where the reader was (the header field, or wherever Ctrl/Cmd+K was pressed).
  /** @type {Element | null} */
  let returnTo = null;
  const openModal = modal.open.bind(modal);
  modal.open = () => {
    if (!modal.isOpen) returnTo = document.activeElement;
    openModal();
  };
  modal.querySelector('dialog')?.addEventListener('close', () => {
    if (returnTo instanceof HTMLElement && returnTo.isConnected) returnTo.focus();
  });
  modalElement = modal;
  return modal;
}

/**
 * How a result looks: title link, what it is (type · author role or organisation · date), the
 * excerpt with the match highlighted, and links to matching headings or poster panels.
 * @param {Instance} instance
 * @param {'h3' | 'p'} titleTag a heading on the search page, a paragraph in the dialog
 */
function resultTemplate(instance, titleTag) {
  return (/** @type {ResultData} */ result) => {
    const item = element('li', 'search-result');
    const title = element(titleTag, 'search-result-title');
    const link = element('a');
    link.setAttribute('href', result.meta.url || result.url);
    link.textContent = result.meta.title || result.url;
    title.append(link);
    const about = element('p', 'search-result-about');
    about.textContent = [result.meta.type, result.meta.byline, result.meta.date].filter(Boolean).join(' · ');
    item.append(title, about);
    if (result.excerpt) {
      const excerpt = element('p', 'search-result-excerpt');
      // Pagefind escapes the page text and adds only <mark> around the matched words.
      excerpt.innerHTML = result.excerpt;
      item.append(excerpt);
    }
    const sections = instance.getDisplaySubResults(result, 3);
    if (sections.length > 0) {
      const list = element('ul', 'search-result-sections');
      list.setAttribute('aria-label', `Matching sections of ${link.textContent}`);
      for (const section of sections) {
        const sectionLink = element('a');
        sectionLink.setAttribute('href', section.url);
        sectionLink.textContent = section.title;
        const entry = element('li');
        entry.append(sectionLink);
        list.append(entry);
      }
      item.append(list);
    }
    return item;
  };
}

/**
 * @template {keyof HTMLElementTagNameMap} T
 * @param {T} tag
 * @param {string} [className]
 */
function element(tag, className) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}

/** Start the /search/ page: run the search in the URL and keep the URL in step with it. */
export async function mountPage() {
  const app = document.querySelector('[data-search-page]');
  const status = document.querySelector('[data-search-status]');
  if (!(app instanceof HTMLElement)) return;
  const facets = (app.dataset.facets ?? '').split(' ').filter(Boolean);
  // Beside the results (wide screens) every facet starts open; above them (phones) all start closed,
  // so the results are not pushed far down. Read when the Component UI starts, so set it first.
  if (matchMedia('(min-width: 48rem)').matches)
    app.querySelector('pagefind-filter-pane')?.setAttribute('open', facets.join(','));
  else app.querySelector('pagefind-filter-pane')?.setAttribute('auto-open-threshold', '0');
  /** @type {Components} */
  let ui;
  try {
    ui = await loadUi();
  } catch {
    // The dev server's own notice already says why; elsewhere the network failed.
    if (status && !document.querySelector('[data-search-dev-notice]')) {
      status.innerHTML = `Search could not be loaded. Check your connection and reload the page, or browse the <a href="${BASE}essays/">essays</a>, <a href="${BASE}posters/">posters</a> and <a href="${BASE}references/">references</a>.`;
    }
    return;
  }
  const instance = ui.getInstanceManager().getInstance(PAGE_INSTANCE);
  const results = /** @type {ResultsElement | null} */ (app.querySelector('pagefind-results'));
  if (results) results.resultTemplate = resultTemplate(instance, 'h3');
  app.hidden = false;
  const { term, filters } = searchFromParams(new URLSearchParams(location.search), facets);
  await instance.triggerLoad();
  // Browse mode: with no query every page is a result and the facets show their counts.
  instance.faceted = true;
  instance.on('search', (/** @type {string} */ newTerm, /** @type {Filters} */ newFilters) => {
    const href = searchPageHref(newTerm, newFilters ?? {}, facets);
    if (href !== location.pathname + location.search) history.replaceState(history.state, '', href);
  });
  instance.triggerSearchWithFilters(term, filters);
}

/**
 * The query and facet filters a /search/ URL asks for. Unknown parameters are ignored.
 * @param {URLSearchParams} params
 * @param {string[]} facets the facet keys the page offers
 * @returns {{ term: string, filters: Filters }}
 */
export function searchFromParams(params, facets) {
  /** @type {Filters} */
  const filters = {};
  for (const facet of facets) {
    const values = params.getAll(facet).filter(Boolean);
    if (values.length > 0) filters[facet] = values;
  }
  return { term: (params.get('q') ?? '').trim(), filters };
}

/**
 * The /search/ URL that reproduces a search: `?q=term&facet=value&facet=value`.
 * @param {string} term
 * @param {Filters} filters
 * @param {string[]} facets the facet keys the page offers, in URL order
 */
export function searchPageHref(term, filters, facets) {
  const params = new URLSearchParams();
  if (term.trim()) params.set('q', term.trim());
  for (const facet of facets) for (const value of filters[facet] ?? []) params.append(facet, value);
  const query = params.toString();
  return query ? `${SEARCH_PAGE}?${query}` : SEARCH_PAGE;
}
