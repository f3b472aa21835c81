/** Where the learning happened (front matter `settings`). */
import type { Vocabulary } from '../../lib/taxonomy/types.ts';

export const settings: Vocabulary = {
  id: 'settings',
  title: 'Settings',
  singular: 'setting',
  description: 'Where the learning in a piece took place.',
  browsable: true,
  terms: [
    {
      id: 'primary-care',
      label: 'Primary care',
      definition: 'General practice and other first-contact services in the community, such as a GP surgery.',
    },
    {
      id: 'acute-care',
      label: 'Acute hospital care',
      definition: 'Hospital wards, theatres and departments treating people who are acutely unwell.',
    },
    {
      id: 'emergency-care',
      label: 'Emergency and urgent care',
      definition: 'Emergency departments, urgent treatment centres and ambulance services.',
    },
    {
      id: 'community-care',
      label: 'Community care',
      definition: 'Care given in people’s homes and local clinics by community teams.',
    },
    {
      id: 'mental-health',
      label: 'Mental health services',
      definition: 'Inpatient and community services for people with mental health needs.',
    },
    {
      id: 'long-term-care',
      label: 'Long-term and residential care',
      definition: 'Care homes, hospices and other places where people live or stay for extended care.',
    },
    {
      id: 'rural-remote',
      label: 'Rural and remote',
      definition: 'Services far from large centres, where small teams cover wide roles.',
    },
    {
      id: 'simulation',
      label: 'Simulation',
      definition: 'Learning in a simulated clinical environment, with manikins, actors or virtual patients.',
    },
    {
      id: 'classroom',
      label: 'Classroom and campus',
      definition: 'Taught sessions, workshops and shared modules away from practice.',
    },
  ],
};
