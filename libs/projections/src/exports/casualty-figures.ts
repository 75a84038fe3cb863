import type { CasualtyClaim } from '../casualties/casualty-summary.js';

/**
 * Casualty figures for formats that want one number where Sitrep keeps every
 * claim. Claims are grouped by victim side and affiliation (different groups are
 * different people and add up; claims within a group compete and never add up).
 */

/**
 * ACLED's numbers for vague quantities, keyed by the range the extractor gives
 * each vague word: «عشرات» ("tens", 24–99) is coded as ACLED codes "tens" (10),
 * «مئات» as "hundreds" (100), «آلاف» as 1,000; «بضعة» (a few) and «عدة»/«عدد من»
 * (several) keep their stated lower bound (3 and 2).
 */
const ACLED_VAGUE: ReadonlyArray<{ min: number; max: number | null; value: number }> = [
  { min: 24, max: 99, value: 10 },
  { min: 200, max: 999, value: 100 },
  { min: 2000, max: 9999, value: 1000 },
];

/** The number ACLED would code for one claim: its lower bound, or the convention for a vague word. */
export function acledValueOf(claim: Pick<CasualtyClaim, 'min' | 'max' | 'vague'>): number | null {
  if (claim.min === null) return null;
  if (!claim.vague) return claim.min;
  return ACLED_VAGUE.find((v) => v.min === claim.min && v.max === claim.max)?.value ?? claim.min;
}

type Group = { side: string | null; affiliation: string; claims: CasualtyClaim[] };

function killedGroups(claims: readonly CasualtyClaim[]): Group[] {
  const groups = new Map<string, Group>();
  for (const c of claims) {
    if (c.category !== 'killed' || c.min === null) continue;
    const key = JSON.stringify([c.side, c.affiliation]);
    const g = groups.get(key) ?? { side: c.side, affiliation: c.affiliation, claims: [] };
    g.claims.push(c);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** The most conservative figure of one group: the lowest precise claim, else (all vague) the lowest vague value. */
function conservativeOf(group: readonly CasualtyClaim[]): number {
  const precise = group.filter((c) => !c.vague);
  const basis = precise.length > 0 ? precise : group;
  return Math.min(...basis.map((c) => acledValueOf(c)!));
}

/** ACLED `fatalities`: the conservative killed figure of each victim group, summed over groups; 0 with no figure. */
export function acledFatalities(claims: readonly CasualtyClaim[]): number {
  return killedGroups(claims).reduce((sum, g) => sum + conservativeOf(g.claims), 0);
}

export interface DeathEstimate {
  side: string | null;
  affiliation: string;
  low: number;
  best: number;
  high: number;
}

/**
 * UCDP-style estimates per victim group: `low` the lowest stated lower bound,
 * `high` the highest stated upper bound (a claim without one gives its lower
 * bound), `best` the median of the independent claimants' figures, each
 * claimant counted once with its own most conservative figure (the lower middle
 * one when their number is even, so two claimants give the lower of the two).
 */
export function deathEstimates(claims: readonly CasualtyClaim[]): DeathEstimate[] {
  return killedGroups(claims).map((g) => {
    const byClaimant = new Map<string, CasualtyClaim[]>();
    for (const c of g.claims) byClaimant.set(c.claimant, [...(byClaimant.get(c.claimant) ?? []), c]);
    const figures = [...byClaimant.values()].map(conservativeOf).sort((a, b) => a - b);
    const low = Math.min(...g.claims.map((c) => c.min!));
    const high = Math.max(...g.claims.map((c) => c.max ?? c.min!));
    const median = figures[Math.floor((figures.length - 1) / 2)]!;
    return { side: g.side, affiliation: g.affiliation, low, best: Math.min(Math.max(median, low), high), high };
  });
}
