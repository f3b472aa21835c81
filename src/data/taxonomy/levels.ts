/** The learner levels a piece suits or describes (front matter `levels`). */
import type { Vocabulary } from '../../lib/taxonomy/types.ts';

export const levels: Vocabulary = {
  id: 'levels',
  title: 'Learner levels',
  singular: 'learner level',
  description: 'The stage of training of the learners a piece describes.',
  browsable: true,
  terms: [
    {
      id: 'pre-registration',
      label: 'Pre-registration',
      definition:
        'Students of any profession before they qualify, including undergraduate and graduate-entry programmes.',
    },
    {
      id: 'postgraduate',
      label: 'Postgraduate and early career',
      definition:
        'Newly qualified staff and trainees in their first years of practice, such as foundation doctors and preceptee nurses.',
    },
    {
      id: 'continuing-development',
      label: 'Continuing professional development',
      definition: 'Experienced practitioners keeping up and extending their practice.',
    },
  ],
};
