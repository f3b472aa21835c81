/**
 * In-text citations in every style, for one piece. Numeric styles print the numbers the piece's
 * bibliography uses (first-cited order): AMA as superscripts with the locator after the number
 * ("2(p230)"), Vancouver (NLM) in parentheses ("(2, p. 230)"). Author-date styles are rendered by
 * citeproc with all of the piece's cited works registered at once, so its rules apply across the
 * piece: two authors or "et al.", a/b for the same author and year (matching the bibliography),
 * locators, several works in one bracket sorted by the style, and narrative citations ("Busari et
 * al. (2017) showed"; APA writes "and" there, not "&").
 *
 * The result is a small tree (text, formatting, links to a cited work) that the remark plugin turns
 * into HTML; nothing here knows about Markdown.
 */
import type { CslItem } from '@citation-js/core';
import type { ReferenceData } from '../../schemas/reference.ts';
import { authorLabel } from './author-label.ts';
import { referenceItem } from './csl-items.ts';
import { citationCluster, decodeEntities, formatLocator } from './engine.ts';
import { type Locator, parseLocator } from './locators.ts';
import { CITATION_STYLE_IDS, type CitationStyleId, isAuthorDate } from './styles.ts';

/** One cited work in a citation, as the text wrote it. */
export interface InTextItem {
  key: string;
  /** Locator text after the comma, e.g. "p. 5". */
  locator?: string | undefined;
}

export interface InTextCitation {
  items: InTextItem[];
  /** `@key says`: the authors are part of the sentence. */
  inText: boolean;
}

/** What a citation prints: text, formatting from the style, and links to the cited works' entries. */
export type InTextNode =
  | { type: 'text'; value: string }
  | { type: 'format'; tag: 'i' | 'b' | 'sup' | 'sub' | 'small-caps'; children: InTextNode[] }
  | {
      type: 'link';
      key: string;
      /** Accessible name when the text alone would not say it (a bare number). */ label?: string;
      children: InTextNode[];
    };

export type InTextMarks = Record<CitationStyleId, InTextNode[]>;

const text = (value: string): InTextNode => ({ type: 'text', value });
const sup = (children: InTextNode[]): InTextNode => ({ type: 'format', tag: 'sup', children });

/**
 * Every citation of a piece in every style. `order` is the piece's first-cited order of keys (the
 * numbers of the numeric styles); `references` holds the cited works.
 */
export function renderInTextCitations(
  citations: readonly InTextCitation[],
  order: readonly string[],
  references: ReadonlyMap<string, ReferenceData>,
): InTextMarks[] {
  const marks = citations.map(() => ({}) as InTextMarks);
  for (const style of CITATION_STYLE_IDS) {
    const rendered = isAuthorDate(style)
      ? authorDateMarks(style, citations, order, references)
      : citations.map((c) => numericMark(style, c, order, references));
    rendered.forEach((nodes, i) => ((marks[i] as InTextMarks)[style] = nodes));
  }
  return marks;
}

function numericMark(
  style: CitationStyleId,
  citation: InTextCitation,
  order: readonly string[],
  references: ReadonlyMap<string, ReferenceData>,
): InTextNode[] {
  const number = (key: string) => order.indexOf(key) + 1;
  const link = (key: string): InTextNode => ({
    type: 'link',
    key,
    label: `Reference ${number(key)}`,
    children: [text(String(number(key)))],
  });
  const first = citation.items[0]?.key ?? '';
  const authors = references.get(first)?.author ?? [];
  if (style === 'ama') {
    // AMA: superscript numbers, the locator after its number ("1(p12),3(chap3)"); "et al" without a full stop.
    const inside: InTextNode[] = [];
    citation.items.forEach((item, i) => {
      if (i > 0) inside.push(text(','));
      inside.push(link(item.key));
      if (item.locator) inside.push(text(amaLocator(item.locator)));
    });
    return citation.inText ? [text(authorLabel(authors)), sup(inside)] : [sup(inside)];
  }
  // Vancouver (NLM): numbers in parentheses; a locator follows its number ("(1; 2, p. 12)").
  const withLocator = citation.items.some((item) => item.locator);
  const inside: InTextNode[] = [text('(')];
  citation.items.forEach((item, i) => {
    if (i > 0) inside.push(text(withLocator ? '; ' : ','));
    inside.push(link(item.key));
    if (item.locator) inside.push(text(`, ${plainLocator(item.locator)}`));
  });
  inside.push(text(')'));
  return citation.inText ? [text(`${authorLabel(authors, { etAl: 'et al.' })} `), ...inside] : inside;
}

/** "p. 5" -> "(p5)" as AMA prints it; a locator the checks would have refused is printed as written. */
function amaLocator(locator: string): string {
  const parsed = parseLocator(locator);
  return parsed ? formatLocator(parsed) : `(${locator})`;
}

/** Short CSL terms for locators (en-US), singular and plural. */
const LOCATOR_TERMS: Record<string, [string, string]> = {
  book: ['bk.', 'bks.'],
  chapter: ['chap.', 'chaps.'],
  column: ['col.', 'cols.'],
  figure: ['fig.', 'figs.'],
  folio: ['fol.', 'fols.'],
  line: ['l.', 'll.'],
  note: ['n.', 'nn.'],
  number: ['no.', 'nos.'],
  opus: ['op.', 'opp.'],
  page: ['p.', 'pp.'],
  paragraph: ['para.', 'paras.'],
  part: ['pt.', 'pts.'],
  section: ['sec.', 'secs.'],
  'sub verbo': ['s.v.', 's.vv.'],
  verse: ['v.', 'vv.'],
  volume: ['vol.', 'vols.'],
};

/** "pp. 5-7" as a plain locator ("pp. 5-7"), with the label's short term. */
function plainLocator(locator: string): string {
  const parsed = parseLocator(locator);
  if (!parsed) return locator;
  const [one, many] = LOCATOR_TERMS[parsed.label] ?? [parsed.label, parsed.label];
  return `${/[-,&–]/.test(parsed.value) ? many : one} ${parsed.value}`;
}

/** A cited work for citeproc, with its locator. */
function clusterItem(item: InTextItem): { id: string; locator?: string; label?: string } {
  const parsed: Locator | undefined = item.locator ? parseLocator(item.locator) : undefined;
  if (parsed) return { id: item.key, locator: parsed.value, label: parsed.label };
  return item.locator ? { id: item.key, locator: item.locator, label: 'page' } : { id: item.key };
}

function authorDateMarks(
  style: CitationStyleId,
  citations: readonly InTextCitation[],
  order: readonly string[],
  references: ReadonlyMap<string, ReferenceData>,
): InTextNode[][] {
  const items: CslItem[] = order.flatMap((key) => {
    const data = references.get(key);
    return data ? [referenceItem(key, data)] : [];
  });
  const clusters = citations.map((citation) => {
    const cited = citation.items.filter((item) => references.has(item.key)).map(clusterItem);
    if (citation.inText && cited[0]) {
      // Narrative: the authors, then the year (and locator) in brackets: "Busari et al. (2017)".
      return [[{ ...cited[0], 'author-only': true }], [{ ...cited[0], 'suppress-author': true }]];
    }
    // One work: the cluster is the work. Several: each also alone, and without its authors, to find it in the cluster.
    if (cited.length < 2) return [cited];
    return [cited, ...cited.map((item) => [item]), ...cited.map((item) => [{ ...item, 'suppress-author': true }])];
  });
  const rendered = citationCluster(items, style, clusters.flat());
  let next = 0;
  return citations.map((citation, i) => {
    const group = clusters[i] ?? [];
    const outputs = rendered.slice(next, next + group.length);
    next += group.length;
    const cited = citation.items.filter((item) => references.has(item.key));
    if (cited.length === 0) return [text(citation.items.map((item) => `@${item.key}`).join('; '))];
    if (citation.inText) {
      const [authors = '', year = ''] = outputs;
      const names = style === 'apa' ? authors.replaceAll(' &#38; ', ' and ') : authors;
      return [{ type: 'link', key: cited[0]?.key ?? '', children: fromHtml(`${names} ${year}`) }];
    }
    const [whole = '', ...rest] = outputs;
    if (cited.length === 1) return linkCluster(whole, [{ key: cited[0]?.key ?? '', alone: unwrap(whole), year: '' }]);
    const singles = rest.slice(0, cited.length);
    const years = rest.slice(cited.length);
    return linkCluster(
      whole,
      cited.map((item, j) => ({ key: item.key, alone: unwrap(singles[j] ?? ''), year: unwrap(years[j] ?? '') })),
    );
  });
}

/** A cluster rendered alone, without the style's brackets: "(Busari et al., 2017)" -> "Busari et al., 2017". */
const unwrap = (html: string) => html.replace(/^\(/, '').replace(/\)$/, '');

/**
 * Link each work inside a rendered cluster. Each work is found by its rendering on its own (the
 * style sorts and joins them); where the style merged works by the same authors ("2022a, 2022b"),
 * by its year part. A work not found is left unlinked (its entry is one step away in the list).
 */
function linkCluster(html: string, works: Array<{ key: string; alone: string; year: string }>): InTextNode[] {
  const found: Array<{ start: number; end: number; key: string }> = [];
  const taken = (start: number, end: number) => found.some((f) => start < f.end && end > f.start);
  for (const work of works) {
    for (const needle of [work.alone, work.year]) {
      if (!needle) continue;
      let at = html.indexOf(needle);
      while (at >= 0 && taken(at, at + needle.length)) at = html.indexOf(needle, at + 1);
      if (at >= 0) {
        found.push({ start: at, end: at + needle.length, key: work.key });
        break;
      }
    }
  }
  found.sort((a, b) => a.start - b.start);
  if (found.length === 0 && works[0]) return [{ type: 'link', key: works[0].key, children: fromHtml(html) }];
  const nodes: InTextNode[] = [];
  let cursor = 0;
  for (const { start, end, key } of found) {
    if (start > cursor) nodes.push(...fromHtml(html.slice(cursor, start)));
    nodes.push({ type: 'link', key, children: fromHtml(html.slice(start, end)) });
    cursor = end;
  }
  if (cursor < html.length) nodes.push(...fromHtml(html.slice(cursor)));
  return nodes;
}

const TAGS: Record<string, 'i' | 'b' | 'sup' | 'sub' | 'small-caps'> = {
  i: 'i',
  em: 'i',
  b: 'b',
  strong: 'b',
  sup: 'sup',
  sub: 'sub',
};

/**
 * The little HTML citeproc writes in a citation (italics, bold, super- and subscript, small caps,
 * entities) as nodes; any other tag is dropped and its text kept. A fragment cut between an opening
 * and a closing tag (linkCluster cuts at work boundaries, which citeproc never straddles) still reads.
 */
export function fromHtml(html: string): InTextNode[] {
  const root: InTextNode[] = [];
  const stack: Array<{ tag: string; children: InTextNode[] }> = [{ tag: '', children: root }];
  const top = () => stack[stack.length - 1] as { tag: string; children: InTextNode[] };
  for (const part of html.split(/(<[^>]+>)/)) {
    if (!part) continue;
    const tag = /^<(\/?)([a-z]+)([^>]*)>$/i.exec(part);
    if (!tag) {
      const value = decodeEntities(part);
      const last = top().children.at(-1);
      if (last?.type === 'text') last.value += value;
      else top().children.push(text(value));
      continue;
    }
    const [, closing, name = '', attributes = ''] = tag;
    const kind =
      TAGS[name.toLowerCase()] ??
      (name.toLowerCase() === 'span' && /small-caps/.test(attributes) ? 'small-caps' : undefined);
    if (closing) {
      if (stack.length > 1 && top().tag === name.toLowerCase()) stack.pop();
      continue;
    }
    if (!kind) continue;
    const node: InTextNode = { type: 'format', tag: kind, children: [] };
    top().children.push(node);
    stack.push({ tag: name.toLowerCase(), children: node.children });
  }
  return root;
}

/** Plain text of in-text nodes (tests, and the checks' messages). */
export const inTextToText = (nodes: readonly InTextNode[]): string =>
  nodes.map((n) => (n.type === 'text' ? n.value : inTextToText(n.children))).join('');
