/**
 * The text a built page gives its readers and the machines that read it, for the post-build
 * publish gate (src/integrations/publish-gate.ts): the visible text, block by block
 * (inline markup joined, as on the screen), image descriptions and titles, the title and description
 * meta tags (what search engines, social cards and reference managers show), the JSON-LD, and the
 * hidden search metadata Pagefind indexes. The same detectors then run over it.
 *
 * Parts of a page that legitimately carry what a detector looks for are marked in the layouts with
 * `data-confidentiality="<zone>"`, and only the rules that still apply there are run:
 * - `reference`: bibliographic data (authors, titles, publication dates): numbers and contacts only;
 * - `contact`: a poster's published contact details: numbers that lead to records only;
 * - `byline`: the author's own name: everything but names.
 * A page whose `<article>` is marked (a reference's own page) is that zone throughout, head included.
 * A `<time>` element, and the date a search result shows, are dates the site printed (publication,
 * update), not dates in the writing.
 */
import { type HTMLElement, type Node, NodeType, parse } from 'node-html-parser';
import type { ConfidentialityRule } from './rules.ts';
import { CONTACT_RULES, RULES } from './rules.ts';
import { addressWords } from './tree-text.ts';

export type Zone = 'reference' | 'contact' | 'byline' | 'date';

export const ZONE_ATTRIBUTE = 'data-confidentiality';

/** Which rules still apply inside a zone. */
export function ruleApplies(rule: ConfidentialityRule, zone: Zone | undefined): boolean {
  const info = RULES[rule];
  switch (zone) {
    case undefined:
      return true;
    case 'reference':
      return !info.exceptable || info.category === 'postcode' || rule === 'confidentiality/date-of-birth';
    case 'contact':
      return CONTACT_RULES.has(rule);
    case 'byline':
      return info.category !== 'name';
    case 'date':
      return info.category !== 'date';
  }
}

export interface PageText {
  /** Where on the page the text is, for the report: "text", "title", "meta description", "JSON-LD headline"... */
  where: string;
  text: string;
  zone?: Zone;
  /** Text the page carries but does not show (a web address, an id): only HIDDEN_TEXT_RULES apply. */
  hidden?: true;
}

const BLOCK = new Set(
  'address article aside blockquote body br dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section summary table tbody td tfoot th thead tr ul option label button legend caption'.split(
    ' ',
  ),
);
const SKIP = new Set(['script', 'style', 'template', 'head']);
const READ_ATTRIBUTES =
  /(?:^|\s)(?:alt|title|aria-label|placeholder|data-confidentiality|data-pagefind-meta|data-cite-style|href|src|id)=/;
/** Attributes that carry text the page does not show as words: addresses and ids. */
const HIDDEN_ATTRIBUTES = ['href', 'src', 'id'] as const;
const META_NAMES =
  /^(?:description|og:title|og:description|twitter:title|twitter:description|citation_title|citation_abstract|citation_keywords|dc\.title|dc\.description|dc\.subject|keywords)$/i;
/** JSON-LD keys whose values are people, cited works or addresses, checked as references are. */
const JSON_LD_REFERENCE_KEYS = new Set([
  'author',
  'creator',
  'citation',
  'publisher',
  'contributor',
  'editor',
  'isPartOf',
]);
const JSON_LD_SKIPPED_KEYS = new Set([
  '@context',
  '@type',
  '@id',
  'url',
  'sameAs',
  'image',
  'license',
  'inLanguage',
  'datePublished',
  'dateModified',
  'dateCreated',
  'identifier',
  'mainEntityOfPage',
]);

export interface ParsedPage {
  texts: PageText[];
  /** The repository path from the footer's "Edit this page" link, when the page has one. */
  sourcePath?: string;
}

/** Read a built page's texts and its source file. */
export function readBuiltPage(html: string): ParsedPage {
  const root = parse(html, {
    comment: false,
    blockTextElements: { script: true, style: true, pre: true, noscript: true },
  });
  const texts: PageText[] = [];
  // A page about one cited work (its <article> is marked as bibliographic data) has a title, meta tags
  // and JSON-LD made of that work's data too.
  const pageZone =
    (root.querySelector(`article[${ZONE_ATTRIBUTE}]`)?.getAttribute(ZONE_ATTRIBUTE) as Zone | undefined) ?? undefined;
  const inPage = pageZone ? { zone: pageZone } : {};

  const title = root.querySelector('title')?.text;
  if (title) texts.push({ where: 'title', text: title, ...inPage });
  for (const meta of root.querySelectorAll('meta')) {
    const name = meta.getAttribute('name') ?? meta.getAttribute('property') ?? '';
    const content = meta.getAttribute('content');
    if (!content || !META_NAMES.test(name)) continue;
    texts.push({ where: `meta ${name}`, text: content, ...inPage });
  }
  for (const script of root.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      jsonLdTexts(JSON.parse(script.rawText), 'JSON-LD', pageZone, texts);
    } catch {
      texts.push({ where: 'JSON-LD', text: script.rawText, ...inPage });
    }
  }

  const body = root.querySelector('body') ?? root;
  const blocks: Array<{ text: string; zone: Zone | undefined }> = [];
  let current = '';
  let currentZone: Zone | undefined;
  const flush = () => {
    if (current.trim()) blocks.push({ text: current, zone: currentZone });
    current = '';
  };
  const walk = (node: Node, zone: Zone | undefined) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      if (zone !== currentZone) {
        flush();
        currentZone = zone;
      }
      current += node.text;
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const element = node as HTMLElement;
    const tag = element.rawTagName?.toLowerCase() ?? '';
    if (SKIP.has(tag)) return;
    // Attributes are parsed only on elements that have one of interest (most have none or only a class).
    const interesting = READ_ATTRIBUTES.test(element.rawAttrs ?? '');
    const marked = interesting ? (element.getAttribute(ZONE_ATTRIBUTE) as Zone | undefined) : undefined;
    // The site's own dates: <time> elements and the date search results show.
    const siteDate = tag === 'time' || (interesting && element.getAttribute('data-pagefind-meta') === 'date');
    const inner: Zone | undefined = marked ?? (siteDate ? 'date' : zone);
    if (interesting) {
      for (const attribute of ['alt', 'title', 'aria-label', 'placeholder']) {
        const value = element.getAttribute(attribute);
        if (value) texts.push({ where: `${tag} ${attribute}`, text: value, ...(inner ? { zone: inner } : {}) });
      }
      for (const attribute of HIDDEN_ATTRIBUTES) {
        const value = element.getAttribute(attribute);
        // Only what could hold a number or an address is kept: most links and ids hold neither.
        if (value && /[\p{N}@\uFE6B\uFF20%]/u.test(value))
          texts.push({
            where: `${tag} ${attribute}`,
            text: addressWords(value),
            hidden: true,
            ...(inner ? { zone: inner } : {}),
          });
      }
    }
    // One style's form of a citation or of an entry (src/lib/markdown/remark-citations.ts, the
    // bibliography) is read on its own, as a reader who chose that style sees it: not glued to the other
    // styles' forms and the sentence around it. So the same entry on the reference's page and on every
    // piece citing it is one text, read once.
    const block = BLOCK.has(tag) || (interesting && element.getAttribute('data-cite-style') !== undefined);
    if (block || inner !== zone) flush();
    // A citation's superscript number is a word of its own: "Clinic 0113 496 0000" then "1". An empty
    // one shows nothing and separates nothing.
    else if (tag === 'sup' && element.childNodes.length > 0) current += ' ';
    for (const child of element.childNodes) walk(child, inner);
    if (block || inner !== zone) flush();
  };
  walk(body, pageZone);
  flush();
  for (const { text, zone } of blocks) texts.push({ where: 'text', text, ...(zone ? { zone } : {}) });

  const edit = root.querySelectorAll('a[href]').find((a) => /\/edit\/[^/]+\//.test(a.getAttribute('href') ?? ''));
  const sourcePath = edit
    ? decodeURIComponent((edit.getAttribute('href') ?? '').replace(/^.*?\/edit\/[^/]+\//, ''))
    : undefined;
  return sourcePath ? { texts, sourcePath } : { texts };
}

function jsonLdTexts(value: unknown, where: string, zone: Zone | undefined, into: PageText[]): void {
  if (typeof value === 'string') {
    into.push({ where, text: value, ...(zone ? { zone } : {}) });
  } else if (Array.isArray(value)) {
    for (const item of value) jsonLdTexts(item, where, zone, into);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (JSON_LD_SKIPPED_KEYS.has(key)) continue;
      jsonLdTexts(item, `JSON-LD ${key}`, JSON_LD_REFERENCE_KEYS.has(key) ? 'reference' : zone, into);
    }
  }
}

/** One item of an RSS feed: its link and the texts a feed reader shows. */
export interface FeedItem {
  link: string;
  texts: PageText[];
}

/** The items of an RSS 2.0 feed (title, description and content, entities decoded). */
export function readFeed(xml: string): FeedItem[] {
  const root = parse(xml, { blockTextElements: {} });
  // An HTML parser reads <link> as empty: take each item's link from the XML itself.
  const links = [...xml.matchAll(/<item[\s>][\s\S]*?<\/item>/g)].map(
    (item) => /<link>\s*([^<]*?)\s*<\/link>/.exec(item[0])?.[1] ?? '',
  );
  return root.querySelectorAll('item').map((item, index) => {
    const field = (name: string) => {
      const element = item.childNodes.find(
        (node) => node.nodeType === NodeType.ELEMENT_NODE && (node as HTMLElement).rawTagName?.toLowerCase() === name,
      ) as HTMLElement | undefined;
      return decodeXmlText(element?.innerHTML ?? '');
    };
    const texts: PageText[] = [];
    for (const name of ['title', 'description', 'content:encoded']) {
      const value = field(name);
      if (!value) continue;
      // A description may itself be HTML: read its text as a page's text.
      if (/<[a-z]/i.test(value))
        for (const t of readBuiltPage(`<body>${value}</body>`).texts) texts.push({ ...t, where: `feed ${name}` });
      else texts.push({ where: `feed ${name}`, text: value });
    }
    return { link: links[index] ?? '', texts };
  });
}

function decodeXmlText(value: string): string {
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(value);
  if (cdata) return cdata[1] ?? '';
  return parse(`<x>${value}</x>`).text;
}
