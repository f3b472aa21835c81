/**
 * The six domains of the CIHC Competency Framework for Advancing Collaboration (Canadian
 * Interprofessional Health Collaborative, 2024). Domain names are CIHC's; definitions are the library's.
 */
import type { Vocabulary } from '../../lib/taxonomy/types.ts';

export const domains: Vocabulary = {
  id: 'domains',
  title: 'CIHC domains',
  singular: 'CIHC domain',
  description: 'The six domains of the Canadian CIHC 2024 framework that a piece speaks to.',
  framework: {
    name: 'CIHC Competency Framework for Advancing Collaboration',
    short: 'CIHC 2024',
    version: '2024',
    url: 'https://cihc-cpis.com/',
  },
  browsable: true,
  terms: [
    {
      id: 'relationship-focused-care',
      label: 'Relationship-Focused Care/Services',
      definition:
        'Care built on partnership with patients, families and communities, whose knowledge and choices shape what the team does.',
    },
    {
      id: 'team-communication',
      label: 'Team Communication',
      definition: 'How team members share information, listen and check understanding with each other.',
    },
    {
      id: 'role-clarification-negotiation',
      label: 'Role Clarification and Negotiation',
      definition:
        'Understanding your own and others’ roles and agreeing who does what, especially where roles overlap.',
    },
    {
      id: 'team-functioning',
      label: 'Team Functioning',
      definition: 'How a team organises itself, reviews its work and keeps relationships healthy.',
    },
    {
      id: 'team-differences-disagreements',
      label: 'Team Differences/Disagreements Processing',
      definition: 'Working through differences of view or conflict in a team constructively.',
    },
    {
      id: 'collaborative-leadership',
      label: 'Collaborative Leadership',
      definition: 'Leadership shared across the team, taken up by whoever the situation needs.',
    },
  ],
};
