/**
 * The learning matrix: which professions learned from which, across the library's essays. Pure data
 * shaping (rows are learners, columns the professions they learned from) and the geometry of the
 * build-time SVG drawing, so both can be tested without a build.
 */

/** One learning interaction as an essay records it. */
export interface LearningRecord {
  learner: string;
  from: string;
  what: string;
  essay: { href: string; title: string };
}

export interface MatrixCell {
  learner: string;
  from: string;
  /** Anchor of the cell's list of essays on the matrix page. */
  anchor: string;
  /** The interactions in this cell, one per record (an essay may appear once per record). */
  records: LearningRecord[];
  /** Distinct essays in this cell. */
  essayCount: number;
}

export interface LearningMatrix {
  /** Profession ids that learned, in vocabulary order. */
  learners: string[];
  /** Profession ids learned from, in vocabulary order. */
  teachers: string[];
  /** Non-empty cells, row by row. */
  cells: MatrixCell[];
  cell(learner: string, from: string): MatrixCell | undefined;
}

export const pairAnchor = (learner: string, from: string) => `${learner}-from-${from}`;

/** Build the matrix; `order` is the professions vocabulary order, so rows and columns read consistently. */
export function buildLearningMatrix(records: readonly LearningRecord[], order: readonly string[]): LearningMatrix {
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i === -1 ? order.length : i;
  };
  const byRank = (a: string, b: string) => rank(a) - rank(b) || a.localeCompare(b);
  const cells = new Map<string, MatrixCell>();
  for (const record of records) {
    const key = pairAnchor(record.learner, record.from);
    const cell = cells.get(key) ?? {
      learner: record.learner,
      from: record.from,
      anchor: key,
      records: [],
      essayCount: 0,
    };
    cell.records.push(record);
    cell.essayCount = new Set(cell.records.map((r) => r.essay.href)).size;
    cells.set(key, cell);
  }
  const learners = [...new Set(records.map((r) => r.learner))].sort(byRank);
  const teachers = [...new Set(records.map((r) => r.from))].sort(byRank);
  const sorted = [...cells.values()].sort((a, b) => byRank(a.learner, b.learner) || byRank(a.from, b.from));
  return { learners, teachers, cells: sorted, cell: (learner, from) => cells.get(pairAnchor(learner, from)) };
}

/** Where everything goes in the SVG drawing. Units are SVG user units (px at 1:1). */
export interface MatrixDrawing {
  width: number;
  height: number;
  rows: Array<{ id: string; label: string; y: number }>;
  columns: Array<{ id: string; label: string; x: number }>;
  /** Top-left of the grid and the size of one cell. */
  grid: { x: number; y: number; size: number; width: number; height: number };
  dots: Array<{ cell: MatrixCell; cx: number; cy: number; r: number }>;
}

const CELL = 56;
const CHAR = 7.2; // average width of a 13px sans-serif character, for label room

export function drawLearningMatrix(matrix: LearningMatrix, label: (id: string) => string): MatrixDrawing {
  const rowLabels = matrix.learners.map(label);
  const columnLabels = matrix.teachers.map(label);
  const left = Math.ceil(Math.max(0, ...rowLabels.map((l) => l.length)) * CHAR) + 16;
  // Column labels are drawn at -45 degrees: they need about 0.71 of their length in height.
  const top = Math.ceil(Math.max(0, ...columnLabels.map((l) => l.length)) * CHAR * 0.71) + 24;
  const gridWidth = matrix.teachers.length * CELL;
  const gridHeight = matrix.learners.length * CELL;
  const most = Math.max(1, ...matrix.cells.map((c) => c.essayCount));
  const rightmost = Math.max(
    left + gridWidth + 8,
    ...columnLabels.map((l, i) => left + i * CELL + CELL / 2 + Math.ceil(l.length * CHAR * 0.71) + 8),
  );
  return {
    width: rightmost,
    height: top + gridHeight + 8,
    rows: matrix.learners.map((id, i) => ({ id, label: rowLabels[i] ?? id, y: top + i * CELL + CELL / 2 })),
    columns: matrix.teachers.map((id, i) => ({ id, label: columnLabels[i] ?? id, x: left + i * CELL + CELL / 2 })),
    grid: { x: left, y: top, size: CELL, width: gridWidth, height: gridHeight },
    dots: matrix.cells.map((cell) => ({
      cell,
      cx: left + matrix.teachers.indexOf(cell.from) * CELL + CELL / 2,
      cy: top + matrix.learners.indexOf(cell.learner) * CELL + CELL / 2,
      // Area grows with the number of essays; the smallest dot still fits its number.
      r: Math.round((10 + 14 * Math.sqrt(cell.essayCount / most)) * 10) / 10,
    })),
  };
}
