/**
 * IPEC Core Competencies for Interprofessional Collaborative Practice, version 3 (2023): the four
 * competencies and the codes of their 33 sub-competencies. The competency names are IPEC's; the
 * definitions and the short glosses are the library's own words, not IPEC's wording (read the
 * framework for that).
 */
import type { Framework, Term, Vocabulary } from '../../lib/taxonomy/types.ts';

export const IPEC_2023: Framework = {
  name: 'IPEC Core Competencies for Interprofessional Collaborative Practice',
  short: 'IPEC 2023',
  version: '3 (2023)',
  url: 'https://www.ipecollaborative.org/ipec-core-competencies',
};

export const competencies: Vocabulary = {
  id: 'competencies',
  title: 'IPEC competencies',
  singular: 'IPEC competency',
  description: 'The four competencies of the IPEC 2023 framework that a piece shows being learned or practised.',
  framework: IPEC_2023,
  browsable: true,
  terms: [
    {
      id: 'values-ethics',
      code: 'VE',
      label: 'Values and Ethics',
      definition:
        'Working with other professions on a footing of shared values and mutual respect, keeping the person receiving care at the centre.',
    },
    {
      id: 'roles-responsibilities',
      code: 'RR',
      label: 'Roles and Responsibilities',
      definition:
        'Knowing what your own role covers and what colleagues in other roles can do, and using both to meet people’s needs.',
    },
    {
      id: 'communication',
      code: 'C',
      label: 'Communication',
      definition:
        'Talking and listening with colleagues, patients and families in ways that are clear, respectful and support working as a team.',
    },
    {
      id: 'teams-teamwork',
      code: 'TT',
      label: 'Teams and Teamwork',
      definition:
        'Building working relationships and applying what is known about how teams function, so care is planned and delivered together.',
    },
  ],
};

/** Short glosses of a few sub-competencies, in the library's words; the rest show their code only. */
const GLOSSES: Record<string, string> = {
  VE1: 'putting the interests of people and populations first',
  VE3: 'respecting dignity, privacy and autonomy',
  VE4: 'valuing diversity and difference',
  VE5: 'valuing other professionals’ expertise',
  VE6: 'honesty, integrity and equity',
  VE7: 'trust, empathy and compassion',
  VE8: 'high ethical standards in team care',
  VE9: 'keeping up competence in one’s own profession',
  VE10: 'a just and civil team culture',
  RR1: 'drawing on the full range of team members’ skills',
  RR2: 'working with others inside and outside health services',
  RR3: 'combining complementary expertise',
  RR4: 'telling apart each member’s role and scope of practice',
  RR5: 'cultural humility in teamwork',
};

const subTerms = (parent: string, code: string, count: number): Term[] =>
  Array.from({ length: count }, (_, i) => {
    const id = `${code}${i + 1}`;
    const gloss = GLOSSES[id];
    return {
      id,
      parent,
      label: gloss ? `${id}: ${gloss}` : id,
      definition: `Sub-competency ${id} of the IPEC 2023 framework${gloss ? ` (in short: ${gloss})` : ''}; the framework gives its full wording.`,
    };
  });

export const subcompetencies: Vocabulary = {
  id: 'subcompetencies',
  title: 'IPEC sub-competencies',
  singular: 'IPEC sub-competency',
  description: 'The codes of the 33 sub-competencies in the IPEC 2023 framework (VE1-VE10, RR1-RR5, C1-C8, TT1-TT10).',
  framework: IPEC_2023,
  browsable: false,
  terms: [
    ...subTerms('values-ethics', 'VE', 10),
    ...subTerms('roles-responsibilities', 'RR', 5),
    ...subTerms('communication', 'C', 8),
    ...subTerms('teams-teamwork', 'TT', 10),
  ],
};
