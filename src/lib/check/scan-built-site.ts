/**
 * The second confidentiality gate: after the build, the same detectors over every built page's text
 * and metadata and over the RSS feed (src/lib/confidentiality/built-page.ts says what is read), so
 * nothing that slipped past the check of the sources (text a plugin or a layout put on the page, data
 * from a reference file) is published. Only errors count here: warnings (names, places, ages) were
 * reported on the sources, where a reviewer weighs them.
 *
 * Each problem names the content file the text came from: the file whose text contains it (found by
 * searching the content folder, with line and column), else the file the page's "Edit this page" link
 * names, and always the page it reached.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readBuiltPage, readFeed, ruleApplies, type PageText } from '../confidentiality/built-page.ts';
import {
  ERROR_DETECTORS,
  EXCEPTABLE_RULES,
  HIDDEN_TEXT_RULES,
  type Finding,
  findInNormalised,
  toFinding,
} from '../confidentiality/find-identifiers.ts';
import { SPOKEN_NUMBER_HINT } from '../confidentiality/detect-numbers.ts';
import { DEFAULT_KNOWN_NAMES } from '../confidentiality/known-names.ts';
import { normalise } from '../confidentiality/normalise.ts';
import { COLLECTION_FOLDERS, contentRoot } from '../content/paths.ts';
import { readSourceFile } from '../content/source-file.ts';
import { type Problem, problem } from './problem.ts';
import { bibliographyFileHref, SITE_BASE, writeWorksHref } from '../routes/hrefs.ts';
import { builtHtmlFiles } from './shard.ts';

export interface BuiltSiteScan {
  pages: number;
  problems: Problem[];
}

interface ContentText {
  file: string;
  text: string;
  from: Int32Array;
  lineStarts: number[];
}

/**
 * Scan a build's output folder: its HTML pages (all of them, or the share `pages`: publish-gate-scan.ts)
 * and, unless `feedsAndData` is false, its RSS feeds and DATA_FILES. `projectRoot` makes reported file
 * paths relative.
 */
export function findIdentifiersInBuild(
  outDir: string,
  projectRoot: string,
  pages: readonly string[] = builtHtmlFiles(outDir),
  { feedsAndData = true } = {},
): BuiltSiteScan {
  const accepted = acceptedExceptions(projectRoot);
  // The content folder is read only when something has to be traced back to it.
  let sources: ContentText[] | undefined;
  /**
   * A reviewed exception covers its own piece's text, not the same text written by another file: on a
   * page made from a piece that writes the text, that piece's exceptions decide; elsewhere, every file
   * that writes it must except it.
   */
  const isAccepted = (finding: Finding, editSource: string | undefined): boolean => {
    const excepting = accepted.get(`${finding.rule}\t${finding.text}`);
    if (!excepting) return false;
    sources ??= contentTexts(projectRoot);
    const writers = sources.filter((source) => source.text.includes(finding.text)).map((source) => source.file);
    if (editSource && writers.includes(editSource)) return excepting.has(editSource);
    return writers.length > 0 && writers.every((file) => excepting.has(file));
  };
  const problems: Problem[] = [];
  /** One entry per page, rule and text, with every place on the page it was read. */
  const reached = new Map<
    string,
    { finding: Finding; page: string; editSource: string | undefined; wheres: string[] }
  >();
  // Site chrome (navigation, footer, headings of lists) repeats on every page: read each distinct text once.
  const cache = new Map<string, Finding[]>();
  const errorsIn = (raw: string): Finding[] => {
    let found = cache.get(raw);
    if (found) return found;
    if (cache.size > 100_000) cache.clear();
    found = [];
    // Every error the detectors report has a digit in it (of any script, or a number form NFKC makes one),
    // is a number said aloud, or is an e-mail address ("@" of any width, " at ").
    if (/[\p{N}@\uFE6B\uFF20]|\bat\b/iu.test(raw) || SPOKEN_NUMBER_HINT.test(raw)) {
      const { text } = normalise(raw);
      for (const candidate of findInNormalised(text, { knownNames: DEFAULT_KNOWN_NAMES }, ERROR_DETECTORS)) {
        const finding = toFinding(candidate, text);
        if (finding.severity === 'error') found.push(finding);
      }
    }
    cache.set(raw, found);
    return found;
  };

  const check = (texts: readonly PageText[], page: string, editSource: string | undefined) => {
    for (const { text: raw, where, zone, hidden } of texts) {
      for (const finding of errorsIn(raw)) {
        if (!ruleApplies(finding.rule, zone) || (hidden && !HIDDEN_TEXT_RULES.has(finding.rule))) continue;
        if (isAccepted(finding, editSource)) continue;
        const key = `${page}\t${finding.rule}\t${finding.text}`;
        const known = reached.get(key);
        if (known) {
          if (!known.wheres.includes(where)) known.wheres.push(where);
          continue;
        }
        reached.set(key, { finding, page, editSource, wheres: [where] });
      }
    }
  };
  for (const file of pages) {
    const { texts, sourcePath } = readBuiltPage(readFileSync(path.join(outDir, file), 'utf8'));
    check(texts, sitePath(file), sourcePath);
  }
  for (const feed of (feedsAndData ? readdirSync(outDir) : []).filter(
    (name) => name.endsWith('.xml') && !name.startsWith('sitemap'),
  )) {
    const xml = readFileSync(path.join(outDir, feed), 'utf8');
    if (!/<rss[\s>]/.test(xml)) continue;
    for (const item of readFeed(xml)) check(item.texts, `/${feed} (item ${item.link})`, undefined);
  }
  for (const file of feedsAndData ? DATA_FILES : []) {
    const full = path.join(outDir, file);
    if (!existsSync(full)) continue;
    const texts = stringsIn(JSON.parse(readFileSync(full, 'utf8')) as unknown).map((text): PageText => ({
      where: 'a value',
      text,
      zone: 'reference',
    }));
    check(texts, `/${file}`, undefined);
  }
  for (const { finding, page, editSource, wheres } of reached.values()) {
    sources ??= contentTexts(projectRoot);
    const found = locateInContent(sources, finding.text);
    const at = found ?? { file: editSource ?? `${path.relative(projectRoot, outDir)}${page}`, line: 1, column: 1 };
    const whence = found || editSource ? '' : ' (no content file contains this text as written)';
    problems.push(
      problem(
        at.file,
        at.line,
        at.column,
        finding.rule,
        `${finding.message}, and it reached the built site: ${page} (${wheres.join(', ')})${whence}`,
        finding.fix,
      ),
    );
  }
  return { pages: pages.length, problems };
}

/**
 * The JSON files the site serves with content's text in them, read besides the pages: the writing
 * page's works (its citation picker shows their titles and authors) and the bibliography as CSL-JSON.
 * They hold reference data, so, as in a page's reference zones, only the rules no reviewer can except
 * apply. The .bib and .ris exports are made from the same records as references.json.
 */
const DATA_FILES = [writeWorksHref, bibliographyFileHref('json')].map((href) => href.slice(SITE_BASE.length));

/** Every string in a JSON value, in document order. */
const stringsIn = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : typeof value === 'object' && value !== null
      ? Object.values(value).flatMap(stringsIn)
      : [];

function sitePath(file: string): string {
  if (file === 'index.html') return '/';
  return `/${file.replace(/(?:^|\/)index\.html$/, '/')}`;
}

/** Every content file's text, normalised once, for finding where a flagged text was written. */
function contentTexts(projectRoot: string): ContentText[] {
  const root = contentRoot(projectRoot);
  const texts: ContentText[] = [];
  for (const { folder, extension } of Object.values(COLLECTION_FOLDERS)) {
    const dir = path.join(root, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith(extension))
      .sort()) {
      const full = path.join(dir, name);
      const raw = readFileSync(full, 'utf8');
      const { text, from } = normalise(raw);
      const lineStarts = [0];
      for (let i = 0; i < raw.length; i++) if (raw[i] === '\n') lineStarts.push(i + 1);
      texts.push({ file: path.relative(projectRoot, full).split(path.sep).join('/'), text, from, lineStarts });
    }
  }
  return texts;
}

function locateInContent(
  sources: readonly ContentText[],
  flagged: string,
): { file: string; line: number; column: number } | undefined {
  for (const source of sources) {
    const index = source.text.indexOf(flagged);
    if (index < 0) continue;
    const offset = source.from[index] ?? 0;
    let line = 0;
    while (line + 1 < source.lineStarts.length && (source.lineStarts[line + 1] ?? 0) <= offset) line++;
    return { file: source.file, line: line + 1, column: offset - (source.lineStarts[line] ?? 0) + 1 };
  }
  return undefined;
}

/** Reviewed exceptions from every piece ("rule<TAB>text" to the files that accept it): a finding accepted on review is accepted on the page too. */
function acceptedExceptions(projectRoot: string): Map<string, Set<string>> {
  const accepted = new Map<string, Set<string>>();
  const root = contentRoot(projectRoot);
  for (const folder of ['essays', 'posters']) {
    const dir = path.join(root, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx'))) {
      // Most pieces have none: only a file that names the field is parsed (one that spells it some other
      // way gets no exception here, so the gate errs towards reporting).
      if (!readFileSync(path.join(dir, name), 'utf8').includes('reviewed-exceptions')) continue;
      const { data } = readSourceFile(path.join(dir, name), name);
      const list = (data as { 'reviewed-exceptions'?: unknown } | undefined)?.['reviewed-exceptions'];
      if (!Array.isArray(list)) continue;
      for (const item of list as Array<{ rule?: unknown; text?: unknown }>) {
        if (typeof item?.rule !== 'string' || typeof item.text !== 'string') continue;
        if (!(EXCEPTABLE_RULES as readonly string[]).includes(item.rule)) continue;
        const key = `${item.rule}\t${normalise(item.text).text}`;
        const files = accepted.get(key) ?? new Set<string>();
        files.add(path.relative(projectRoot, path.join(dir, name)).split(path.sep).join('/'));
        accepted.set(key, files);
      }
    }
  }
  return accepted;
}
