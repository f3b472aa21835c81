// @ts-check
/**
 * Reading offline. The service worker (dist/sw.js, registered by the boot script) keeps every page a
 * reader opens; this module adds the "Save for offline" controls (SaveOffline.astro) and, on the
 * offline page, the list of pages this browser has kept. The worker does the keeping: the page sends it
 * the addresses on a message and waits for its answer, so the cache names live in one place.
 * Loaded by the boot script on the first interaction with a page that has data-enhance="offline".
 */

/** Pages the worker keeps; must match OFFLINE_CACHES.pages in src/lib/offline/service-worker.ts (a test checks). */
const PAGES_CACHE = 'ipl-pages';

let started = false;

export async function init() {
  if (started) return;
  started = true;
  if (!('serviceWorker' in navigator) || !('caches' in window)) return;
  for (const control of document.querySelectorAll('[data-offline-save]')) {
    if (!(control instanceof HTMLElement)) continue;
    control.dataset.ready = '';
    control.querySelector('[data-offline-button]')?.addEventListener('click', () => save(control));
  }
  const saved = document.querySelector('[data-offline-saved-list]');
  if (saved instanceof HTMLElement) await listSaved(saved);
}

/**
 * Ask the worker to keep some pages ({ type: 'save', urls }) or the search index ({ type: 'save-search' }).
 * @param {{ type: string, urls?: string[] }} message
 * @returns {Promise<number>} how many files the worker kept
 */
async function ask(message) {
  const registration = await navigator.serviceWorker.ready;
  const worker = registration.active;
  if (!worker) return 0;
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => resolve(Number(event.data?.kept) || 0);
    worker.postMessage(message, [channel.port2]);
  });
}

/** @param {HTMLElement} control */
async function save(control) {
  const status = control.querySelector('[data-offline-status]');
  const button = control.querySelector('[data-offline-button]');
  const say = (/** @type {string} */ text) => {
    if (status) status.textContent = text;
  };
  if (button instanceof HTMLButtonElement) button.disabled = true;
  say('Saving…');
  try {
    if (control.dataset.offlineSave === 'search') {
      const kept = await ask({ type: 'save-search' });
      say(
        kept > 0
          ? 'Saved: search works offline on this device.'
          : 'Search could not be saved. Try again when you have a connection.',
      );
    } else {
      const urls = [location.href.split('#')[0] ?? location.href];
      if (control.dataset.offlineSave === 'reading-list') {
        for (const link of document.querySelectorAll('[data-reading-list] h2 a'))
          if (link instanceof HTMLAnchorElement) urls.push(link.href);
      }
      const kept = await ask({ type: 'save', urls });
      say(
        kept === urls.length
          ? urls.length > 1
            ? `Saved: this list and its ${urls.length - 1} pieces open offline on this device.`
            : 'Saved: this page opens offline on this device.'
          : `Saved ${kept} of ${urls.length} pages. Try again when you have a connection.`,
      );
    }
  } catch {
    say('This browser could not save the page.');
  } finally {
    if (button instanceof HTMLButtonElement) button.disabled = false;
  }
}

/** On the offline page: the pages this browser has kept, as links. @param {HTMLElement} box */
async function listSaved(box) {
  const cache = await caches.open(PAGES_CACHE);
  const list = box.querySelector('ul');
  if (!list) return;
  const pages = (await cache.keys()).map((request) => new URL(request.url)).filter((url) => url.pathname.endsWith('/'));
  for (const url of pages) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = url.pathname;
    link.textContent = decodeURIComponent(url.pathname);
    item.append(link);
    list.append(item);
  }
  box.hidden = pages.length === 0;
}
