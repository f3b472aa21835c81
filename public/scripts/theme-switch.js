// @ts-check
/**
 * The theme switch (src/components/ThemeSwitch.astro): System, Light or Dark. The choice is stored in
 * localStorage under "theme" ("light" or "dark"; absent means follow the system), and shown at once
 * by setting data-theme on <html>, which is also what the inline boot script does before first paint.
 */

const KEY = 'theme';

/** @returns {'system' | 'light' | 'dark'} */
function current() {
  const theme = document.documentElement.dataset.theme;
  return theme === 'light' || theme === 'dark' ? theme : 'system';
}

/** @param {string} choice */
function apply(choice) {
  const root = document.documentElement;
  try {
    if (choice === 'light' || choice === 'dark') localStorage.setItem(KEY, choice);
    else localStorage.removeItem(KEY);
  } catch {
    // Storage refused (private mode): the choice holds for this page only.
  }
  if (choice === 'light' || choice === 'dark') root.dataset.theme = choice;
  else delete root.dataset.theme;
  mark();
}

function mark() {
  const chosen = current();
  for (const button of document.querySelectorAll('[data-theme-choice]')) {
    button.setAttribute('aria-pressed', String(button.getAttribute('data-theme-choice') === chosen));
  }
}

/**
 * @param {Event} [_event] the interaction that woke the module
 * @param {Event} [click] the last click before the module arrived, if any (see BootScript.astro)
 */
export function init(_event, click) {
  mark();
  for (const button of document.querySelectorAll('[data-theme-choice]')) {
    button.addEventListener('click', () => apply(button.getAttribute('data-theme-choice') ?? 'system'));
  }
  // A tap or Enter on a choice that came before this module did: honour it now.
  const target = /** @type {Element | null} */ (click?.target ?? null);
  const early = target?.closest?.('[data-theme-choice]');
  if (early) apply(early.getAttribute('data-theme-choice') ?? 'system');
  // Another tab changed the theme: follow it.
  addEventListener('storage', (e) => {
    if (e.key === KEY) apply(e.newValue ?? 'system');
  });
}
