/**
 * Builds the Pagefind search index over the finished site (`astro:build:done`), through Pagefind's
 * Node API rather than a shell step, into `<outDir>/pagefind/`. Any indexing error, or an index with
 * no pages, fails the build: a site whose search silently finds nothing is worse than no build.
 *
 * The dev server has no built pages to index, so it says once, loudly, how to try search.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { ERROR_DETECTORS, findInNormalised, toFinding } from '../lib/confidentiality/find-identifiers.ts';
import { DEFAULT_KNOWN_NAMES } from '../lib/confidentiality/known-names.ts';
import { normalise } from '../lib/confidentiality/normalise.ts';
import { loadGlossary } from '../lib/content/load-glossary.ts';
import { contentRoot } from '../lib/content/paths.ts';
import { readSourceFile } from '../lib/content/source-file.ts';
import { type GlossarySearchRecord, glossarySearchRecord, SEARCH_NEEDS_BUILD } from '../lib/routes/search.ts';
import { findMarkup } from '../lib/safety/plain-text.ts';
import type { GlossaryData } from '../schemas/glossary.ts';
import { indexAfterBuild } from './finish-build.ts';
import { SITE } from '../site.ts';

/** Where the index and Pagefind's UI files go, under the build's output folder (and on the site). */
export const SEARCH_BUNDLE_DIR = 'pagefind';

export interface IndexSummary {
  /** Pages with content in the index (pages without data-pagefind-body are read, then left out). */
  pageCount: number;
  /** Glossary entries in the index, each a record of its own. */
  glossaryCount: number;
  outputPath: string;
}

/**
 * Index every HTML page under `siteDir` (only the parts marked `data-pagefind-body` count) and each
 * glossary entry (a record of its own: see glossarySearchRecord), and write the bundle to
 * `siteDir/pagefind`. Throws with every error Pagefind reported.
 */
export async function buildSearchIndex(
  siteDir: string,
  glossary: ReadonlyMap<string, GlossaryData> = loadGlossary(),
): Promise<IndexSummary> {
  const failures: string[] = [];
  const check = (step: string, errors: string[]) => {
    for (const error of errors) failures.push(`${step}: ${error}`);
    if (failures.length > 0) throw new SearchIndexError(failures);
  };
  try {
    const { index, errors: createErrors } = await pagefind.createIndex({});
    check('create the index', createErrors);
    if (!index) throw new SearchIndexError(['Pagefind returned no index.']);

    const { errors: addErrors } = await index.addDirectory({ path: siteDir });
    check(`index ${siteDir}`, addErrors);

    for (const [id, entry] of glossary) {
      const record = glossarySearchRecord(id, entry);
      check('index a glossary entry', glossaryRecordProblems(id, record));
      const { errors } = await index.addCustomRecord({ ...record, language: SITE.lang.toLowerCase() });
      check(`index the glossary entry content/glossary/${id}.yaml`, errors);
    }

    const outputPath = path.join(siteDir, SEARCH_BUNDLE_DIR);
    const { errors: writeErrors } = await index.writeFiles({ outputPath });
    check(`write ${outputPath}`, writeErrors);

    const pageCount = indexedPageCount(outputPath) - glossary.size;
    if (pageCount === 0) {
      throw new SearchIndexError([
        `no page in ${siteDir} has content to index. Essay, poster and reference pages mark their main element with data-pagefind-body; check that the layouts still do.`,
      ]);
    }
    return { pageCount, glossaryCount: glossary.size, outputPath };
  } finally {
    // Stop Pagefind's background process, or the build would not exit.
    await pagefind.close();
  }
}

/**
 * The publish gate for a glossary entry's search record, which Pagefind stores as it is given and
 * never as a page the gate reads: its text must be plain (Pagefind's excerpts are HTML: a character
 * reference would become a character, and a tag is never meant) and must carry no identifying detail
 * (the confidentiality detectors' errors, as the gate reads a built page). The content check refuses
 * both first (glossary/markup and the confidentiality rules); this holds whatever let one through.
 * Each problem names the entry's file, with the line where the text is when it can be found there.
 */
export function glossaryRecordProblems(
  id: string,
  record: GlossarySearchRecord,
  root: string = contentRoot(),
): string[] {
  const file = path.join(root, 'glossary', `${id}.yaml`);
  const display = path.relative(process.cwd(), file) || file;
  let source: ReturnType<typeof readSourceFile> | undefined;
  const where = (text: string) => {
    source ??= existsSync(file) ? readSourceFile(file, display) : undefined;
    const offset = source?.yamlText.indexOf(text) ?? -1;
    if (!source || offset < 0) return display;
    const { line, column } = source.locate(offset);
    return `${display}:${line}:${column}`;
  };
  const problems: string[] = [];
  const texts: Array<[string, string]> = [
    ['content', record.content],
    ...Object.entries(record.meta).map(([key, value]): [string, string] => [`meta.${key}`, value]),
  ];
  for (const [field, text] of texts) {
    const markup = findMarkup(text);
    if (markup)
      problems.push(
        `${where(markup.found)}  glossary/markup  the search record's ${field} holds markup ("${markup.found}"); a glossary entry must be plain text`,
      );
    const normal = normalise(text).text;
    for (const candidate of findInNormalised(normal, { knownNames: DEFAULT_KNOWN_NAMES }, ERROR_DETECTORS)) {
      const finding = toFinding(candidate, normal);
      if (finding.severity === 'error')
        problems.push(`${where(finding.text)}  ${finding.rule}  ${finding.message}, in the search record's ${field}`);
    }
  }
  return problems;
}

/** Pages in a written index, from Pagefind's entry file (one count per language). */
function indexedPageCount(outputPath: string): number {
  const entry = JSON.parse(readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

export class SearchIndexError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The search index could not be built:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SearchIndexError';
    this.problems = problems;
  }
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'ipl:search-index',
    hooks: {
      'astro:server:start': ({ logger }) => {
        warnDevServer(logger);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (indexAfterBuild()) return logger.info('The search index is made once Astro has exited (npm run build).');
        const started = performance.now();
        const { pageCount, glossaryCount, outputPath } = await buildSearchIndex(fileURLToPath(dir));
        const ms = Math.round(performance.now() - started);
        logger.info(
          `Indexed ${pageCount} pages and ${glossaryCount} glossary entries for search into ${outputPath} in ${ms} ms.`,
        );
      },
    },
  };
}

export function warnDevServer(logger: Pick<AstroIntegrationLogger, 'warn'>): void {
  logger.warn(`${SEARCH_NEEDS_BUILD.reason} To try search, run: ${SEARCH_NEEDS_BUILD.command} (or npm start).`);
}
