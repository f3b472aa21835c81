/** The controlled vocabularies: well-formed, the frameworks recorded as published, and the look-ups contributors meet. */
import { describe, expect, it } from 'vitest';
import { VOCABULARIES } from '../../src/data/taxonomy/index.ts';
import { termIdsOf } from '../../src/lib/taxonomy/piece-terms.ts';
import { findTerm, requireTerm, suggestTerms, termLabel } from '../../src/lib/taxonomy/vocabularies.ts';
import { REFLECTIVE_MODELS } from '../../src/lib/scaffold/templates.ts';

describe.each(Object.values(VOCABULARIES))('the $id vocabulary', (vocabulary) => {
  it('has unique, well-formed ids, each with a label and a short definition', () => {
    const ids = vocabulary.terms.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const term of vocabulary.terms) {
      expect(term.id).toMatch(vocabulary.id === 'subcompetencies' ? /^[A-Z]{1,2}\d{1,2}$/ : /^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(term.label.trim().length).toBeGreaterThan(1);
      expect(term.definition.length, term.id).toBeGreaterThan(20);
      expect(term.definition.length, term.id).toBeLessThan(240);
    }
  });

  it('has no alias that is also another term id', () => {
    const ids = new Set(vocabulary.terms.map((t) => t.id));
    for (const alias of vocabulary.terms.flatMap((t) => t.aliases ?? [])) expect(ids.has(alias), alias).toBe(false);
  });
});

describe('the frameworks', () => {
  it('records IPEC 2023: four competencies and 33 sub-competency codes VE1-VE10, RR1-RR5, C1-C8, TT1-TT10', () => {
    expect(VOCABULARIES.competencies.terms.map((t) => [t.code, t.label])).toEqual([
      ['VE', 'Values and Ethics'],
      ['RR', 'Roles and Responsibilities'],
      ['C', 'Communication'],
      ['TT', 'Teams and Teamwork'],
    ]);
    const codes = VOCABULARIES.subcompetencies.terms.map((t) => t.id);
    expect(codes).toHaveLength(33);
    expect(codes.filter((c) => c.startsWith('VE'))).toHaveLength(10);
    expect(codes).toContain('RR5');
    expect(codes).not.toContain('RR6');
    expect(codes.at(-1)).toBe('TT10');
    for (const sub of VOCABULARIES.subcompetencies.terms) {
      expect(findTerm('competencies', sub.parent ?? '')?.code, sub.id).toBe(sub.id.replace(/\d+$/, ''));
    }
    expect(VOCABULARIES.competencies.framework?.short).toBe('IPEC 2023');
  });

  it('records the six CIHC 2024 domains by their published names', () => {
    expect(VOCABULARIES.domains.terms.map((t) => t.label)).toEqual([
      'Relationship-Focused Care/Services',
      'Team Communication',
      'Role Clarification and Negotiation',
      'Team Functioning',
      'Team Differences/Disagreements Processing',
      'Collaborative Leadership',
    ]);
  });

  it('offers the four reflective models, including every model `npm run new` scaffolds', () => {
    expect(VOCABULARIES.models.terms.map((t) => t.id)).toEqual(['gibbs', 'kolb', 'driscoll', 'schon']);
    for (const model of Object.keys(REFLECTIVE_MODELS)) expect(findTerm('models', model), model).toBeDefined();
  });
});

describe('the professions', () => {
  it('names the members of real interprofessional teams', () => {
    const team = [
      'podiatrist',
      'chaplain',
      'orthoptist',
      'dental-hygienist',
      'dental-therapist',
      'audiologist',
      'radiographer',
      'operating-department-practitioner',
      'physician-associate',
      'pharmacy-technician',
    ];
    for (const id of team) expect(findTerm('professions', id), id).toBeDefined();
  });

  it('has a student form beside each profession that trains students, defined as leading to that profession', () => {
    const studentOf: Record<string, string> = {
      physiotherapist: 'physiotherapy-student',
      'occupational-therapist': 'occupational-therapy-student',
      paramedic: 'paramedic-student',
      dietitian: 'dietetics-student',
      'speech-and-language-therapist': 'speech-and-language-therapy-student',
      'social-worker': 'social-work-student',
      radiographer: 'radiography-student',
      'operating-department-practitioner': 'operating-department-practice-student',
      podiatrist: 'podiatry-student',
      orthoptist: 'orthoptics-student',
      audiologist: 'audiology-student',
      'physician-associate': 'physician-associate-student',
      'pharmacy-technician': 'trainee-pharmacy-technician',
      'nursing-associate': 'trainee-nursing-associate',
      dentist: 'dental-student',
      'dental-hygienist': 'dental-hygiene-and-therapy-student',
      'dental-therapist': 'dental-hygiene-and-therapy-student',
    };
    for (const [profession, student] of Object.entries(studentOf)) {
      const label = findTerm('professions', profession)?.label.toLowerCase() ?? `no term ${profession}`;
      expect(findTerm('professions', student)?.definition.toLowerCase(), student).toContain(label);
    }
  });

  it('gives every term its own definition', () => {
    const definitions = VOCABULARIES.professions.terms.map((t) => t.definition);
    expect(new Set(definitions).size).toBe(definitions.length);
  });

  it('suggests the student form for the spellings writers reach for, not the generic student', () => {
    expect(suggestTerms('professions', 'student-physio')).toEqual(['physiotherapy-student']);
    expect(suggestTerms('professions', 'odp-student')).toEqual(['operating-department-practice-student']);
    expect(suggestTerms('professions', 'student-paramedic')).toEqual(['paramedic-student']);
    expect(suggestTerms('professions', 'physiotherapy-students')[0]).toBe('physiotherapy-student');
    expect(suggestTerms('professions', 'social-work-students')[0]).toBe('social-work-student');
  });
});

describe('term look-ups', () => {
  it('finds a term and its label', () => {
    expect(findTerm('professions', 'healthcare-assistant')?.label).toBe('Healthcare assistant');
    expect(termLabel('competencies', 'roles-responsibilities')).toBe('Roles and Responsibilities');
    expect(findTerm('professions', 'roles-responsibilities')).toBeUndefined();
  });

  it('refuses an unknown term loudly where a page needs it', () => {
    expect(() => requireTerm('topics', 'nursing')).toThrow(/"nursing" is not a term of the topics vocabulary/);
  });

  it('suggests the nearest terms for a misspelling, by id or label', () => {
    expect(suggestTerms('professions', 'nurses')).toEqual(['nurse']);
    expect(suggestTerms('professions', 'pharmasist')).toEqual(['pharmacist']);
    expect(suggestTerms('competencies', 'roles-and-responsibilities')).toEqual(['roles-responsibilities']);
    expect(suggestTerms('subcompetencies', 'rr4')).toEqual(['RR4']);
  });

  it('maps the abbreviations writers use to the right term', () => {
    expect(suggestTerms('professions', 'hca')).toEqual(['healthcare-assistant']);
    expect(suggestTerms('professions', 'OT')).toEqual(['occupational-therapist']);
    expect(suggestTerms('professions', 'student')).toEqual(['health-professions-student']);
  });

  it('suggests nothing when nothing is close', () => {
    expect(suggestTerms('models', 'johns')).toEqual([]);
  });

  it('reads a piece’s terms per vocabulary, single-valued fields included', () => {
    const data = { professions: ['nurse'], topics: ['medicines'], subcompetencies: ['RR4'], reflectiveModel: 'gibbs' };
    expect(termIdsOf(data, 'professions')).toEqual(['nurse']);
    expect(termIdsOf(data, 'models')).toEqual(['gibbs']);
    expect(termIdsOf(data, 'subcompetencies')).toEqual(['RR4']);
    expect(termIdsOf(data, 'settings')).toEqual([]);
  });
});
