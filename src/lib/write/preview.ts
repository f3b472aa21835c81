/**
 * The writing page's live preview of the body, in the site's prose styles. Loaded by the writing page
 * only, as its own chunk, when the writer first pauses.
 *
 * Nothing the writer types runs and nothing is parsed as HTML: the body is read by the checks' own MDX
 * parser (parseMdx, which evaluates nothing), turned into an HTML tree by mdast-util-to-hast (raw HTML
 * never kept), and that tree is cut down to an allow-list of elements and attributes (`previewTree`)
 * before `renderPreview` builds it with document.createElement and setAttribute, never innerHTML.
 *
 * - MDX: import/export and { expressions } are dropped. The allowed inline elements (abbr, sub, …)
 *   show as themselves with their title and lang only; <Aside> as the site's note panel with its
 *   title; any other component or element as its children's text, never as itself.
 * - Links keep their address only when it is relative, a fragment, http(s) or mailto; a javascript:,
 *   data: or vbscript: link shows as its text.
 * - Images show as "[Image: what it shows]": the preview loads nothing, so nothing leaves the page.
 * - Citations ([@key]) show as written; the build renders them.
 *
 * The checks still report every one of these (the preview is not a check).
 */
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import type { Image, ImageReference } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { type Handler, type State, toHast } from 'mdast-util-to-hast';
import { parseMdx } from '../markdown/parse-mdx.ts';
import { MDX_HTML_ELEMENTS } from '../safety/allowed.ts';
import { unsafeScheme } from '../safety/urls.ts';

/** Ids in the preview (footnotes) start with this, so they never meet the page's own. */
const ID_PREFIX = 'preview-';

/** Elements the preview may build: what Markdown and GFM write, and the allowed inline elements. */
const ELEMENTS = new Set([
  'a',
  'blockquote',
  'br',
  'code',
  'del',
  'div',
  'em',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'span',
  'strong',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
  ...Object.keys(MDX_HTML_ELEMENTS),
]);

/** Classes the HTML tree may carry: a code block's language, footnotes, task lists, and the note panel. */
const CLASS =
  /^(language-[\w-]+|footnotes|sr-only|task-list-item|contains-task-list|data-footnote-backref|panel|preview-note-title)$/;

/** The hast properties the preview keeps, with the attribute each becomes. */
export const ATTRIBUTES: Readonly<Record<string, string>> = {
  href: 'href',
  title: 'title',
  lang: 'lang',
  id: 'id',
  className: 'class',
  align: 'align',
  start: 'start',
  role: 'role',
  ariaLabel: 'aria-label',
};

/** True for an address the preview may link to: relative, a fragment, http(s) or mailto. */
export function safeHref(href: string): boolean {
  if (unsafeScheme(href)) return false;
  // eslint-disable-next-line no-control-regex -- control characters are what this strips (a browser ignores them in a URL)
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(href.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto';
}

const text = (value: string): ElementContent => ({ type: 'text', value });

/** What the preview shows of an image: its description, not the image. */
function imagePlaceholder(_state: State, node: Image | ImageReference): ElementContent {
  return {
    type: 'element',
    tagName: 'span',
    properties: {},
    children: [text(`[Image: ${node.alt || 'no description'}]`)],
  };
}

/** A string prop of an MDX element, or undefined (expressions are never read). */
function stringProp(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return attribute && typeof attribute.value === 'string' ? attribute.value : undefined;
}

/** An MDX element: an allowed inline element as itself, <Aside> as a note panel, anything else as its children. */
const jsx: Handler = (state: State, node: MdxJsxFlowElement | MdxJsxTextElement) => {
  const children = state.all(node);
  const name = node.name ?? '';
  if (Object.hasOwn(MDX_HTML_ELEMENTS, name)) {
    const properties: Properties = {};
    for (const prop of ['title', 'lang']) {
      const value = stringProp(node, prop);
      if (value !== undefined && Object.hasOwn(MDX_HTML_ELEMENTS[name]?.props ?? {}, prop)) properties[prop] = value;
    }
    return { type: 'element', tagName: name, properties, children };
  }
  if (name === 'Aside') {
    const title: Element = {
      type: 'element',
      tagName: 'p',
      properties: { className: ['preview-note-title'] },
      children: [text(stringProp(node, 'title') ?? 'Note')],
    };
    return {
      type: 'element',
      tagName: 'div',
      properties: { role: 'note', className: ['panel'] },
      children: [title, ...children],
    };
  }
  return children;
};

const drop: Handler = () => undefined;

/** Keep an element's allowed properties only (addresses only when safe, ids only the preview's own). */
function keepProperties(tagName: string, properties: Properties): Properties {
  const kept: Properties = {};
  for (const [name, value] of Object.entries(properties)) {
    if (!Object.hasOwn(ATTRIBUTES, name) || value === undefined || value === null) continue;
    if (name === 'href') {
      if (tagName === 'a' && typeof value === 'string' && safeHref(value)) kept.href = value;
    } else if (name === 'id') {
      if (typeof value === 'string' && value.startsWith(ID_PREFIX)) kept.id = value;
    } else if (name === 'className') {
      const classes = (Array.isArray(value) ? value : [value]).map(String).filter((c) => CLASS.test(c));
      if (classes.length) kept.className = classes;
    } else if (name === 'align') {
      if (value === 'left' || value === 'right' || value === 'center') kept.align = value;
    } else if (name === 'start') {
      if (typeof value === 'number' && Number.isInteger(value)) kept.start = value;
    } else if (name === 'role') {
      if (value === 'note') kept.role = value;
    } else if (typeof value === 'string') {
      kept[name] = value;
    }
  }
  return kept;
}

/** The tree cut down to the allow-list: an element not on it is replaced by its children. */
function cut(nodes: readonly RootContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    if (node.type === 'text') out.push(text(node.value));
    else if (node.type === 'element') {
      // A task list's checkbox, as text (a disabled box has no label for assistive technology).
      if (node.tagName === 'input') out.push(text(node.properties.checked ? '☑' : '☐'));
      else if (ELEMENTS.has(node.tagName))
        out.push({
          type: 'element',
          tagName: node.tagName,
          properties: keepProperties(node.tagName, node.properties),
          children: cut(node.children),
        });
      else out.push(...cut(node.children));
    }
    // Comments, raw HTML and doctypes are never kept.
  }
  return out;
}

/**
 * The preview of a body as an HTML tree with allowed elements and attributes only. Throws the
 * parser's error when the body is not valid MDX (the checks report it).
 */
export function previewTree(body: string): Root {
  const mdast = parseMdx(body);
  const hast = toHast(mdast, {
    allowDangerousHtml: false,
    clobberPrefix: ID_PREFIX,
    handlers: {
      image: imagePlaceholder,
      imageReference: imagePlaceholder,
      mdxJsxFlowElement: jsx,
      mdxJsxTextElement: jsx,
      mdxFlowExpression: drop,
      mdxTextExpression: drop,
      mdxjsEsm: drop,
    } as Record<string, Handler>,
  });
  return { type: 'root', children: cut(hast.type === 'root' ? hast.children : [hast as RootContent]) };
}

/** Build DOM nodes from the cut-down tree: createElement and setAttribute, the allow-list checked again. */
function build(nodes: readonly ElementContent[], document: Document): Node[] {
  return nodes.flatMap((node): Node[] => {
    if (node.type === 'text') return [document.createTextNode(node.value)];
    if (node.type !== 'element' || !ELEMENTS.has(node.tagName)) return [];
    const el = document.createElement(node.tagName);
    for (const [name, value] of Object.entries(node.properties)) {
      const attribute = ATTRIBUTES[name];
      if (!attribute || value === undefined || value === null) continue;
      if (name === 'href' && !(typeof value === 'string' && safeHref(value))) continue;
      el.setAttribute(attribute, Array.isArray(value) ? value.join(' ') : String(value));
    }
    if (node.tagName === 'a' && /^https?:/i.test(String(node.properties.href ?? ''))) {
      // Another site opens in a new tab, so the draft stays open here.
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', 'noopener noreferrer');
    }
    el.append(...build(node.children, document));
    return [el];
  });
}

/**
 * Show the body's preview in `target`. When the body is not valid MDX, the last preview stays and
 * `false` is returned (the checks say what to fix).
 */
export function renderPreview(target: HTMLElement, body: string): boolean {
  let tree: Root;
  try {
    tree = previewTree(body);
  } catch {
    return false;
  }
  target.replaceChildren(...build(tree.children as ElementContent[], target.ownerDocument));
  return true;
}
