/**
 * Citation rendering with citation-js (citeproc-js underneath), offline. Three kinds of output:
 * bibliography entries (renderReferences, and renderLibrary for a whole library in a few passes),
 * in-text citation clusters (citationCluster, called by the remark citation plugin during the MDX
 * compile) and AMA locators (formatLocator). Entries and clusters go through the render cache
 * (render-cache.ts), which the prerender worker fills ahead of the pages (prerender.ts).
 * The styles come from citation-js itself (APA, Harvard; Vancouver with NLM's page-range hyphen added,
 * see nlmVancouver) or from the CSL files stored in ./csl (AMA 11 and the en-GB locale). Each style
 * renders in its own guide's locale (styles.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type CiteprocEngine, type CslItem, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { projectRoot } from '../content/paths.ts';
import { getCachedRendering, renderingKey, saveRenderCache, setCachedRendering } from './render-cache.ts';
import { CITATION_STYLES, type CitationStyleId } from './styles.ts';

/** Changes whenever what this file makes of citeproc's output changes (part of the render-cache key). */
const RENDERING_VERSION = 'classes-not-style-attributes';

/** The pinned citation-js version (package.json pins every @citation-js package to it). */
const CITATION_JS_VERSION = '0.8.2';

/** Where the stored CSL files live (from the project root: bundled page code no longer sits beside this file). */
const cslDir = () => path.join(projectRoot(), 'src/lib/citations/csl');

let registered = false;
/** Changes whenever the stored CSL files or the citation-js version do (part of the render-cache key). */
let stylesVersion = '';

/**
 * NLM's Citing Medicine joins page ranges with a hyphen ("227-34"); the Vancouver style citation-js
 * ships leaves the locale's en dash. Registered as `nlm-vancouver`: the built-in style with one term
 * added to its English locale (a derived CSL style, CC BY-SA 3.0 like its source).
 */
export function nlmVancouver(builtIn: string): string {
  const patched = builtIn.replace(
    /(<locale xml:lang="en">[\s\S]*?<terms>)/,
    '$1<term name="page-range-delimiter">-</term>',
  );
  if (patched === builtIn)
    throw new Error('The Vancouver style has no English locale terms to add the NLM page-range hyphen to.');
  return patched;
}

function csl() {
  const config = plugins.config.get('@csl');
  if (!registered) {
    const ama = readFileSync(path.join(cslDir(), 'american-medical-association.csl'), 'utf8');
    const locale = readFileSync(path.join(cslDir(), 'locales-en-GB.xml'), 'utf8');
    const vancouver = nlmVancouver(config.styles.get('vancouver'));
    config.styles.add('american-medical-association', ama);
    config.styles.add('nlm-vancouver', vancouver);
    config.locales.add('en-GB', locale);
    stylesVersion = createHash('sha1')
      .update(`${CITATION_JS_VERSION}\0${RENDERING_VERSION}\0${ama}\0${locale}\0${vancouver}`)
      .digest('hex');
    registered = true;
  }
  return config;
}

/** A citeproc engine for a style in its own locale, with DOI and URL links in HTML. */
function engineFor(items: readonly CslItem[], style: CitationStyleId, format: 'html' | 'text' = 'html') {
  const { csl: name, locale } = CITATION_STYLES[style];
  const engine = csl().engine([...items], name, locale, format);
  engine.opt.development_extensions.wrap_url_and_doi = format === 'html';
  return engine;
}

/** One work as a style prints it. */
export interface RenderedReference {
  /** HTML from the style (italics, DOI and URL links), without the entry number. */
  html: string;
  /** The same as plain text. */
  text: string;
}

/**
 * Render each item's bibliography entry in one style. Items are registered in the order given, so a
 * numeric style numbers them in that order (pass first-cited order). Returns entries by item id.
 */
export function renderReferences(items: readonly CslItem[], style: CitationStyleId): Map<string, RenderedReference> {
  const rendered = new Map<string, RenderedReference>();
  if (items.length === 0) return rendered;
  const engine = engineFor(items, style);
  engine.updateItems(items.map((item) => item.id));
  const bibliography = engine.makeBibliography();
  if (!bibliography) throw new Error(`The ${style} style made no bibliography.`);
  const [{ entry_ids }, entries] = bibliography;
  entries.forEach((entry, index) => {
    const id = entry_ids[index]?.[0];
    if (!id) return;
    const html = entryBody(entry);
    rendered.set(id, { html, text: htmlToText(html) });
  });
  return rendered;
}

/** Render each item in every given style. */
export function renderReferencesInStyles(
  items: readonly CslItem[],
  styles: readonly CitationStyleId[],
): Map<string, Record<CitationStyleId, RenderedReference>> {
  const byId = new Map<string, Record<CitationStyleId, RenderedReference>>();
  for (const style of styles) {
    for (const [id, rendering] of renderReferences(items, style)) {
      const record = byId.get(id) ?? ({} as Record<CitationStyleId, RenderedReference>);
      record[style] = rendering;
      byId.set(id, record);
    }
  }
  return byId;
}

/**
 * The key under which a style could confuse two works: first author (or title) and year. Author-date
 * styles disambiguate such works with year suffixes (2020a, 2020b), which depend on what else is in
 * the bibliography.
 */
export function confusableKey(item: CslItem): string {
  const { author, issued, title } = item as {
    author?: Array<{ family?: string; literal?: string }>;
    issued?: { 'date-parts'?: number[][] };
    title?: string;
  };
  const first = author?.[0];
  const name = (first?.family ?? first?.literal ?? title ?? '').toLowerCase();
  return `${name}|${issued?.['date-parts']?.[0]?.[0] ?? ''}`;
}

/**
 * Works per citeproc engine. A pass holds no two works a style could confuse, so how it is split
 * changes no rendering; smaller engines keep citeproc's memory bounded as the library grows (at 4,000
 * references, a worker's peak fell from 0.56 to 0.46 GB) and were a little faster (22.5 s, not 23.8).
 */
const PASS_SIZE = 100;
const chunks = <T>(list: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

/**
 * Render a whole library in every style with citeproc passes of up to PASS_SIZE works instead of one
 * per page: items are split into passes in which no two share a confusableKey, so each entry reads
 * exactly as it would if rendered on its own (no borrowed year suffixes). Works rendered by an earlier
 * build with the same data and style files come from the render cache.
 */
export function renderLibrary(
  items: readonly CslItem[],
  styles: readonly CitationStyleId[],
): Map<string, Record<CitationStyleId, RenderedReference>> {
  csl();
  const byId = new Map<string, Record<CitationStyleId, RenderedReference>>(
    items.map((item) => [item.id, {} as Record<CitationStyleId, RenderedReference>]),
  );
  for (const style of styles) {
    const missing: CslItem[] = [];
    for (const item of items) {
      const cached = getCachedRendering(renderingKey(item, style, stylesVersion));
      if (cached) (byId.get(item.id) as Record<CitationStyleId, RenderedReference>)[style] = cached;
      else missing.push(item);
    }
    const groups = new Map<string, CslItem[]>();
    for (const item of missing) {
      const key = confusableKey(item);
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
    const passes: CslItem[][] = [];
    for (const group of groups.values()) group.forEach((item, i) => (passes[i] ??= []).push(item));
    const missingById = new Map(missing.map((item) => [item.id, item]));
    for (const pass of passes.flatMap((pass) => chunks(pass, PASS_SIZE))) {
      for (const [id, rendering] of renderReferences(pass, style)) {
        (byId.get(id) as Record<CitationStyleId, RenderedReference>)[style] = rendering;
        const item = missingById.get(id);
        if (item) setCachedRendering(renderingKey(item, style, stylesVersion), rendering);
      }
    }
  }
  saveRenderCache();
  return byId;
}

/** renderLibrary's result as render-cache entries (key and rendering), for the prerender worker to send. */
export function renderLibraryEntries(
  items: readonly CslItem[],
  styles: readonly CitationStyleId[],
): Array<[string, RenderedReference]> {
  const rendered = renderLibrary(items, styles);
  return items.flatMap((item) =>
    styles.map((style): [string, RenderedReference] => [
      renderingKey(item, style, stylesVersion),
      (rendered.get(item.id) as Record<CitationStyleId, RenderedReference>)[style],
    ]),
  );
}

/** The inside of a citeproc entry: the text after the number for numeric styles, the whole entry otherwise. */
function entryBody(entry: string): string {
  const numbered = /<div class="csl-right-inline">([\s\S]*)<\/div>\s*<\/div>\s*$/.exec(entry);
  if (numbered?.[1] !== undefined) return withClasses(numbered[1].trim());
  const plain = /<div class="csl-entry">([\s\S]*)<\/div>\s*$/.exec(entry);
  return withClasses((plain?.[1] ?? entry).trim());
}

/** The style attributes citeproc writes, as the classes global.css gives the same look. */
const STYLE_CLASSES: Record<string, string> = {
  'font-style:normal;': 'csl-roman',
  'font-variant:small-caps;': 'small-caps',
  'font-variant:normal;': 'csl-normal-caps',
  'font-weight:normal;': 'csl-normal-weight',
  'text-decoration:none;': 'csl-no-decoration',
  'text-decoration:underline;': 'csl-underline',
  baseline: 'csl-baseline',
  'white-space:nowrap': 'csl-nowrap',
};

/**
 * citeproc's HTML with classes instead of style attributes: the site's Content-Security-Policy
 * allows no inline styles. An unknown style is dropped (the text stays).
 */
export const withClasses = (html: string) =>
  html.replace(/ style="([^"]*)"/g, (_whole, style: string) => {
    const name = STYLE_CLASSES[style.replace(/\s+/g, '')];
    return name ? ` class="${name}"` : '';
  });

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text with citeproc's HTML entities decoded. */
export const decodeEntities = (html: string) =>
  html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

/** Plain text of citeproc's HTML output (tags dropped, entities decoded). */
export const htmlToText = (html: string) => decodeEntities(html.replace(/<[^>]*>/g, ''));

const clusterEngines = new Map<CitationStyleId, CiteprocEngine>();

/**
 * The engine citation clusters are rendered with: one per style, kept, with the items of the moment.
 * Asking citation-js for an engine resets it, which costs as much as rendering a piece's citations
 * (measured: about half the in-text time of a build); registering the items again is all a piece needs.
 */
function clusterEngine(style: CitationStyleId, items: readonly CslItem[]): CiteprocEngine {
  let engine = clusterEngines.get(style);
  if (!engine) {
    engine = engineFor([], style);
    clusterEngines.set(style, engine);
  }
  const byId = new Map(items.map((item) => [item.id, item]));
  // citation-js shares its engines: whatever rendered last set its own items and output, so set both.
  engine.sys.retrieveItem = (id: string) => byId.get(id);
  engine.setOutputFormat('html');
  engine.opt.development_extensions.wrap_url_and_doi = false;
  return engine;
}

/** One work in a citation cluster, as citeproc takes it. */
export interface ClusterItem {
  id: string;
  locator?: string;
  label?: string;
  'author-only'?: boolean;
  'suppress-author'?: boolean;
}

/**
 * Citation clusters in a style, as HTML, with every given item registered in one engine: the style's
 * name forms, "et al." and year suffixes (2020a, 2020b) then agree with a bibliography of the same
 * items. Renderings are cached like bibliography entries (keyed by the items and the clusters).
 */
export function citationCluster(
  items: readonly CslItem[],
  style: CitationStyleId,
  clusters: readonly ClusterItem[][],
): string[] {
  if (clusters.length === 0) return [];
  csl();
  const key = renderingKey({ items, clusters }, `${style}:clusters`, stylesVersion);
  const cached = getCachedRendering(key);
  if (cached) return JSON.parse(cached.text) as string[];
  const engine = clusterEngine(style, items);
  engine.updateItems(items.map((item) => item.id));
  // Works the style cannot order (same authors and year) keep the order of the bibliography: 2020a, 2020b.
  const sorted = engine.registry.getSortedIds();
  const rank = (id: string) => sorted.indexOf(id);
  const rendered = clusters.map((cluster) =>
    cluster.length ? engine.makeCitationCluster([...cluster].sort((a, b) => rank(a.id) - rank(b.id))) : '',
  );
  setCachedRendering(key, { html: '', text: JSON.stringify(rendered) });
  return rendered;
}

/** A stand-in work used only to let the AMA style print a locator. */
const LOCATOR_ITEM: CslItem = { id: 'locator', type: 'article-journal', title: 'Locator' };

/** Locators already formatted, by label and value (a build prints the same few again and again). */
const locatorCache = new Map<string, string>();

/**
 * A locator as AMA prints it after a superscript citation number: page 230 -> "(p230)",
 * chapter 3 -> "(chap3)". The label is a CSL locator term (see parseLocator).
 */
export function formatLocator(locator: { label: string; value: string }): string {
  const cacheKey = `${locator.label}|${locator.value}`;
  const cached = locatorCache.get(cacheKey);
  if (cached !== undefined) return cached;
  const engine = engineFor([LOCATOR_ITEM], 'ama', 'text');
  engine.updateItems([LOCATOR_ITEM.id]);
  const cluster = engine.makeCitationCluster([{ id: LOCATOR_ITEM.id, locator: locator.value, label: locator.label }]);
  const text = htmlToText(cluster).replace(/^1/, '');
  locatorCache.set(cacheKey, text);
  return text;
}
