/** The learning matrix: records grouped into learner x teacher cells, and the SVG geometry. */
import { describe, expect, it } from 'vitest';
import { buildLearningMatrix, drawLearningMatrix, type LearningRecord } from '../../src/lib/learning/matrix.ts';

const essay = (n: number) => ({ href: `/essays/e${n}/`, title: `Essay ${n}` });
const records: LearningRecord[] = [
  { learner: 'nurse', from: 'pharmacist', what: 'checking doses', essay: essay(1) },
  { learner: 'medical-student', from: 'healthcare-assistant', what: 'venepuncture', essay: essay(2) },
  { learner: 'medical-student', from: 'healthcare-assistant', what: 'bedside manner', essay: essay(3) },
  { learner: 'medical-student', from: 'healthcare-assistant', what: 'labelling samples', essay: essay(3) },
  { learner: 'medical-student', from: 'nurse', what: 'handover', essay: essay(1) },
];
const order = ['doctor', 'medical-student', 'nurse', 'healthcare-assistant', 'pharmacist'];

describe('buildLearningMatrix', () => {
  const matrix = buildLearningMatrix(records, order);

  it('orders rows and columns by the vocabulary, listing only professions that appear', () => {
    expect(matrix.learners).toEqual(['medical-student', 'nurse']);
    expect(matrix.teachers).toEqual(['nurse', 'healthcare-assistant', 'pharmacist']);
  });

  it('groups records into cells and counts distinct essays', () => {
    const cell = matrix.cell('medical-student', 'healthcare-assistant');
    expect(cell?.records.map((r) => r.what)).toEqual(['venepuncture', 'bedside manner', 'labelling samples']);
    expect(cell?.essayCount).toBe(2);
    expect(cell?.anchor).toBe('medical-student-from-healthcare-assistant');
    expect(matrix.cell('nurse', 'healthcare-assistant')).toBeUndefined();
    expect(matrix.cells.map((c) => c.anchor)).toEqual([
      'medical-student-from-nurse',
      'medical-student-from-healthcare-assistant',
      'nurse-from-pharmacist',
    ]);
  });

  it('is empty when no essay records learning', () => {
    const empty = buildLearningMatrix([], order);
    expect([empty.learners, empty.teachers, empty.cells]).toEqual([[], [], []]);
  });
});

describe('drawLearningMatrix', () => {
  const matrix = buildLearningMatrix(records, order);
  const drawing = drawLearningMatrix(matrix, (id) => id.replaceAll('-', ' '));

  it('puts each dot in its row and column', () => {
    for (const { cell, cx, cy } of drawing.dots) {
      expect(cy).toBe(drawing.rows.find((r) => r.id === cell.learner)?.y);
      expect(cx).toBe(drawing.columns.find((c) => c.id === cell.from)?.x);
    }
  });

  it('makes the dot with more essays bigger', () => {
    const radius = (learner: string, from: string) =>
      drawing.dots.find((d) => d.cell.learner === learner && d.cell.from === from)?.r ?? 0;
    expect(radius('medical-student', 'healthcare-assistant')).toBeGreaterThan(radius('nurse', 'pharmacist'));
  });

  it('leaves room for every label inside the picture', () => {
    for (const dot of drawing.dots) {
      expect(dot.cx + dot.r).toBeLessThanOrEqual(drawing.width);
      expect(dot.cy + dot.r).toBeLessThanOrEqual(drawing.height);
    }
    expect(drawing.grid.x).toBeGreaterThan('healthcare assistant'.length * 6);
    const last = drawing.columns.at(-1);
    expect((last?.x ?? 0) + 'pharmacist'.length * 5).toBeLessThan(drawing.width);
  });
});
