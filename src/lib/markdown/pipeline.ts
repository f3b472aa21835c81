/**
 * The one MDX processor configuration: astro.config.mjs gives it to Astro, and `npm run check` compiles
 * every piece with it, so the checks read exactly the tree the build compiles (same parser extensions,
 * GitHub-flavoured Markdown included, and the same plugins in the same order).
 *
 * Order matters. The remark plugins move the piece's own site links under the base path, then shape
 * the text (typography, anchors, citations, glossary marks);
 * then `remarkKeepTree` hands the finished tree to the checks, and `remarkContentSafety` refuses
 * anything that could run; after Astro's own Markdown-to-HTML step, `rehypeContentSafety` looks once
 * more at the HTML tree. The content checks verify at build time that nothing was added after them.
 *
 * A build compiles each piece once: the content checks compile it here first, and when Vite asks
 * for the same file with the same text and options, the compiled module is handed over from memory.
 */
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import type {
  AstroMarkdownOptions,
  MdxRenderer,
  MdxRendererOptions,
  MdxRenderResult,
} from '@astrojs/internal-helpers/markdown';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { SafetyFinding } from '../safety/mdast-safety.ts';
import { ContentSafetyError, rehypeContentSafety, remarkContentSafety } from './content-safety.ts';
import { remarkAnchors } from './remark-anchors.ts';
import { remarkCitations } from './remark-citations.ts';
import { remarkGlossary } from './remark-glossary.ts';
import { remarkSiteLinks } from './remark-site-links.ts';
import { remarkTypography } from './remark-typography.ts';

type Frontmatter = Record<string, unknown>;

/** The tree each compile ended its remark steps with, by the front matter object it was given. */
const finishedTrees = new WeakMap<Frontmatter, Root>();

/** Hands the finished Markdown tree to whoever started the compile (the content checks). */
function remarkKeepTree() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data as { astro?: { frontmatter?: Frontmatter } }).astro?.frontmatter;
    if (frontmatter) finishedTrees.set(frontmatter, tree);
  };
}

export const REMARK_PLUGINS = [
  remarkSiteLinks,
  remarkTypography,
  remarkAnchors,
  remarkCitations,
  remarkGlossary,
  remarkKeepTree,
  remarkContentSafety,
];
export const REHYPE_PLUGINS = [rehypeContentSafety];

/**
 * Settings Astro passes to the compiler besides the plugins. SmartyPants runs as remarkTypography
 * (only where a piece needs it); code is not highlighted (Shiki's inline colours would need a looser
 * Content-Security-Policy, and essays quote little code).
 */
export const MARKDOWN_SETTINGS = { gfm: true, smartypants: false, syntaxHighlight: false } as const;

const base = unified({
  gfm: MARKDOWN_SETTINGS.gfm,
  smartypants: MARKDOWN_SETTINGS.smartypants,
  remarkPlugins: REMARK_PLUGINS,
  rehypePlugins: REHYPE_PLUGINS,
});

/** Compiled modules waiting for Vite, by file: the exact input they were compiled from, and the result. */
const compiled = new Map<string, { input: string; result: MdxRenderResult }>();

/** Everything a compile's output depends on besides the file. */
function optionsKey(shared: AstroMarkdownOptions, mdx: MdxRendererOptions): string {
  const { syntaxHighlight = false, gfm, smartypants } = shared;
  return JSON.stringify({
    syntaxHighlight,
    shiki: syntaxHighlight ? shared.shikiConfig : null,
    gfm,
    smartypants,
    optimize: mdx.optimize,
    srcDir: String(mdx.srcDir),
    sourcemap: Boolean(mdx.sourcemap),
  });
}

const renderers = new Map<string, Promise<MdxRenderer>>();

function innerRenderer(
  shared: AstroMarkdownOptions,
  mdx: MdxRendererOptions,
): { key: string; renderer: Promise<MdxRenderer> } {
  const key = optionsKey(shared, mdx);
  let renderer = renderers.get(key);
  if (!renderer) {
    if (!base.createMdxRenderer) throw new Error('@astrojs/markdown-remark no longer compiles MDX');
    renderer = base.createMdxRenderer(shared, mdx);
    renderers.set(key, renderer);
  }
  return { key, renderer };
}

async function compile(
  key: string,
  renderer: MdxRenderer,
  content: string,
  filePath: string,
  frontmatter: Frontmatter,
): Promise<MdxRenderResult> {
  if (process.env.IPL_DEBUG_COMPILES) console.log(`[ipl] compiling ${filePath}`);
  // Taken before the compile: the remark plugins add to the front matter (remark-citations' numbering),
  // and Vite's request for the file comes with the front matter as written.
  const input = compileInput(key, content, frontmatter);
  const result = await renderer.process(content, filePath, frontmatter);
  const hazard = postprocessHazard(result.code, content);
  if (hazard) throw new ContentSafetyError(filePath, [hazard]);
  compiled.set(filePath, { input, result });
  return result;
}

/**
 * Astro's MDX post-processing finds the compiled component by this text and rewrites its first
 * occurrence (@astrojs/mdx, vite-plugin-mdx-postprocess.js). If a piece's own words put the text in
 * the module first, the build breaks: refuse it here, so the check says so with a line.
 */
const CONTENT_EXPORT = 'export default function MDXContent';

function postprocessHazard(code: string, content: string): SafetyFinding | undefined {
  if (code.indexOf(CONTENT_EXPORT) === code.lastIndexOf(CONTENT_EXPORT)) return undefined;
  const at = content.indexOf('MDXContent');
  const before = at < 0 ? '' : content.slice(0, at);
  const line = before.split('\n').length;
  const column = at < 0 ? 1 : at - before.lastIndexOf('\n');
  return {
    line,
    column,
    rule: 'mdx/compiler-text',
    message: `the words "${CONTENT_EXPORT}" would be taken by Astro's compiler for its own code, and the build would fail`,
    fix: 'reword them',
  };
}

const compileInput = (key: string, content: string, frontmatter: Frontmatter) =>
  `${key}\u0000${content}\u0000${JSON.stringify(frontmatter)}`;

/** The processor for astro.config.mjs: Astro's unified processor with our plugins, sharing compiles with the checks. */
export const contentProcessor: typeof base = {
  ...base,
  async createMdxRenderer(shared, mdx) {
    const { key, renderer } = innerRenderer(shared, mdx);
    const inner = await renderer;
    return {
      async process(content, filePath, frontmatter) {
        const ready = compiled.get(filePath);
        // Handed over once: Vite keeps the module from here, so the copy here is let go.
        compiled.delete(filePath);
        if (ready?.input === compileInput(key, content, frontmatter)) return ready.result;
        return compile(key, inner, content, filePath, frontmatter);
      },
    };
  },
};

/** What Astro passes to createMdxRenderer for this configuration (see astro.config.mjs). */
export function rendererOptions(projectRoot: string): [AstroMarkdownOptions, MdxRendererOptions] {
  return [
    {
      syntaxHighlight: MARKDOWN_SETTINGS.syntaxHighlight,
      gfm: MARKDOWN_SETTINGS.gfm,
      smartypants: MARKDOWN_SETTINGS.smartypants,
    },
    { optimize: false, srcDir: pathToFileURL(path.join(projectRoot, 'src') + path.sep), sourcemap: false },
  ];
}

export interface CompiledPiece {
  /** The Markdown tree after every remark step, as the compiler compiled it (or refused it). */
  tree?: Root;
  /** The error the compile stopped with, if it did (a ContentSafetyError, or a syntax error). */
  error?: unknown;
}

/**
 * Compile one piece as the build would (without running it) and return its finished tree. The
 * module is kept for the build's own request for the same file.
 */
export async function compilePiece(
  projectRoot: string,
  filePath: string,
  content: string,
  frontmatter: Frontmatter,
): Promise<CompiledPiece> {
  const { key, renderer } = innerRenderer(...rendererOptions(projectRoot));
  try {
    await compile(key, await renderer, content, filePath, frontmatter);
    return tree(frontmatter);
  } catch (error) {
    return { ...tree(frontmatter), error };
  }
}

function tree(frontmatter: Frontmatter): CompiledPiece {
  const found = finishedTrees.get(frontmatter);
  finishedTrees.delete(frontmatter);
  return found ? { tree: found } : {};
}
