import { describe, expect, it } from 'vitest';
import { acledFatalities, acledValueOf, deathEstimates } from './casualty-figures.js';
import { claimView } from '../testing/export-fixtures.js';

describe('acledFatalities (the conservative figure as ACLED codes it)', () => {
  it('takes the lowest precise claim of a victim group, never a sum of competing claims', () => {
    const claims = [claimView({ min: 50, max: 50 }), claimView({ claimant: 'AZ', claimantParty: 'AZ', min: 80, max: 80 })];
    expect(acledFatalities(claims)).toBe(50);
  });

  it('adds different victim groups (different people) and ignores the wounded', () => {
    const claims = [
      claimView({ min: 50, max: 50 }),
      claimView({ side: 'AZ', min: 7, max: 7 }),
      claimView({ affiliation: 'civilian', min: 2, max: 2 }),
      claimView({ category: 'wounded', min: 300, max: 300 }),
    ];
    expect(acledFatalities(claims)).toBe(59);
  });

  it('prefers a precise claim to a lower vague one, and codes vague words as ACLED does when nothing else is said', () => {
    expect(acledFatalities([claimView({ min: 24, max: 99, vague: true }), claimView({ min: 30, max: 30 })])).toBe(30);
    expect(acledFatalities([claimView({ min: 24, max: 99, vague: true })])).toBe(10);
    expect(acledFatalities([claimView({ min: 200, max: 999, vague: true })])).toBe(100);
    expect(acledValueOf({ min: 3, max: 9, vague: true })).toBe(3);
    expect(acledValueOf({ min: null, max: 5, vague: false })).toBeNull();
  });

  it('is 0 with no killed figure', () => {
    expect(acledFatalities([claimView({ min: null, max: null })])).toBe(0);
    expect(acledFatalities([])).toBe(0);
  });
});

describe('deathEstimates (UCDP low / best / high)', () => {
  it('gives the lowest and highest stated bounds and the median of the independent claimants', () => {
    const claims = [
      claimView({ claimant: 'AM', min: 49, max: 49 }),
      claimView({ claimant: 'AM', outlet: 'Reuters', min: 49, max: 49 }),
      claimView({ claimant: 'AZ', min: 80, max: 100 }),
      claimView({ claimant: 'outlet:TASS', min: 60, max: 60 }),
    ];
    expect(deathEstimates(claims)).toEqual([{ side: 'AM', affiliation: 'military', low: 49, best: 60, high: 100 }]);
  });

  it('takes the lower of two claimants as best (conservative), each claimant by its own lowest figure', () => {
    const claims = [
      claimView({ claimant: 'AM', min: 50, max: 50 }),
      claimView({ claimant: 'AM', min: 45, max: 45 }),
      claimView({ claimant: 'AZ', min: 80, max: 80 }),
    ];
    expect(deathEstimates(claims)[0]).toMatchObject({ low: 45, best: 45, high: 80 });
  });
});
