import { describe, expect, it } from 'vitest';
import { nearest } from '../../src/lib/check/nearest.ts';

describe('suggestions', () => {
  it('offers the nearest keys for a typo', () => {
    expect(nearest('busari2017', ['busari_2017', 'davison_2022', 'garnweidner_holme_2022'])).toEqual(['busari_2017']);
  });
  it('offers nothing when nothing is close', () => {
    expect(nearest('smith_1999', ['busari_2017', 'davison_2022'])).toEqual([]);
  });
});
