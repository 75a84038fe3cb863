/**
 * Competing casualty figures, summarised without ever adding up what different
 * claimants say.
 *
 * Claims are grouped per victim side, affiliation and category (AM / military /
 * killed). Within a group:
 * - a *figure* is one distinct (min, max) pair; the claimants behind it are counted
 *   once each, however many outlets repeated them;
 * - `low` is the lowest stated lower bound, `high` the highest stated upper bound
 *   (a claim without an upper bound contributes its lower bound);
 * - `conservative` follows ACLED's practice of coding the most conservative
 *   credible figure: the lowest lower bound among precise claims (a number, or an
 *   "about N"); only when every claim is vague ("dozens", "a number of") does the
 *   lowest stated lower bound of a vague claim stand in. Unquantified claims
 *   (no number at all) are listed but never produce a figure.
 * - running tolls («حتى الآن», «منذ بدء الحرب»: claims marked `cumulative`) count a
 *   whole war or campaign, not this incident: they never set `low`, `high`,
 *   `conservative` or `figures`, and are listed apart in `runningTolls` with the
 *   period they cover.
 */
import type { Affiliation, CasualtyCategory } from '@sitrep/extraction';

export interface CasualtyClaim {
  /** Who makes the claim: their party code, else their name, else the outlet. */
  claimant: string;
  outlet: string | null;
  reportId: string;
  side: string | null;
  affiliation: Affiliation;
  category: CasualtyCategory;
  min: number | null;
  max: number | null;
  approximate: boolean;
  vague: boolean;
  /** A running toll over `period` (extractor 0.5.0), not the incident's own figure. */
  cumulative?: boolean;
  period?: { from: string | null; to: string | null } | null;
}

/** One running toll claimed over a period, beside the incident's own figures. */
export interface RunningToll {
  claimant: string;
  outlet: string | null;
  min: number | null;
  max: number | null;
  approximate: boolean;
  vague: boolean;
  period: { from: string | null; to: string | null } | null;
}

export interface FigureSupport {
  min: number;
  max: number | null;
  approximate: boolean;
  vague: boolean;
  /** Distinct claimants behind this figure, sorted. */
  claimants: string[];
  claimantCount: number;
  outlets: string[];
}

export interface Bound {
  value: number;
  claimants: string[];
  claimantCount: number;
}

export interface CasualtySummary {
  side: string | null;
  affiliation: Affiliation;
  category: CasualtyCategory;
  low: Bound | null;
  high: Bound | null;
  conservative: Bound | null;
  figures: FigureSupport[];
  /** Claims with no number at all ("casualties on both sides"). */
  unquantifiedClaimants: string[];
  /** Running tolls of this side and category, kept out of the bounds above; latest period end first. */
  runningTolls: RunningToll[];
  claimCount: number;
}

const CATEGORY_ORDER: Record<CasualtyCategory, number> = { killed: 0, wounded: 1, captured: 2, missing: 3 };
const sorted = (s: Iterable<string>) => [...new Set(s)].sort();

function boundOf(value: number, claims: readonly CasualtyClaim[], pick: (c: CasualtyClaim) => number | null): Bound {
  const claimants = sorted(claims.filter((c) => pick(c) === value).map((c) => c.claimant));
  return { value, claimants, claimantCount: claimants.length };
}

/** Claims per victim side, affiliation and category, in the order they first appear. */
function groupsOf(claims: readonly CasualtyClaim[]): CasualtyClaim[][] {
  const groups = new Map<string, CasualtyClaim[]>();
  for (const c of claims) {
    const key = JSON.stringify([c.side, c.affiliation, c.category]);
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  }
  return [...groups.values()];
}

/** The claims of a group that give the incident's own figure: a number, not a running toll. */
const quantifiedOf = (group: readonly CasualtyClaim[]) => group.filter((c) => !c.cumulative && c.min !== null);
/** A claim's upper bound: without one, its lower bound. */
const highOf = (c: CasualtyClaim) => c.max ?? c.min;

export function summarizeCasualties(claims: readonly CasualtyClaim[]): CasualtySummary[] {
  const out: CasualtySummary[] = [];
  for (const claimsOfGroup of groupsOf(claims)) {
    const { side, affiliation, category } = claimsOfGroup[0]!;
    const group = claimsOfGroup.filter((c) => !c.cumulative);
    const quantified = quantifiedOf(claimsOfGroup);
    const figures = new Map<string, CasualtyClaim[]>();
    for (const c of quantified) {
      const key = `${c.min}:${c.max}`;
      const f = figures.get(key);
      if (f) f.push(c);
      else figures.set(key, [c]);
    }
    const figureRows: FigureSupport[] = [...figures.values()]
      .map((cs) => {
        const claimants = sorted(cs.map((c) => c.claimant));
        return {
          min: cs[0]!.min!,
          max: cs[0]!.max,
          approximate: cs.every((c) => c.approximate),
          vague: cs.every((c) => c.vague),
          claimants,
          claimantCount: claimants.length,
          outlets: sorted(cs.map((c) => c.outlet).filter((o): o is string => o !== null)),
        };
      })
      .sort((a, b) => a.min - b.min || (a.max ?? Infinity) - (b.max ?? Infinity));

    const lows = quantified.map((c) => c.min!);
    const highs = quantified.map((c) => highOf(c)!);
    const precise = quantified.filter((c) => !c.vague);
    const basis = precise.length > 0 ? precise : quantified;
    const conservativeValue = basis.length > 0 ? Math.min(...basis.map((c) => c.min!)) : null;

    out.push({
      side,
      affiliation,
      category,
      low: lows.length ? boundOf(Math.min(...lows), quantified, (c) => c.min) : null,
      high: highs.length ? boundOf(Math.max(...highs), quantified, highOf) : null,
      conservative: conservativeValue === null ? null : boundOf(conservativeValue, basis, (c) => c.min),
      figures: figureRows,
      unquantifiedClaimants: sorted(group.filter((c) => c.min === null).map((c) => c.claimant)),
      runningTolls: runningTollsOf(claimsOfGroup),
      claimCount: claimsOfGroup.length,
    });
  }
  return out.sort(bySideCategoryAffiliation);
}

/** One group's lowest and highest figure and how many claimants give a figure (a list row's casualty range). */
export interface CasualtyRangeOfGroup {
  side: string | null;
  affiliation: Affiliation;
  category: CasualtyCategory;
  low: number | null;
  high: number | null;
  claimantCount: number;
}

/**
 * What a list row shows of summarizeCasualties, in its order: per group the values of `low` and `high` and the
 * distinct claimants behind `figures`, without building the bounds' claimant lists, the figures, the conservative
 * figure or the running tolls (a page of rows made them all only to keep three numbers).
 */
export function casualtyRanges(claims: readonly CasualtyClaim[]): CasualtyRangeOfGroup[] {
  if (claims.length === 0) return [];
  const out = groupsOf(claims).map((group): CasualtyRangeOfGroup => {
    const { side, affiliation, category } = group[0]!;
    let low: number | null = null;
    let high: number | null = null;
    const claimants = new Set<string>();
    for (const c of quantifiedOf(group)) {
      low = low === null ? c.min! : Math.min(low, c.min!);
      high = high === null ? highOf(c)! : Math.max(high, highOf(c)!);
      claimants.add(c.claimant);
    }
    return { side, affiliation, category, low, high, claimantCount: claimants.size };
  });
  return out.sort(bySideCategoryAffiliation);
}

export interface SummaryGroupKey {
  side: string | null;
  category: CasualtyCategory;
  affiliation: string;
}

/** The order of a summary's groups: by victim side (unknown last), category (killed first), affiliation. */
export function bySideCategoryAffiliation(a: SummaryGroupKey, b: SummaryGroupKey): number {
  return (
    (a.side ?? '~').localeCompare(b.side ?? '~') ||
    CATEGORY_ORDER[a.category] - CATEGORY_ORDER[b.category] ||
    a.affiliation.localeCompare(b.affiliation)
  );
}

function runningTollsOf(claims: readonly CasualtyClaim[]): RunningToll[] {
  return claims
    .filter((c) => c.cumulative)
    .map((c) => ({
      claimant: c.claimant,
      outlet: c.outlet,
      min: c.min,
      max: c.max,
      approximate: c.approximate,
      vague: c.vague,
      period: c.period ?? null,
    }))
    .sort((a, b) => (b.period?.to ?? '').localeCompare(a.period?.to ?? '') || a.claimant.localeCompare(b.claimant));
}

/** The claimant key of a claim: party code, else the claimant's name, else the outlet that carries it unattributed. */
export function claimantKey(claimant: { party: string | null; name: string | null }, outlet: string | null): string {
  return claimant.party ?? claimant.name ?? (outlet ? `outlet:${outlet}` : 'unattributed');
}
