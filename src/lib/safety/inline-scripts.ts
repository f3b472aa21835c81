/**
 * The site's own inline scripts, kept here as text so the Content-Security-Policy can list their
 * hashes (astro.config.mjs) and the pages can write them (BootScript.astro, the search page): the
 * hash and the script are made from the same string, so they cannot drift apart. Any other inline
 * script on a page is one the site did not write, and browsers refuse to run it.
 */
import { createHash } from 'node:crypto';
import { CITATION_STYLE_IDS } from '../citations/styles.ts';
import { scriptHref, serviceWorkerHref } from '../routes/hrefs.ts';

/**
 * The first thing in a page's head, before the stylesheet: applies a remembered colour theme and
 * citation style (BaseLayout.astro). Ahead of the stylesheet it runs at once and is in force before
 * the styles can paint anything; after it, a busy machine could paint one frame of the system's theme
 * first. The style names come from src/lib/citations/styles.ts, so a remembered style is one the site
 * still has. Its names live inside the try block, so they are not globals.
 */
export const THEME_SCRIPT = `try{const e=document.documentElement.dataset,t=localStorage.getItem('theme'),s=localStorage.getItem('citation-style');if(t==='light'||t==='dark')e.theme=t;if(/^(${CITATION_STYLE_IDS.join('|')})$/.test(s))e.citationStyle=s}catch{}`;

/**
 * The rest of the JavaScript a page runs before the reader interacts; with THEME_SCRIPT under 1 KB
 * (BootScript.astro says what it does). Hand-compacted: Astro does not minify inline scripts. The modules' folder
 * and the service worker follow the base path (src/lib/routes/hrefs.ts), so the script, and its hash,
 * change with SITE_URL.
 */
export const BOOT_SCRIPT = `(()=>{const d=document.documentElement,A=addEventListener,o=()=>d.toggleAttribute('data-offline',!navigator.onLine);o();A('online',o);A('offline',o);A('load',()=>document.querySelector('[data-sw-later]')||navigator.serviceWorker?.register('${serviceWorkerHref}').catch(o));let c;const load=n=>import(\`${scriptHref('${n}')}\`),on=new Set(),wake=e=>{if(e.type==='click')c=e;for(const el of document.querySelectorAll('[data-enhance]'))for(const n of el.dataset.enhance.split(' '))if(n&&!on.has(n)){on.add(n);load(n).then(m=>m.init?.(e,c))}};
for(const t of['pointerover','pointerdown','focusin','keydown','click'])A(t,wake,{capture:true,passive:true});
A('keydown',e=>{if((e.ctrlKey||e.metaKey)&&e.key.toLowerCase()==='k'){e.preventDefault();load('search').then(m=>m.open?.())}})})();`;

/** The search page mounts its results as soon as it loads. */
export const SEARCH_PAGE_SCRIPT = `import('${scriptHref('search')}').then((search) => search.mountPage());`;

/** Every inline script the site writes. */
export const INLINE_SCRIPTS = [THEME_SCRIPT, BOOT_SCRIPT, SEARCH_PAGE_SCRIPT];

/** A script's CSP hash source, e.g. 'sha256-…' (without the quotes, as Astro's config takes it). */
export const cspHash = (script: string): `sha256-${string}` =>
  `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
