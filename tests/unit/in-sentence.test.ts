import { describe, expect, it } from 'vitest';
import { nameInSentence, titleInSentence } from '../../src/lib/format/in-sentence.ts';

describe('titleInSentence', () => {
  it.each([
    ['IPEC competencies', 'IPEC competencies'],
    ['CIHC domains', 'CIHC domains'],
    ['Learner levels', 'learner levels'],
    ['Reflective models', 'reflective models'],
    ['Settings', 'settings'],
    ['AHPs and Nurses', 'AHPs and nurses'],
    ['IPEC sub-competencies', 'IPEC sub-competencies'],
  ])('%s reads "%s" inside a sentence', (title, expected) => {
    expect(titleInSentence(title)).toBe(expected);
  });
});

describe('nameInSentence', () => {
  it.each([
    ["The library's editors", "the library's editors"],
    ["The King's Fund", "The King's Fund"],
    ['Dr A. Educator', 'Dr A. Educator'],
    ['Theatre team educators', 'Theatre team educators'],
  ])('%s reads "%s" after "Compiled by"', (name, expected) => {
    expect(nameInSentence(name)).toBe(expected);
  });
});
