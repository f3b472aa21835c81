/**
 * MDX is code: an MDX file can import modules and evaluate JavaScript when the site is built (in CI,
 * on a reviewer's machine). Contributed content is therefore limited to prose plus the site's own
 * components with literal props. These rules read the syntax tree the MDX compiler is about to
 * compile (src/lib/markdown/pipeline.ts runs them as the last remark step), never the text:
 *
 * - `mdx/esm`: no import or export;
 * - `mdx/expression`: no `{...}` expressions, in flow or text;
 * - `mdx/forbidden-element`: no <script>, <style>, <iframe> and similar;
 * - `mdx/unknown-element`: only the allow-listed components and inline HTML elements;
 * - `mdx/event-handler`: no on* attributes;
 * - `mdx/unsafe-url`: no javascript:, data: or vbscript: addresses in links, images, definitions or props;
 * - `mdx/local-image`: no image address the compiler would import from the repository;
 * - `mdx/non-literal-prop`, `mdx/unknown-prop`, `mdx/prop-type`, `mdx/missing-prop`: props are the
 *   listed ones, written as literal text, numbers or true/false.
 */
import type { Definition, Image, Link, Nodes, Root } from 'mdast';
import type {
  MdxJsxAttribute,
  MdxJsxExpressionAttribute,
  MdxJsxFlowElement,
  MdxJsxFlowElementHast,
  MdxJsxTextElement,
  MdxJsxTextElementHast,
} from 'mdast-util-mdx-jsx';
import { definitions } from 'mdast-util-definitions';
import { visit } from 'unist-util-visit';
import { nearest } from '../check/nearest.ts';
import {
  type AllowedElement,
  FORBIDDEN_ELEMENTS,
  MARKDOWN_EQUIVALENTS,
  MDX_COMPONENTS,
  MDX_HTML_ELEMENTS,
  type PropType,
} from './allowed.ts';
import { isLocalImport, unsafeScheme, URL_ATTRIBUTES } from './urls.ts';

/** A rule broken at a place in the file (1-based line and column). */
export interface SafetyFinding {
  line: number;
  column: number;
  rule: string;
  message: string;
  fix: string;
}

export type Positioned = { position?: { start: { line: number; column: number } } | undefined };
export type Report = (node: Positioned, rule: string, message: string, fix: string) => void;

const COMPONENTS: Readonly<Record<string, AllowedElement>> = MDX_COMPONENTS;
const COMPONENT_LIST = Object.keys(COMPONENTS)
  .map((name) => `<${name}>`)
  .join(', ');
const SEE_DOCS = 'see "Components" in docs/content-model.md';

type Element = MdxJsxFlowElement | MdxJsxTextElement | MdxJsxFlowElementHast | MdxJsxTextElementHast;
type Attribute = MdxJsxAttribute | MdxJsxExpressionAttribute;

/** A collector of findings, and the report function rules call. */
export function findingsCollector(): { findings: SafetyFinding[]; at: Report } {
  const findings: SafetyFinding[] = [];
  const at: Report = (node, rule, message, fix) => {
    const start = node.position?.start ?? { line: 1, column: 1 };
    findings.push({ line: start.line, column: start.column, rule, message, fix });
  };
  return { findings, at };
}

/** Every rule an mdast tree breaks, in document order. */
export function findUnsafeMdast(tree: Root): SafetyFinding[] {
  const { findings, at } = findingsCollector();
  // The definition an image reference uses, found as Astro finds it (the first one wins).
  const definitionOf = definitions(tree);
  visit(tree, (node: Nodes) => {
    switch (node.type) {
      case 'mdxjsEsm': {
        const keyword = /^\s*export\b/.test(node.value) ? 'export' : 'import';
        at(
          node,
          'mdx/esm',
          `${keyword} runs code when the site is built, so it is not allowed in essays and posters`,
          `delete it: the site's components (${COMPONENT_LIST}) work without an import`,
        );
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        at(
          node,
          'mdx/expression',
          'braces { } hold JavaScript, which would run when the site is built; content may not contain expressions',
          'to show a brace in the text write \\{ ; leave notes for reviewers in the pull request, not the file',
        );
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkJsxElement(node, at);
        break;
      case 'link':
      case 'image':
      case 'definition':
        checkAddress(node, at);
        break;
      case 'imageReference': {
        const definition = definitionOf(node.identifier);
        if (definition && isLocalImport(definition.url)) localImage(node, definition.url, at);
        break;
      }
      default:
    }
  });
  return findings;
}

/** The allow-list for an MDX element and its attributes (also used on the hast, where MDX elements pass through). */
export function checkJsxElement(node: Element, at: Report): void {
  const name = node.name;
  let spec: AllowedElement | undefined;
  if (name === null) {
    at(
      node,
      'mdx/unknown-element',
      'a fragment <>…</> is not one of the elements content may use',
      'remove the <> and </>',
    );
  } else if (Object.hasOwn(FORBIDDEN_ELEMENTS, name.toLowerCase())) {
    at(
      node,
      'mdx/forbidden-element',
      `<${name}> is not allowed in content: ${FORBIDDEN_ELEMENTS[name.toLowerCase()]}`,
      'remove it; to point readers to something elsewhere, link to it in the text',
    );
  } else {
    spec = Object.hasOwn(COMPONENTS, name)
      ? COMPONENTS[name]
      : Object.hasOwn(MDX_HTML_ELEMENTS, name)
        ? MDX_HTML_ELEMENTS[name]
        : undefined;
    if (!spec && Object.hasOwn(MARKDOWN_EQUIVALENTS, name)) {
      at(
        node,
        'mdx/unknown-element',
        `<${name}> is not one of the elements content may use`,
        MARKDOWN_EQUIVALENTS[name] ?? SEE_DOCS,
      );
    } else if (!spec) {
      const suggestions = /^[A-Z]/.test(name) ? nearest(name, Object.keys(COMPONENTS), 2) : [];
      const hint = suggestions.length ? `; did you mean ${suggestions.map((s) => `<${s}>`).join(' or ')}?` : '';
      const inline = Object.keys(MDX_HTML_ELEMENTS)
        .map((s) => `<${s}>`)
        .join(' ');
      at(
        node,
        'mdx/unknown-element',
        `<${name}> is not one of the components content may use (${COMPONENT_LIST}, or the inline HTML elements ${inline})${hint}`,
        `write it in Markdown, or use a listed component; ${SEE_DOCS}`,
      );
    }
  }
  const given = new Set<string>();
  for (const attribute of node.attributes) {
    const propName = checkAttribute(name ?? '', attribute, spec, at);
    if (propName) given.add(propName);
  }
  for (const [propName, prop] of Object.entries(spec?.props ?? {})) {
    if (prop.required && !given.has(propName))
      at(node, 'mdx/missing-prop', `<${name}> needs the prop ${propName}: ${prop.description}`, `add ${propName}="…"`);
  }
}

/** Check one attribute; returns its name when it is a usable prop. */
function checkAttribute(
  element: string,
  attribute: Attribute,
  spec: AllowedElement | undefined,
  at: Report,
): string | undefined {
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    at(
      attribute,
      'mdx/non-literal-prop',
      `{${attribute.value}} passes JavaScript values as props`,
      'write each prop as name="text", or name={3} / name={true} for numbers and true/false',
    );
    return undefined;
  }
  const { name, value } = attribute;
  if (/^on/i.test(name)) {
    at(
      attribute,
      'mdx/event-handler',
      `${name} is an event handler: it would run JavaScript in readers' browsers`,
      'remove the attribute',
    );
    return undefined;
  }
  let literal: string | number | boolean | null | undefined;
  if (value === null || value === undefined) literal = true;
  else if (typeof value === 'string') literal = value;
  else {
    literal = literalValue(value.data?.estree);
    if (literal === undefined) {
      at(
        attribute,
        'mdx/non-literal-prop',
        `${name}={${value.value}} is a JavaScript expression: props must be literal text, numbers or true/false`,
        `write ${name}="text", or ${name}={3} / ${name}={true}`,
      );
      return undefined;
    }
  }
  if (typeof literal === 'string' && URL_ATTRIBUTES.has(name.toLowerCase())) {
    const scheme = unsafeScheme(literal);
    if (scheme) {
      at(
        attribute,
        'mdx/unsafe-url',
        `${name} is a ${scheme} address, which can run code or hide content in the page`,
        'link to an https:// address instead',
      );
      return undefined;
    }
  }
  if (!spec) return undefined;
  const prop = Object.hasOwn(spec.props, name) ? spec.props[name] : undefined;
  if (!prop) {
    const names = Object.keys(spec.props);
    const suggestions = nearest(name, names, 1);
    const takes = names.length ? `it takes ${names.join(', ')}` : 'it takes no props';
    at(
      attribute,
      'mdx/unknown-prop',
      `<${element}> has no prop "${name}": ${takes}${suggestions.length ? `; did you mean ${suggestions[0]}?` : ''}`,
      `remove it or correct its name; ${SEE_DOCS}`,
    );
    return undefined;
  }
  if (!matchesType(literal, prop.type)) {
    at(
      attribute,
      'mdx/prop-type',
      `<${element}> ${name} must be ${describeType(prop.type)}`,
      `write ${exampleFor(name, prop.type)}`,
    );
    return undefined;
  }
  return name;
}

/** The value of a literal expression such as {3}, {true} or {"text"}; undefined for anything else. */
function literalValue(estree: unknown): string | number | boolean | null | undefined {
  const program = estree as
    { body?: Array<{ type: string; expression?: { type: string; value?: unknown } }> } | undefined;
  const statement = program?.body?.length === 1 ? program.body[0] : undefined;
  const expression = statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
  if (expression?.type !== 'Literal') return undefined;
  const v = expression.value;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : undefined;
}

function matchesType(value: string | number | boolean | null, type: PropType): boolean {
  if (Array.isArray(type)) return typeof value === 'string' && type.includes(value);
  return typeof value === type;
}

function describeType(type: PropType): string {
  if (Array.isArray(type)) return `one of ${type.map((t) => `"${t}"`).join(', ')}`;
  return { string: 'text in quotes', number: 'a number in braces, e.g. {3}', boolean: 'true or false, e.g. {false}' }[
    type as 'string'
  ];
}

function exampleFor(name: string, type: PropType): string {
  if (Array.isArray(type)) return `${name}="${type[0]}"`;
  return { string: `${name}="…"`, number: `${name}={3}`, boolean: `${name}={true}` }[type as 'string'];
}

function checkAddress(node: Link | Image | Definition, at: Report): void {
  const scheme = unsafeScheme(node.url);
  const what = node.type === 'image' ? 'image' : 'link';
  if (scheme)
    at(
      node,
      'mdx/unsafe-url',
      `the ${what} address is a ${scheme} address, which can run code or hide content in the page`,
      'link to an https:// address instead',
    );
  else if (node.type === 'image' && isLocalImport(node.url)) localImage(node, node.url, at);
}

function localImage(node: Positioned, url: string, at: Report): void {
  at(
    node,
    'mdx/local-image',
    `the image address "${url}" is not a web address: the build would load it from the repository as a module`,
    'use an https:// address, or a file the site serves from its root (/…)',
  );
}
