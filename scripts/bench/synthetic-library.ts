/**
 * A synthetic library for the benchmark: N essays of realistic length (about 1,160 words, 2-4
 * headings, 0-6 citations), N/5 posters and 2N references, all valid content. Deterministic (seeded),
 * so runs are comparable. No real person or patient appears: names and words are generated.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Small seeded PRNG (mulberry32), so the same N always gives the same library. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = `learning team patient nurse pharmacist student placement ward clinic practice role roles skills
feedback reflection communication handover medicine prescription dose assessment history observation
supervision mentor preceptor colleague profession interprofessional collaboration trust confidence
safety error discharge admission referral community primary care hospital therapy physiotherapy
occupational speech language dietitian paramedic midwife social worker assistant healthcare doctor
consultant registrar foundation trainee understanding perspective expertise knowledge experience
teaching session simulation debrief question answer listen explain plan goal outcome evidence study
research data audit quality improvement change culture hierarchy respect voice concern escalation
delegation workload time pressure shift night weekend rota meeting huddle round bedside family carer
consent dignity privacy comfort pain anxiety reassurance blood sample test result report chart record
venepuncture cannula injection wound dressing mobility falls nutrition swallow hydration infection
noticed realised learned wondered felt struggled managed improved changed asked showed helped watched
because although however therefore while when after before during since until often sometimes rarely
the a of to and in that it with as for on was by this we they be at from have an not or which`.split(/\s+/);

const PROFESSIONS = [
  'medical-student',
  'healthcare-assistant',
  'nurse',
  'pharmacist',
  'physiotherapist',
  'paramedic',
  'midwife',
];
const TOPICS = [
  'teamwork',
  'communication',
  'role-understanding',
  'patient-safety',
  'feedback',
  'simulation',
  'handover',
];

export interface LibraryCounts {
  essays: number;
  posters: number;
  references: number;
}

export function writeSyntheticLibrary(contentDir: string, essays: number): LibraryCounts {
  const rand = random(essays);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const sentence = (min: number, max: number) => {
    const length = min + Math.floor(rand() * (max - min));
    const words = Array.from({ length }, () => pick(WORDS));
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: 4 + Math.floor(rand() * 4) }, () => sentence(10, 24)).join(' ');
  const some = <T>(list: readonly T[], count: number) => [...new Set(Array.from({ length: count }, () => pick(list)))];

  const references = essays * 2;
  const posters = Math.max(1, Math.floor(essays / 5));
  for (const folder of ['essays', 'posters', 'references'])
    mkdirSync(path.join(contentDir, folder), { recursive: true });

  for (let r = 0; r < references; r++) {
    const year = 1990 + (r % 35);
    writeFileSync(
      path.join(contentDir, 'references', `ref_${r}.yaml`),
      `type: article-journal
title: "${sentence(6, 14).slice(0, -1)}"
author:
  - family: Author${r}
    given: Sam
  - family: Writer${r % 97}
    given: Alex
container-title: Journal of Synthetic Studies
container-title-short: J Synth Stud
issued:
  date-parts: [[${year}, ${1 + (r % 12)}]]
volume: ${1 + (r % 40)}
page: ${100 + r}-${110 + r}
DOI: 10.5555/synthetic.${r}
`,
    );
  }

  for (let e = 0; e < essays; e++) {
    // Two references per essay, plus up to 4 more at random. Not every one is cited: a paragraph that draws
    // no citation still moves on to the next key, so about a third of the references are cited by no piece.
    // Left as it is, so that every sitting in docs/benchmarks.md measured the same library.
    const extra = Math.floor(rand() * 5);
    const keys = [
      `ref_${2 * e}`,
      `ref_${2 * e + 1}`,
      ...Array.from({ length: extra }, () => `ref_${Math.floor(rand() * references)}`),
    ].slice(0, Math.floor(rand() * 7) || 2);
    const headings = 2 + Math.floor(rand() * 3);
    const body: string[] = [];
    let cite = 0;
    for (let h = 0; h < headings; h++) {
      body.push(`## ${sentence(2, 5).slice(0, -1)}`);
      const paragraphs = Math.ceil(12 / headings);
      for (let p = 0; p < paragraphs; p++) {
        const key = keys[cite];
        body.push(key && rand() < 0.6 ? `${paragraph()}[@${key}]` : paragraph());
        if (key) cite++;
      }
    }
    for (; cite < keys.length; cite++) body.push(`${paragraph()}[@${keys[cite]}]`);
    const day = 1 + (e % 28);
    writeFileSync(
      path.join(contentDir, 'essays', `essay-${e}.mdx`),
      `---
title: "${sentence(4, 10).slice(0, -1)}"
summary: "${sentence(12, 22)}"
author:
  name: Anonymous
  role: Student
  stage: student
published: ${2020 + (e % 6)}-${String(1 + (e % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}
professions: [${some(PROFESSIONS, 2).join(', ')}]
topics: [${some(TOPICS, 3).join(', ')}]
anonymised: true
consent: { status: not-needed, note: Synthetic text; no one exists to be identified. }
---

${body.join('\n\n')}
`,
    );
  }

  for (let p = 0; p < posters; p++) {
    writeFileSync(
      path.join(contentDir, 'posters', `poster-${p}.mdx`),
      `---
title: "${sentence(5, 12).slice(0, -1)}"
summary: "${sentence(12, 22)}"
project: Synthetic project ${p}
region: Region ${p % 9}
country: Country ${p % 4}
sites: ${1 + (p % 8)}
published: 2024-0${1 + (p % 9)}-1${p % 9}
objective:
  lead: "${sentence(5, 10)}"
  items:
    - "${sentence(10, 20)}"
    - "${sentence(10, 20)}"
approach:
  - "${sentence(10, 20)}"
  - "${sentence(10, 20)}"
  - "${sentence(10, 20)}"
results: "${paragraph()}"
conclusion: "${paragraph()}"
quotes:
  - text: "${sentence(15, 30)}"
    speaker: Nurse
professions: [${some(PROFESSIONS, 2).join(', ')}]
topics: [${some(TOPICS, 2).join(', ')}]
anonymised: true
consent: { status: not-needed, note: Synthetic text; no one exists to be identified. }
---
`,
    );
  }
  return { essays, posters, references };
}
