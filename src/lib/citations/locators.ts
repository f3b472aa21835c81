/**
 * Locators in Pandoc citations (`[@key, p. 5]`, `[@key, chap. 3]`): the label words Pandoc accepts,
 * mapped to CSL locator terms. A bare number or range is a page.
 */
const LABELS: Record<string, readonly string[]> = {
  book: ['book', 'books', 'bk.', 'bks.'],
  chapter: ['chapter', 'chapters', 'chap.', 'chaps.', 'ch.'],
  column: ['column', 'columns', 'col.', 'cols.'],
  figure: ['figure', 'figures', 'fig.', 'figs.'],
  folio: ['folio', 'folios', 'fol.', 'fols.'],
  line: ['line', 'lines', 'l.', 'll.'],
  note: ['note', 'notes', 'n.', 'nn.'],
  number: ['number', 'numbers', 'no.', 'nos.'],
  opus: ['opus', 'opera', 'op.', 'opp.'],
  page: ['page', 'pages', 'p.', 'pp.'],
  paragraph: ['paragraph', 'paragraphs', 'para.', 'paras.', '¶', '¶¶'],
  part: ['part', 'parts', 'pt.', 'pts.'],
  section: ['section', 'sections', 'sec.', 'secs.', '§', '§§'],
  'sub verbo': ['sub verbo', 'sub verbis', 's.v.', 's.vv.'],
  verse: ['verse', 'verses', 'v.', 'vv.'],
  volume: ['volume', 'volumes', 'vol.', 'vols.'],
};

const WORDS = Object.entries(LABELS)
  .flatMap(([label, words]) => words.map((word) => ({ label, word })))
  .sort((a, b) => b.word.length - a.word.length);

/** The commonest label words, for messages. */
export const LOCATOR_WORDS = ['p.', 'pp.', 'chap.', 'sec.', 'para.', 'fig.'];

export interface Locator {
  /** CSL locator term, e.g. "page". */
  label: string;
  /** What is located, e.g. "230" or "5-7". */
  value: string;
}

/** Read a locator ("p. 5", "pp. 5-7", "chap. 3", "12"); undefined when its label is not one Pandoc knows. */
export function parseLocator(text: string): Locator | undefined {
  const trimmed = text.trim();
  if (/^[A-Za-z]?\d+(\s*[-–]\s*[A-Za-z]?\d+)?$/.test(trimmed))
    return { label: 'page', value: trimmed.replace(/\s*[-–]\s*/, '-') };
  const lower = trimmed.toLowerCase();
  for (const { label, word } of WORDS) {
    if (!lower.startsWith(word)) continue;
    const value = trimmed.slice(word.length).trim();
    // "page5" is not "page 5", but "p.5" is.
    if (!value || (!word.endsWith('.') && !/^[§¶]/.test(word) && !/\s/.test(trimmed.charAt(word.length)))) continue;
    return { label, value: value.replace(/\s*[-–]\s*/, '-') };
  }
  return undefined;
}
