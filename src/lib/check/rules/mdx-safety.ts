/**
 * MDX is code: an MDX file can import modules and evaluate JavaScript when the site is built (in CI,
 * on a maintainer's machine). Contributed content is therefore limited to prose plus the site's own
 * components with literal props. Checked on the syntax tree (remark-mdx node types), never with
 * regular expressions over the text (rules `mdx/*`):
 *
 * - `mdx/esm`: no import or export;
 * - `mdx/expression`: no `{...}` expressions in the text;
 * - `mdx/forbidden-element`: no <script>, <style>, <iframe> and similar;
 * - `mdx/unknown-element`: only the allow-listed components and inline HTML elements;
 * - `mdx/event-handler`: no on* attributes;
 * - `mdx/unsafe-url`: no javascript:, data: or vbscript: addresses, in links, images or attributes;
 * - `mdx/non-literal-prop`, `mdx/unknown-prop`, `mdx/prop-type`, `mdx/missing-prop`: props are the
 *   listed ones, written as literal text, numbers or true/false.
 */
import type { Definition, Image, Link, Nodes } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
import { type AllowedElement, FORBIDDEN_ELEMENTS, MARKDOWN_EQUIVALENTS, MDX_COMPONENTS, MDX_HTML_ELEMENTS, type PropType } from '../../../components/mdx/allowed.ts';
import { type CheckedFile, type CheckPass, fileLine } from '../checked-file.ts';
import { nearest } from '../nearest.ts';
import { type Problem, problem } from '../problem.ts';

const COMPONENTS: Readonly<Record<string, AllowedElement>> = MDX_COMPONENTS;
const COMPONENT_LIST = Object.keys(COMPONENTS).map((name) => `<${name}>`).join(', ');
const SEE_DOCS = 'see "Components" in docs/content-model.md';

/** Attributes whose value is an address a browser may load or follow. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'background', 'cite', 'ping', 'manifest', 'codebase']);

type Element = MdxJsxFlowElement | MdxJsxTextElement;
type Attribute = MdxJsxAttribute | MdxJsxExpressionAttribute;

export const checkMdxSafety: CheckPass = (files) => files.flatMap(checkOne);

function checkOne(file: CheckedFile): Problem[] {
  if (!file.tree) return [];
  const problems: Problem[] = [];
  const at = (node: { position?: { start: { line: number; column: number } } | undefined }, rule: string, message: string, fix: string) => {
    const start = node.position?.start ?? { line: 1, column: 1 };
    problems.push(problem(file.source.path, fileLine(file, start.line), start.column, rule, message, fix));
  };

  visit(file.tree, (node: Nodes) => {
    switch (node.type) {
      case 'mdxjsEsm': {
        const keyword = /^\s*export\b/.test(node.value) ? 'export' : 'import';
        at(node, 'mdx/esm', `${keyword} runs code when the site is built, so it is not allowed in essays and posters`, `delete it: the site's components (${COMPONENT_LIST}) work without an import`);
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        at(node, 'mdx/expression', 'braces { } hold JavaScript, which would run when the site is built; content may not contain expressions', 'to show a brace in the text write \\{ ; leave notes for reviewers in the pull request, not the file');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, at);
        break;
      case 'link':
      case 'image':
      case 'definition':
        checkAddress(node, at);
        break;
      default:
    }
  });
  return problems;
}

type Report = (node: { position?: { start: { line: number; column: number } } | undefined }, rule: string, message: string, fix: string) => void;

function checkElement(node: Element, at: Report): void {
  const name = node.name;
  let spec: AllowedElement | undefined;
  if (name === null) {
    at(node, 'mdx/unknown-element', 'a fragment <>…</> is not one of the elements content may use', 'remove the <> and </>');
  } else if (Object.hasOwn(FORBIDDEN_ELEMENTS, name.toLowerCase())) {
    at(node, 'mdx/forbidden-element', `<${name}> is not allowed in content: ${FORBIDDEN_ELEMENTS[name.toLowerCase()]}`, 'remove it; to point readers to something elsewhere, link to it in the text');
  } else {
    spec = Object.hasOwn(COMPONENTS, name) ? COMPONENTS[name] : Object.hasOwn(MDX_HTML_ELEMENTS, name) ? MDX_HTML_ELEMENTS[name] : undefined;
    if (!spec && Object.hasOwn(MARKDOWN_EQUIVALENTS, name)) {
      at(node, 'mdx/unknown-element', `<${name}> is not one of the elements content may use`, MARKDOWN_EQUIVALENTS[name] ?? SEE_DOCS);
    } else if (!spec) {
      const suggestions = /^[A-Z]/.test(name) ? nearest(name, Object.keys(COMPONENTS), 2) : [];
      const hint = suggestions.length ? `; did you mean ${suggestions.map((s) => `<${s}>`).join(' or ')}?` : '';
      at(node, 'mdx/unknown-element', `<${name}> is not one of the components content may use (${COMPONENT_LIST}, or the inline HTML elements ${Object.keys(MDX_HTML_ELEMENTS).map((s) => `<${s}>`).join(' ')})${hint}`, `write it in Markdown, or use a listed component; ${SEE_DOCS}`);
    }
  }
  const given = new Set<string>();
  for (const attribute of node.attributes) {
    const propName = checkAttribute(name ?? '', attribute, spec, at);
    if (propName) given.add(propName);
  }
  for (const [propName, prop] of Object.entries(spec?.props ?? {})) {
    if (prop.required && !given.has(propName)) at(node, 'mdx/missing-prop', `<${name}> needs the prop ${propName}: ${prop.description}`, `add ${propName}="…"`);
  }
}

/** Check one attribute; returns its name when it is a usable prop. */
function checkAttribute(element: string, attribute: Attribute, spec: AllowedElement | undefined, at: Report): string | undefined {
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    at(attribute, 'mdx/non-literal-prop', `{${attribute.value}} passes JavaScript values as props`, 'write each prop as name="text", or name={3} / name={true} for numbers and true/false');
    return undefined;
  }
  const { name, value } = attribute;
  if (/^on/i.test(name)) {
    at(attribute, 'mdx/event-handler', `${name} is an event handler: it would run JavaScript in readers' browsers`, 'remove the attribute');
    return undefined;
  }
  if (typeof value === 'string' && URL_ATTRIBUTES.has(name.toLowerCase())) {
    const scheme = unsafeScheme(value);
    if (scheme) {
      at(attribute, 'mdx/unsafe-url', `${name} is a ${scheme} address, which can run code or hide content in the page`, 'link to an https:// address instead');
      return undefined;
    }
  }
  let literal: string | number | boolean | null | undefined;
  if (value === null || value === undefined) literal = true;
  else if (typeof value === 'string') literal = value;
  else {
    literal = literalValue(value.data?.estree);
    if (literal === undefined) {
      at(attribute, 'mdx/non-literal-prop', `${name}={${value.value}} is a JavaScript expression: props must be literal text, numbers or true/false`, `write ${name}="text", or ${name}={3} / ${name}={true}`);
      return undefined;
    }
  }
  if (!spec) return undefined;
  const prop = Object.hasOwn(spec.props, name) ? spec.props[name] : undefined;
  if (!prop) {
    const names = Object.keys(spec.props);
    const suggestions = nearest(name, names, 1);
    const takes = names.length ? `it takes ${names.join(', ')}` : 'it takes no props';
    at(attribute, 'mdx/unknown-prop', `<${element}> has no prop "${name}": ${takes}${suggestions.length ? `; did you mean ${suggestions[0]}?` : ''}`, `remove it or correct its name; ${SEE_DOCS}`);
    return undefined;
  }
  if (!matchesType(literal, prop.type)) {
    at(attribute, 'mdx/prop-type', `<${element}> ${name} must be ${describeType(prop.type)}`, `write ${exampleFor(name, prop.type)}`);
    return undefined;
  }
  return name;
}

/** The value of a literal expression such as {3}, {true} or {"text"}; undefined for anything else. */
function literalValue(estree: unknown): string | number | boolean | null | undefined {
  const program = estree as { body?: Array<{ type: string; expression?: { type: string; value?: unknown } }> } | undefined;
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
  return { string: 'text in quotes', number: 'a number in braces, e.g. {3}', boolean: 'true or false, e.g. {false}' }[type as 'string'];
}

function exampleFor(name: string, type: PropType): string {
  if (Array.isArray(type)) return `${name}="${type[0]}"`;
  return { string: `${name}="…"`, number: `${name}={3}`, boolean: `${name}={true}` }[type as 'string'];
}

function checkAddress(node: Link | Image | Definition, at: Report): void {
  const scheme = unsafeScheme(node.url);
  if (scheme) at(node, 'mdx/unsafe-url', `the ${node.type === 'image' ? 'image' : 'link'} address is a ${scheme} address, which can run code or hide content in the page`, 'link to an https:// address instead');
}

/** "javascript:", "data:" or "vbscript:" when an address uses one (ignoring case and the spaces browsers ignore). */
function unsafeScheme(url: string): string | undefined {
  const normalised = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  return /^(javascript|data|vbscript):/.exec(normalised)?.[0];
}
