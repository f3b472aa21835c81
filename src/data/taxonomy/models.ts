/** Reflective models a writer may have used to structure a reflection (essay front matter `reflectiveModel`). */
import type { Vocabulary } from '../../lib/taxonomy/types.ts';

export const models: Vocabulary = {
  id: 'models',
  title: 'Reflective models',
  singular: 'reflective model',
  description: 'The model a writer used to structure their reflection, when they used one.',
  browsable: true,
  terms: [
    {
      id: 'gibbs',
      label: 'Gibbs’ reflective cycle',
      definition:
        'Six stages: describe what happened, your feelings, what went well or badly, why, what you conclude, and what you will do next time.',
    },
    {
      id: 'kolb',
      label: 'Kolb’s learning cycle',
      definition:
        'Learning as a loop: a concrete experience, reflecting on it, forming ideas from it, and trying those ideas out.',
    },
    {
      id: 'driscoll',
      label: 'Driscoll’s What? model',
      definition: 'Three questions: What? (what happened), So what? (what it means), Now what? (what you will do).',
    },
    {
      id: 'schon',
      label: 'Schön: reflection in and on action',
      definition:
        'Thinking on your feet while something happens (in action) and looking back on it afterwards (on action).',
    },
  ],
};
