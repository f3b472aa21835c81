/**
 * The last gate before a page is published: a scan of its HTML, read the way a browser reads it
 * (parse5 follows the HTML standard's parsing rules), for anything that could run or load code the
 * site did not write. Contributed content is refused long before this (the MDX safety steps); the
 * scan is there so a future gap anywhere (a parser, a plugin, a citation style, a template) cannot
 * become script on the site.
 *
 * - `page/event-handler`: an on* attribute on any element;
 * - `page/unsafe-url`: a javascript:, vbscript: or data: address (data: only as an image's source);
 * - `page/foreign-script`: a <script> that is neither one of the site's own inline scripts (by hash),
 *   nor a JSON-LD data block, nor a file from the site's own script folders;
 * - `page/embedded-content`: <iframe>, <object>, <embed>, <frame>, <base> and the like, and srcdoc;
 * - `page/form`: a form other than the site's search form, or a meta refresh.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { assetsHref, searchBundleHref, searchHref, sitePath } from '../routes/hrefs.ts';
import { cspHash } from './inline-scripts.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface MarkupFinding {
  line: number;
  column: number;
  rule: string;
  message: string;
}

/** Where the site's own script files live, under the base path; any other script source is foreign. */
const SCRIPT_FOLDERS = [assetsHref, sitePath('scripts/'), searchBundleHref];

const EMBEDDING = new Set([
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'portal',
  'fencedframe',
]);

/** Attributes whose value is an address (SVG animation targets too, which can set one). */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'data',
  'xlink:href',
  'background',
  'cite',
  'ping',
  'manifest',
  'codebase',
  'longdesc',
  'usemap',
  'to',
  'from',
  'values',
  'by',
]);

/** The forms the site writes: the header's search form. */
const SITE_FORM_ACTIONS = new Set([searchHref]);

/**
 * Everything in a page that the site did not write and that could run or load code.
 * `ownScripts` holds the CSP hashes of the site's own inline scripts; hashes the page's own
 * Content-Security-Policy lists (Astro's bundled scripts) count as the site's too.
 */
export function findUnsafeMarkup(html: string, ownScripts: ReadonlySet<string>): MarkupFinding[] {
  // Nearly every page has no finding: source positions, which cost a tenth of the parse, are taken
  // only for a page that has one, to say where.
  const found = scanMarkup(html, ownScripts, false);
  return found.length ? scanMarkup(html, ownScripts, true) : found;
}

function scanMarkup(html: string, ownScripts: ReadonlySet<string>, located: boolean): MarkupFinding[] {
  const document = parse(html, { sourceCodeLocationInfo: located });
  const findings: MarkupFinding[] = [];
  const allowed = new Set([...ownScripts, ...policyHashes(document)]);
  const report = (element: Element, rule: string, message: string) => {
    const at = element.sourceCodeLocation;
    findings.push({ line: at?.startLine ?? 1, column: at?.startCol ?? 1, rule, message });
  };
  walk(document, (element) => checkElement(element, allowed, report));
  return findings;
}

function checkElement(
  element: Element,
  allowed: ReadonlySet<string>,
  report: (element: Element, rule: string, message: string) => void,
): void {
  const tag = element.tagName;
  if (EMBEDDING.has(tag))
    report(element, 'page/embedded-content', `<${tag}> embeds or re-points content; the site writes none`);
  for (const { name, value } of element.attrs) {
    const lower = name.toLowerCase();
    if (lower.startsWith('on')) report(element, 'page/event-handler', `<${tag}> has an event handler, ${name}`);
    else if (lower === 'srcdoc') report(element, 'page/embedded-content', `<${tag}> has a srcdoc document`);
    else if (URL_ATTRIBUTES.has(lower)) {
      const scheme = unsafeScheme(tag, lower, value);
      if (scheme) report(element, 'page/unsafe-url', `<${tag}> ${name} is a ${scheme} address`);
    }
  }
  if (tag === 'script') {
    const problem = foreignScript(element, allowed);
    if (problem) report(element, 'page/foreign-script', problem);
  } else if (tag === 'form') {
    const action = attribute(element, 'action') ?? '';
    if (!SITE_FORM_ACTIONS.has(action))
      report(
        element,
        'page/form',
        `a form that sends readers' input to "${action}"; the site's only form is its search`,
      );
  } else if (tag === 'meta' && attribute(element, 'http-equiv')?.toLowerCase() === 'refresh') {
    report(element, 'page/form', 'a meta refresh sends readers to another address');
  }
}

/** Why a script is not the site's own, or undefined when it is. */
function foreignScript(element: Element, allowed: ReadonlySet<string>): string | undefined {
  const src = attribute(element, 'src');
  const type = (attribute(element, 'type') ?? '').trim().toLowerCase();
  if (src !== undefined) {
    if (SCRIPT_FOLDERS.some((folder) => src.startsWith(folder))) return undefined;
    return `a script from "${src}", which is not one of the site's own script files`;
  }
  const text = element.childNodes
    .map((child) => ('value' in child && child.nodeName === '#text' ? child.value : ''))
    .join('');
  if (type === 'application/ld+json') {
    // A data block never runs, but must stay one: no markup may break out of it.
    return /<\/?script/i.test(text) ? 'a JSON-LD block that contains script markup' : undefined;
  }
  return allowed.has(cspHash(text))
    ? undefined
    : "an inline script the site did not write (its hash is not one of the site's own)";
}

function unsafeScheme(tag: string, name: string, value: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- control characters are what this strips (a browser ignores them in a URL)
  const normalised = value.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  const values = name === 'srcset' || name === 'values' ? normalised.split(/[,;]/) : [normalised];
  for (const candidate of values) {
    const scheme = /^(javascript|vbscript|data):/.exec(candidate)?.[1];
    if (!scheme) continue;
    // An image may be a data: picture (not SVG, which could carry script elsewhere).
    if (
      scheme === 'data' &&
      (tag === 'img' || tag === 'source') &&
      /^data:image\/(png|gif|jpeg|webp|avif)[;,]/.test(candidate)
    )
      continue;
    return `${scheme}:`;
  }
  return undefined;
}

/** The hashes a page's own Content-Security-Policy lists for scripts. */
function policyHashes(document: Node): string[] {
  const hashes: string[] = [];
  walk(document, (element) => {
    if (element.tagName !== 'meta' || attribute(element, 'http-equiv')?.toLowerCase() !== 'content-security-policy')
      return;
    const scriptSrc = (attribute(element, 'content') ?? '').split(';').find((d) => d.trim().startsWith('script-src'));
    for (const match of scriptSrc?.matchAll(/'(sha(?:256|384|512)-[^']+)'/g) ?? []) if (match[1]) hashes.push(match[1]);
  });
  return hashes;
}

const attribute = (element: Element, name: string) => element.attrs.find((a) => a.name.toLowerCase() === name)?.value;

/** Visit every element, including the content of <template> elements. */
function walk(node: Node, visit: (element: Element) => void): void {
  if ('tagName' in node) visit(node);
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) walk(child, visit);
  if ('content' in node && node.content) walk(node.content, visit);
}
