/** The learning matrix page's data: every published essay's learning records. */
import { buildLearningMatrix, type LearningMatrix, type LearningRecord } from '../learning/matrix.ts';
import { getVocabulary, termLabel } from '../taxonomy/vocabularies.ts';
import { essayHref, getEssays } from './collections.ts';

export async function getLearningMatrix(): Promise<LearningMatrix> {
  const records: LearningRecord[] = (await getEssays()).flatMap((essay) =>
    (essay.data.learning ?? []).map((r) => ({ ...r, essay: { href: essayHref(essay.id), title: essay.data.title } })),
  );
  return buildLearningMatrix(
    records,
    getVocabulary('professions').terms.map((t) => t.id),
  );
}

export const professionLabel = (id: string) => termLabel('professions', id);
