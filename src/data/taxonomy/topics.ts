/** What a piece is about (front matter `topics`). Add a term here when a new piece needs one. */
import type { Vocabulary } from '../../lib/taxonomy/types.ts';

export const topics: Vocabulary = {
  id: 'topics',
  title: 'Topics',
  singular: 'topic',
  description: 'The subjects a piece is about.',
  browsable: true,
  terms: [
    {
      id: 'communication',
      label: 'Communication',
      definition: 'How colleagues, patients and families share information and understanding.',
    },
    {
      id: 'communities-of-practice',
      label: 'Communities of practice',
      definition: 'Groups who meet regularly to learn together around a shared interest.',
    },
    {
      id: 'delegation',
      label: 'Delegation',
      definition:
        'Handing a task to a colleague who is trained and able to do it, and staying accountable for the decision.',
    },
    {
      id: 'feedback',
      label: 'Feedback',
      definition: 'Telling a learner or colleague how they did, so they can improve.',
    },
    {
      id: 'handover',
      label: 'Handover',
      definition:
        'Passing responsibility for a patient, and what is known about them, from one person or team to another.',
    },
    {
      id: 'hierarchy',
      label: 'Hierarchy',
      definition: 'Differences of status between roles, and how they help or hinder people speaking up.',
    },
    {
      id: 'medicines',
      label: 'Medicines',
      definition: 'Prescribing, supplying, giving and reviewing medicines safely.',
    },
    {
      id: 'mentoring',
      label: 'Mentoring',
      definition: 'A more experienced practitioner supporting a learner’s development over time.',
    },
    {
      id: 'patient-safety',
      label: 'Patient safety',
      definition: 'Preventing avoidable harm to people receiving care.',
    },
    {
      id: 'preceptorship',
      label: 'Preceptorship',
      definition:
        'A structured period in which an experienced practitioner supports a student or newly qualified colleague in practice.',
    },
    {
      id: 'role-understanding',
      label: 'Understanding other roles',
      definition: 'Learning what colleagues in other professions do, know and are responsible for.',
    },
    {
      id: 'simulation',
      label: 'Simulation-based learning',
      definition:
        'Practising care together in rehearsed scenarios, with manikins, actors or role play, before or alongside real practice.',
    },
    {
      id: 'teamwork',
      label: 'Teamwork',
      definition: 'People with different roles working together towards shared goals for patients.',
    },
    { id: 'venepuncture', label: 'Venepuncture', definition: 'Taking a blood sample from a vein with a needle.' },
    {
      id: 'ward-rounds',
      label: 'Ward rounds',
      definition: 'The regular review of each patient on a ward by the team caring for them.',
    },
  ],
};
