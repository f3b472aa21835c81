/**
 * Counts every Markdown/MDX parse a process makes, for tests/built/one-parse.test.ts. Loaded with
 * `node --import` (NODE_OPTIONS) into a build, it wraps `fromMarkdown` of mdast-util-from-markdown,
 * the parser under both remark-parse (the MDX compiler's) and src/lib/markdown/parse-mdx.ts, as Node
 * loads it, and appends one line per parse to the file IPL_PARSE_LOG names (parseLogLine). Nothing in
 * src knows about it.
 */
import { createHash } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const log = process.env.IPL_PARSE_LOG;
const PARSER = /\/mdast-util-from-markdown\/(?:dev\/)?lib\/index\.js$/;

/**
 * What a parse writes to the log: a hash of the text and its length, tab-separated, both of the text
 * trimmed (the compiler reads a piece with its front matter blanked to spaces, the content layer's
 * entry.body starts after it: the same body either way).
 */
export function parseLogLine(text: string): string {
  const trimmed = text.trim();
  return `${createHash('sha256').update(trimmed).digest('hex').slice(0, 16)}\t${trimmed.length}\n`;
}

export function noteParse(value: unknown): void {
  if (!log) return;
  const text = typeof value === 'string' ? value : new TextDecoder().decode(value as Uint8Array);
  appendFileSync(log, parseLogLine(text));
}

if (log) {
  // The process-wide hook: this module's own URL is where the wrapped parser finds noteParse.
  const self = import.meta.url;
  registerHooks({
    load(url, context, nextLoad) {
      const loaded = nextLoad(url, context);
      if (!PARSER.test(new URL(url).pathname) || loaded.source == null) return loaded;
      const source = String(loaded.source).replace('export function fromMarkdown(', 'function fromMarkdownUncounted(');
      return {
        ...loaded,
        source: `${source}
import { noteParse as __noteParse } from ${JSON.stringify(self)};
export function fromMarkdown(value, encoding, options) {
  __noteParse(value);
  return fromMarkdownUncounted(value, encoding, options);
}
`,
      };
    },
  });
}
