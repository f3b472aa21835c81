/**
 * The last look at a piece before the MDX compiler turns it into JavaScript: the HTML tree (hast)
 * after every remark and rehype step of ours. The mdast rules (mdast-safety.ts) have already passed,
 * so nothing here should ever be found; it is there so that a future parser or plugin change cannot
 * turn content into script on the site. Anything not on these lists is refused:
 *
 * - elements: what Markdown, GitHub-flavoured Markdown and our plugins write, plus the allow-listed
 *   MDX components and inline elements (`mdx/unexpected-element`, `mdx/forbidden-element`, …);
 * - attributes: the ones those elements carry (`mdx/unexpected-attribute`); no event handlers;
 * - addresses: no javascript:, data: or vbscript: in any attribute that holds one (`mdx/unsafe-url`);
 * - ids: none the layout uses (`mdx/reserved-id`);
 * - no raw HTML, ESM or expressions left anywhere (`mdx/raw-html`, `mdx/esm`, `mdx/expression`).
 */
import type { Element, Nodes, Root } from 'hast';
import { visitParents } from 'unist-util-visit-parents';
import { isLayoutId } from '../markdown/anchors.ts';
import { checkJsxElement, findingsCollector, type Positioned, type SafetyFinding } from './mdast-safety.ts';
import { isLocalImport, unsafeScheme } from './urls.ts';

/**
 * Elements Markdown (CommonMark and GFM: tables, task lists, footnotes, strikethrough) and our plugins
 * write: the citations plugin adds span (each citation and its form in every style) and the i and b a
 * citation style uses.
 */
const MARKDOWN_ELEMENTS = new Set([
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'code',
  'del',
  'em',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'input',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'span',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** The hast properties those elements carry (names as hast spells them; `metastring` is a code fence's text after its language; the citations plugin's data-* and the anchors plugin's tabIndex, which takes a paragraph's ¶ link out of the tab order, last). */
const MARKDOWN_PROPERTIES = new Set([
  'id',
  'className',
  'href',
  'title',
  'src',
  'alt',
  'align',
  'start',
  'type',
  'checked',
  'disabled',
  'ariaLabel',
  'ariaDescribedBy',
  'dataFootnotes',
  'dataFootnoteRef',
  'dataFootnoteBackref',
  'lang',
  'metastring',
  'dataCiteStyle',
  'dataDefault',
  'dataPagefindIgnore',
  'tabIndex',
]);

/** Properties that hold an address (hast names). */
const URL_PROPERTIES = new Set([
  'href',
  'src',
  'srcSet',
  'action',
  'formAction',
  'poster',
  'data',
  'xLinkHref',
  'background',
  'cite',
  'ping',
  'manifest',
  'codeBase',
  'longDesc',
  'useMap',
]);

/** Every rule the HTML tree breaks, in document order. */
export function findUnsafeHast(tree: Root): SafetyFinding[] {
  const { findings, at } = findingsCollector();
  visitParents(tree, (node: Nodes, ancestors) => {
    // Elements our plugins add (anchor links, citations) have no position: report them at the nearest one that has.
    const place: Positioned = node.position ? node : ([...ancestors].reverse().find((a) => a.position) ?? {});
    switch (node.type) {
      case 'raw':
        at(place, 'mdx/raw-html', 'this would reach the page as raw HTML', 'write it in Markdown');
        break;
      case 'mdxjsEsm':
        at(place, 'mdx/esm', 'import and export run code when the site is built', 'delete it');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        at(
          place,
          'mdx/expression',
          'braces { } hold JavaScript, which would run when the site is built',
          'to show a brace in the text write \\{',
        );
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkJsxElement(node, (n, rule, message, fix) => at(n.position ? n : place, rule, message, fix));
        break;
      case 'element':
        checkElement(node, place, at);
        break;
      case 'doctype':
        at(place, 'mdx/unexpected-element', 'a doctype cannot appear inside a piece', 'delete it');
        break;
      default:
    }
  });
  return findings;
}

function checkElement(node: Element, place: Positioned, at: ReturnType<typeof findingsCollector>['at']): void {
  if (!MARKDOWN_ELEMENTS.has(node.tagName)) {
    at(
      place,
      'mdx/unexpected-element',
      `<${node.tagName}> is not an element the site writes for content`,
      'write it in Markdown',
    );
    return;
  }
  for (const [name, value] of Object.entries(node.properties)) {
    if (/^on/i.test(name))
      at(
        place,
        'mdx/event-handler',
        `${name} is an event handler: it would run JavaScript in readers' browsers`,
        'remove it',
      );
    else if (!MARKDOWN_PROPERTIES.has(name))
      at(
        place,
        'mdx/unexpected-attribute',
        `<${node.tagName}> would carry the attribute ${name}, which the site does not write for content`,
        'write it in Markdown',
      );
    else if (URL_PROPERTIES.has(name) && typeof value === 'string' && unsafeScheme(value))
      at(
        place,
        'mdx/unsafe-url',
        `${name} would be a ${unsafeScheme(value)} address, which can run code`,
        'link to an https:// address instead',
      );
    else if (name === 'id' && typeof value === 'string' && isLayoutId(value))
      at(place, 'mdx/reserved-id', `the id "${value}" belongs to the page around the piece`, 'rename the heading');
  }
  // Astro's compiler imports an image whose address is a local path: whichever definition or
  // shortcut produced it, this is the address it would import.
  if (node.tagName === 'img' && typeof node.properties.src === 'string' && isLocalImport(node.properties.src)) {
    at(
      place,
      'mdx/local-image',
      `the image address "${node.properties.src}" is not a web address: the build would load it from the repository as a module`,
      'use an https:// address, or a file the site serves from its root (/…)',
    );
  }
  if (node.tagName === 'input' && !(node.properties.type === 'checkbox' && node.properties.disabled)) {
    at(
      place,
      'mdx/unexpected-element',
      'only the disabled check boxes of a task list may appear in content',
      'write the list as - [ ] item',
    );
  }
}
