import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { casualtyRanges, claimantKey, summarizeCasualties, type CasualtyClaim } from './casualty-summary.js';

const claim = (over: Partial<CasualtyClaim> = {}): CasualtyClaim => ({
  claimant: 'AM',
  outlet: 'Reuters',
  reportId: 'r1',
  side: 'AM',
  affiliation: 'military',
  category: 'killed',
  min: 50,
  max: 50,
  approximate: true,
  vague: false,
  ...over,
});

describe('summarizeCasualties', () => {
  it('keeps the Armenian claim of about 50 soldiers killed and 3 civilians wounded apart', () => {
    const s = summarizeCasualties([claim(), claim({ affiliation: 'civilian', category: 'wounded', min: 3, max: 3, approximate: false })]);
    expect(s).toHaveLength(2);
    expect(s[0]).toMatchObject({
      side: 'AM',
      category: 'killed',
      affiliation: 'military',
      low: { value: 50 },
      high: { value: 50 },
      conservative: { value: 50, claimantCount: 1 },
    });
    expect(s[1]).toMatchObject({ side: 'AM', category: 'wounded', affiliation: 'civilian', conservative: { value: 3 } });
  });

  it('keeps running tolls out of the incident’s own bounds and lists them apart with their period', () => {
    const s = summarizeCasualties([
      claim({ claimant: 'AM', min: 3, max: 3 }),
      claim({ claimant: 'AM', reportId: 'r2', min: 50, max: 50, cumulative: true, period: { from: null, to: '2022-09-14' } }),
      claim({ claimant: 'AZ', reportId: 'r3', min: 80, max: null, cumulative: true, period: { from: '2022-09-13', to: '2022-09-15' } }),
    ]);
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ low: { value: 3 }, high: { value: 3 }, conservative: { value: 3 }, claimCount: 3 });
    expect(s[0]!.figures.map((f) => f.min)).toEqual([3]);
    expect(s[0]!.runningTolls).toEqual([
      expect.objectContaining({ claimant: 'AZ', min: 80, max: null, period: { from: '2022-09-13', to: '2022-09-15' } }),
      expect.objectContaining({ claimant: 'AM', min: 50, max: 50, period: { from: null, to: '2022-09-14' } }),
    ]);
  });

  it('a side with only a running toll has no incident figure', () => {
    const [only] = summarizeCasualties([claim({ cumulative: true, period: { from: null, to: '2022-09-14' } })]);
    expect(only).toMatchObject({ low: null, high: null, conservative: null, figures: [], unquantifiedClaimants: [] });
    expect(only!.runningTolls).toHaveLength(1);
  });

  it('counts the same figure repeated by several outlets from one claimant once', () => {
    const s = summarizeCasualties([
      claim({ outlet: 'Reuters' }),
      claim({ outlet: 'TASS', reportId: 'r2' }),
      claim({ outlet: 'Al-Watan', reportId: 'r3' }),
    ]);
    expect(s[0]!.figures).toEqual([
      { min: 50, max: 50, approximate: true, vague: false, claimants: ['AM'], claimantCount: 1, outlets: ['Al-Watan', 'Reuters', 'TASS'] },
    ]);
    expect(s[0]!.conservative).toEqual({ value: 50, claimants: ['AM'], claimantCount: 1 });
  });

  it('never sums figures from different claimants', () => {
    const s = summarizeCasualties([claim({ claimant: 'AM', min: 49, max: 49 }), claim({ claimant: 'AZ', min: 105, max: 105 })]);
    expect(s).toHaveLength(1);
    expect(s[0]!.low!.value).toBe(49);
    expect(s[0]!.high!.value).toBe(105);
    expect(s[0]!.figures.map((f) => f.min)).toEqual([49, 105]);
  });

  it('counts independent claimants behind the same figure', () => {
    const s = summarizeCasualties([claim({ claimant: 'AM' }), claim({ claimant: 'RU' }), claim({ claimant: 'AM', outlet: 'TASS' })]);
    expect(s[0]!.conservative).toEqual({ value: 50, claimants: ['AM', 'RU'], claimantCount: 2 });
  });

  it('prefers precise figures over vague ones for the conservative figure', () => {
    const s = summarizeCasualties([
      claim({ claimant: 'X', min: 24, max: 99, vague: true, approximate: false }),
      claim({ claimant: 'AM', min: 50, max: 50 }),
    ]);
    expect(s[0]!.low!.value).toBe(24);
    expect(s[0]!.high!.value).toBe(99);
    expect(s[0]!.conservative!.value).toBe(50);
  });

  it('falls back to the lowest vague lower bound, and lists unquantified claims without a figure', () => {
    const s = summarizeCasualties([
      claim({ claimant: 'X', min: 24, max: 99, vague: true }),
      claim({ claimant: 'Y', min: null, max: null, vague: true }),
    ]);
    expect(s[0]!.conservative).toEqual({ value: 24, claimants: ['X'], claimantCount: 1 });
    expect(s[0]!.unquantifiedClaimants).toEqual(['Y']);
    const only = summarizeCasualties([claim({ claimant: 'Y', min: null, max: null, vague: true })]);
    expect(only[0]).toMatchObject({ low: null, high: null, conservative: null, figures: [] });
  });

  it('uses the lower bound as the upper when a claim has none ("a number of")', () => {
    const s = summarizeCasualties([claim({ min: 2, max: null, vague: true })]);
    expect(s[0]!.high!.value).toBe(2);
  });

  it('low <= conservative <= high, and the result does not depend on order (property)', () => {
    const arb = fc.array(
      fc
        .record({
          claimant: fc.constantFrom('AM', 'AZ', 'RU', 'outlet:TASS'),
          outlet: fc.constantFrom('TASS', 'Reuters', null),
          reportId: fc.constantFrom('r1', 'r2'),
          side: fc.constantFrom('AM', 'AZ', null),
          affiliation: fc.constantFrom('military' as const, 'civilian' as const),
          category: fc.constantFrom('killed' as const, 'wounded' as const),
          min: fc.option(fc.integer({ min: 0, max: 200 })),
          span: fc.option(fc.integer({ min: 0, max: 50 })),
          approximate: fc.boolean(),
          vague: fc.boolean(),
        })
        .map(({ span, ...c }) => ({ ...c, max: c.min === null || span === null ? null : c.min + span })),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(arb, (claims) => {
        const s = summarizeCasualties(claims);
        for (const g of s) {
          if (g.conservative) {
            expect(g.low!.value).toBeLessThanOrEqual(g.conservative.value);
            expect(g.conservative.value).toBeLessThanOrEqual(g.high!.value);
          }
          for (const f of g.figures) expect(f.claimantCount).toBe(new Set(f.claimants).size);
        }
        expect(summarizeCasualties([...claims].reverse())).toEqual(s);
      }),
    );
  });
});

describe('casualtyRanges', () => {
  it('is what a list row keeps of summarizeCasualties: low, high and the claimants behind its figures, in its order', () => {
    const arb = fc.array(
      fc
        .record({
          claimant: fc.constantFrom('AM', 'AZ', 'RU', 'outlet:TASS'),
          outlet: fc.constantFrom('TASS', null),
          reportId: fc.constantFrom('r1', 'r2'),
          side: fc.constantFrom('AM', 'AZ', 'null', null),
          affiliation: fc.constantFrom('military' as const, 'civilian' as const, 'unknown' as const),
          category: fc.constantFrom('killed' as const, 'wounded' as const, 'missing' as const),
          min: fc.option(fc.integer({ min: 0, max: 200 })),
          span: fc.option(fc.integer({ min: 0, max: 50 })),
          approximate: fc.boolean(),
          vague: fc.boolean(),
          cumulative: fc.option(fc.boolean(), { nil: undefined }),
        })
        .map(({ span, ...c }) => ({ ...c, max: c.min === null || span === null ? null : c.min + span })),
      { maxLength: 14 },
    );
    fc.assert(
      fc.property(arb, (claims) => {
        const fromSummary = summarizeCasualties(claims).map((s) => ({
          side: s.side,
          affiliation: s.affiliation,
          category: s.category,
          low: s.low?.value ?? null,
          high: s.high?.value ?? null,
          claimantCount: new Set(s.figures.flatMap((f) => f.claimants)).size,
        }));
        expect(casualtyRanges(claims)).toStrictEqual(fromSummary);
      }),
    );
  });

  it('gives a group of running tolls only no range', () => {
    expect(casualtyRanges([claim({ cumulative: true }), claim({ min: 3, max: 7, claimant: 'AZ', category: 'wounded' })])).toStrictEqual([
      { side: 'AM', affiliation: 'military', category: 'killed', low: null, high: null, claimantCount: 0 },
      { side: 'AM', affiliation: 'military', category: 'wounded', low: 3, high: 7, claimantCount: 1 },
    ]);
  });
});

describe('claimantKey', () => {
  it('uses the party, then the name, then the outlet', () => {
    expect(claimantKey({ party: 'AM', name: 'MoD' }, 'TASS')).toBe('AM');
    expect(claimantKey({ party: null, name: 'Reuters witness' }, 'TASS')).toBe('Reuters witness');
    expect(claimantKey({ party: null, name: null }, 'TASS')).toBe('outlet:TASS');
  });
});
