// @ts-check
/**
 * Site search. The header's dialog is Pagefind's Component UI (web components, axe-clean), loaded
 * only when a reader searches; the /search/ page draws its own results and facets with Pagefind's
 * JS API (pagefind.js), which is much lighter at load. The boot script
 * (src/components/BootScript.astro) imports this small module on the first interaction and calls:
 * - init(event): enhances the header search form. Focusing or pressing it loads the search UI and
 *   index; submitting it opens the search dialog instead of leaving the page. Without JavaScript the
 *   form is a plain GET to /search/?q=...
 * - open(query): Ctrl/Cmd+K. Opens the search dialog (on /search/ it moves to the page's own field).
 * The /search/ page calls mountPage(): query and facets live in the URL, so a link reproduces a
 * search, and opening one runs it at once; with no query the facets can be browsed, with counts.
 * The page never loads the Component UI: its field, facets (a checkbox for every value, written at
 * build time) and results are the site's own markup (src/pages/search.astro), filled in a few steps
 * that each yield to the browser, so no task at load is long (docs/benchmarks.md, Lighthouse). It
 * registers the service worker itself, after its first results (registerServiceWorker).
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
/** This site's look for the Component UI, its results and the search page's facets (maps --pf-* to the site's colour tokens). */
const SITE_STYLES = `${BASE}styles/search.css`;
/** The search page, which also works without JavaScript. */
const SEARCH_PAGE = `${BASE}search/`;
/** The Component UI's instance for the dialog. */
const DIALOG_INSTANCE = 'default';
/** How many results the search page draws at a time (the rest behind "Show more results"). */
const PAGE_SIZE = 10;
/** How long the search page waits after a keystroke before searching. */
const TYPING_DELAY_MS = 250;

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
 * @typedef {{ title: string, url: string, excerpt: string, locations?: number[] }} SubResult
 * @typedef {{ url: string, excerpt: string, meta: Record<string, string | undefined>,
 *   sub_results?: SubResult[] }} ResultData
 * @typedef {Record<string, string[]>} Filters
 * @typedef {{ triggerLoad(): Promise<void>, triggerSearch(term: string): void,
 *   triggerSearchWithFilters(term: string, filters: Filters): void,
 *   on(event: string, callback: (...args: any[]) => void, owner?: object): void,
 *   setTranslations(strings: Record<string, string>): void,
 *   faceted: boolean, searchTerm: string, searchFilters: Filters }} Instance
 * @typedef {{ configureInstance(name: string, options: object): Instance,
 *   getInstanceManager(): { getInstance(name: string): Instance } }} Components
 * @typedef {HTMLElement & { open(): void, close(): void, isOpen: boolean }} ModalElement
 * @typedef {HTMLElement & { resultTemplate: ((result: ResultData) => Element) | null }} ResultsElement
 * @typedef {Record<string, Record<string, number>>} FilterCounts
 * @typedef {{ results: { id: string, data(): Promise<ResultData> }[], filters: FilterCounts,
 *   totalFilters: FilterCounts }} SearchResponse
 * @typedef {{ options(options: object): Promise<void>, filters(): Promise<FilterCounts>,
 *   search(term: string | null, options: { filters: Filters }): Promise<SearchResponse> }} Pagefind
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
    components.configureInstance(DIALOG_INSTANCE, { bundlePath: BUNDLE, ...PAGEFIND_OPTIONS }).setTranslations(WORDING);
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
  // On /search/ the header field leads to the page's own field (open()): no dialog, so no Component UI.
  const preload = () => {
    if (!document.querySelector('[data-search-page]')) loadUi().catch(() => {});
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
  const input = document.querySelector('[data-search-page] input[type="search"]');
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
  results.resultTemplate = resultTemplate('p');
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
 * @param {'h3' | 'p'} titleTag a heading on the search page, a paragraph in the dialog
 */
function resultTemplate(titleTag) {
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
    const sections = displaySubResults(result, 3);
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
 * The sections of a result worth linking: not the page itself, and at most `max`, those with the
 * most matches, in page order (as the Component UI chooses them).
 * @param {ResultData} result
 * @param {number} max
 */
export function displaySubResults(result, max) {
  if (!Array.isArray(result.sub_results)) return [];
  const sections =
    result.sub_results[0]?.url === (result.meta.url || result.url) ? result.sub_results.slice(1) : result.sub_results;
  if (sections.length <= max) return sections;
  const kept = new Set(
    [...sections]
      .sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))
      .slice(0, max)
      .map((section) => section.url),
  );
  return sections.filter((section) => kept.has(section.url));
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

/**
 * Give the browser a turn (to paint, or to handle a key) before the next step, so a search is a few
 * short tasks rather than one long one. scheduler.yield() resumes ahead of other queued work where
 * the browser has it.
 */
function yieldToMain() {
  const scheduler = /** @type {any} */ (globalThis).scheduler;
  if (typeof scheduler?.yield === 'function') return /** @type {Promise<void>} */ (scheduler.yield());
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** @type {Promise<Pagefind> | undefined} */
let engineReady;

/** Pagefind's JS API and the result styles, loaded once; a failed load can be retried. */
function loadEngine() {
  engineReady ??= (async () => {
    const [pagefind] = await Promise.all([
      /** @type {Promise<Pagefind>} */ (import(`${BUNDLE}pagefind.js`)),
      addStylesheet(SITE_STYLES),
    ]);
    // Evaluating pagefind.js is a task of its own; starting its worker (at the first call) is another.
    await yieldToMain();
    await pagefind.options(PAGEFIND_OPTIONS);
    return pagefind;
  })();
  engineReady.catch(() => {
    engineReady = undefined;
  });
  return engineReady;
}

/**
 * Start the /search/ page: show the form, run the search in the URL with Pagefind's JS API, draw the
 * first results and the facets' counts, then search again as the reader types or ticks a facet,
 * keeping the URL in step.
 */
export async function mountPage() {
  const app = document.querySelector('[data-search-page]');
  const status = document.querySelector('[data-search-status]');
  if (!(app instanceof HTMLElement) || app.dataset.mounted) return;
  app.dataset.mounted = 'true';
  const form = /** @type {HTMLFormElement} */ (app.querySelector('form[data-search-page-form]'));
  const field = /** @type {HTMLInputElement} */ (form.querySelector('input[type="search"]'));
  const section = /** @type {HTMLElement} */ (app.querySelector('[data-search-results-section]'));
  const summary = /** @type {HTMLElement} */ (app.querySelector('[data-search-summary]'));
  const list = /** @type {HTMLOListElement} */ (app.querySelector('[data-search-results]'));
  const more = /** @type {HTMLButtonElement} */ (app.querySelector('[data-search-more]'));
  const groups = /** @type {HTMLDetailsElement[]} */ ([...app.querySelectorAll('details[data-facet]')]);
  const facets = (app.dataset.facets ?? '').split(' ').filter(Boolean);
  const template = resultTemplate('h3');

  let { term, filters } = searchFromParams(new URLSearchParams(location.search), facets);
  field.value = term;
  // Beside the results (wide screens) every facet starts open; above them (phones) all start closed,
  // so the results are not pushed far down.
  const wide = matchMedia('(min-width: 48rem)').matches;
  for (const group of groups) group.open = wide;
  app.hidden = false;

  const failed = () => {
    // The dev server's own notice already says why; elsewhere the network failed.
    if (status && !document.querySelector('[data-search-dev-notice]')) {
      status.innerHTML = `Search could not be loaded. Check your connection and reload the page, or browse the <a href="${BASE}essays/">essays</a>, <a href="${BASE}posters/">posters</a> and <a href="${BASE}references/">references</a>.`;
    }
    section.removeAttribute('aria-busy');
  };
  /** @type {Pagefind} */
  let pagefind;
  try {
    pagefind = await loadEngine();
  } catch {
    failed();
    registerServiceWorker();
    return;
  }

  /** Checkboxes by facet and value: the page's own, found once (with any value the index adds). */
  /** @type {Map<string, Map<string, { option: HTMLLabelElement, box: HTMLInputElement, count: HTMLElement }>>} */
  const options = new Map();
  /** @type {SearchResponse['results']} */
  let results = [];
  let shown = 0;
  let searchId = 0;
  /** @type {Promise<FilterCounts> | undefined} */
  let allValues;
  /** @type {Promise<void> | undefined} */
  let optionsBuilt;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let typing;

  /** The filters the ticked boxes ask for. */
  const tickedFilters = () => {
    /** @type {Filters} */
    const ticked = {};
    for (const [key, values] of options) {
      const chosen = [...values].filter(([, { box }]) => box.checked).map(([value]) => value);
      if (chosen.length > 0) ticked[key] = chosen;
    }
    return ticked;
  };

  // A plain comparison of lower-cased labels: the values are English labels and years, and a
  // locale-aware sort (localeCompare, Intl.Collator) loads collation data, the longest task at load.
  /** @param {string} a @param {string} b */
  const byLabel = (a, b) => {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  };
  /** How a facet's values are listed: years newest first, others by label (as the page lists them). @param {string} key */
  const valueOrder = (key) => (/** @type {string} */ a, /** @type {string} */ b) =>
    key === 'year' ? Number(b) - Number(a) : byLabel(a, b);
  /**
   * Find each facet's checkboxes, which the page writes at build time for every value in the index
   * (src/pages/search.astro). A value the index has and the page lacks (the page and the index built
   * apart) gets a checkbox here, in its place in the list.
   * @param {FilterCounts} all
   */
  const buildOptions = async (all) => {
    for (const group of groups) {
      const key = group.dataset.facet ?? '';
      const container = group.querySelector('[data-facet-options]');
      /** @type {Map<string, { option: HTMLLabelElement, box: HTMLInputElement, count: HTMLElement }>} */
      const byValue = new Map();
      for (const option of container?.querySelectorAll('label.search-facet-option') ?? []) {
        const box = option.querySelector('input[type="checkbox"]');
        const count = option.querySelector('.search-facet-count');
        if (option instanceof HTMLLabelElement && box instanceof HTMLInputElement && count instanceof HTMLElement)
          byValue.set(box.value, { option, box, count });
      }
      const missing = Object.keys(all[key] ?? {}).filter((value) => !byValue.has(value));
      if (missing.length > 0 && container) {
        await yieldToMain();
        for (const value of missing) {
          const option = element('label', 'search-facet-option');
          option.hidden = true;
          const box = element('input');
          box.type = 'checkbox';
          box.name = key;
          box.value = value;
          const name = element('span', 'search-facet-value');
          name.textContent = value;
          const count = element('span', 'search-facet-count');
          option.append(box, name, count);
          byValue.set(value, { option, box, count });
        }
        const order = valueOrder(key);
        container.replaceChildren(...[...byValue].sort(([a], [b]) => order(a, b)).map(([, { option }]) => option));
      }
      options.set(key, byValue);
    }
  };

  /**
   * Tick the boxes the search asks for and show each value's count: how many results ticking it
   * would leave (a ticked value shows its own total). Values that would leave none are hidden, and
   * so is a facet with nothing to show.
   * @param {SearchResponse} response
   */
  const updateOptions = (response) => {
    for (const group of groups) {
      const key = group.dataset.facet ?? '';
      let visible = 0;
      for (const [value, { option, box, count }] of options.get(key) ?? []) {
        box.checked = Boolean(filters[key]?.includes(value));
        const n = box.checked ? (response.totalFilters[key]?.[value] ?? 0) : (response.filters[key]?.[value] ?? 0);
        count.textContent = String(n);
        option.hidden = n === 0 && !box.checked;
        if (!option.hidden) visible++;
      }
      group.hidden = visible === 0;
    }
  };

  /** Draw the next few results (their data fetched only now), each step its own short task. @param {number} id */
  const drawMore = async (id) => {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (id !== searchId) return undefined;
    await yieldToMain();
    if (id !== searchId) return undefined;
    const fragment = document.createDocumentFragment();
    for (const result of data) fragment.append(template(result));
    const first = /** @type {HTMLElement | null} */ (fragment.firstElementChild);
    list.append(fragment);
    shown += batch.length;
    more.hidden = shown >= results.length;
    return first;
  };

  /** Run a search and draw it: the first results and the summary, then the facets' counts. */
  const run = async () => {
    const id = ++searchId;
    section.setAttribute('aria-busy', 'true');
    const href = searchPageHref(term, filters, facets);
    if (href !== location.pathname + location.search) history.replaceState(history.state, '', href);
    // Pagefind counts a search's facet values only once it has loaded the filters: load them first.
    allValues ??= pagefind.filters();
    const all = await allValues;
    const response = await pagefind.search(term || null, { filters });
    if (id !== searchId) return;
    await yieldToMain();
    if (id !== searchId) return;
    results = response.results;
    shown = 0;
    list.replaceChildren();
    await drawMore(id);
    if (id !== searchId) return;
    const count = `${results.length} ${results.length === 1 ? 'result' : 'results'}`;
    summary.textContent =
      results.length === 0 && term ? `No results for ${term}` : term ? `${count} for ${term}` : count;
    section.removeAttribute('aria-busy');
    // Every value of every facet, once: its checkbox stays put as counts change, keeping focus.
    optionsBuilt ??= buildOptions(all);
    await optionsBuilt;
    await yieldToMain();
    if (id !== searchId) return;
    updateOptions(response);
  };

  field.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      term = field.value.trim();
      run().catch(failed);
    }, TYPING_DELAY_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    term = field.value.trim();
    run().catch(failed);
  });
  app.addEventListener('change', (event) => {
    if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'checkbox') return;
    filters = tickedFilters();
    run().catch(failed);
  });
  more.addEventListener('click', () => {
    if (more.getAttribute('aria-disabled')) return;
    more.setAttribute('aria-disabled', 'true');
    drawMore(searchId)
      .then((first) => first?.querySelector('a')?.focus(), failed)
      .finally(() => more.removeAttribute('aria-disabled'));
  });
  // ↓ from the field goes to the first result; ↑ and ↓ move between results' titles, and ↑ from
  // the first goes back to the field (as in the dialog).
  app.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const titles = [...list.querySelectorAll('.search-result-title a')];
    /** @type {Element | undefined} */
    let next;
    if (event.target === field) {
      if (event.key === 'ArrowDown') next = titles[0];
    } else if (event.target instanceof HTMLAnchorElement) {
      const at = titles.indexOf(event.target);
      if (at === -1) return;
      next = event.key === 'ArrowDown' ? titles[at + 1] : (titles[at - 1] ?? field);
    }
    if (next instanceof HTMLElement) {
      event.preventDefault();
      next.focus();
    }
  });

  await yieldToMain();
  // Whatever the reader typed while the engine loaded counts.
  term = field.value.trim();
  await run().catch(failed);
  registerServiceWorker();
}

/**
 * Register the service worker (offline reading and search). Other pages leave this to the boot script,
 * at load; the search page (marked data-sw-later) calls this once its first results and facets are
 * drawn, so the worker's install, which fetches and stores the site's shell and the search index, does
 * not compete with them for the processor (docs/benchmarks.md, Lighthouse).
 */
function registerServiceWorker() {
  navigator.serviceWorker
    ?.register(`${BASE}sw.js`)
    .catch(() => document.documentElement.toggleAttribute('data-offline', !navigator.onLine));
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
