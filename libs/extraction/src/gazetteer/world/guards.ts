/**
 * When a skeleton match may count as a place. With 135,000 places almost
 * every short consonant skeleton has a namesake somewhere («قال» ~ Kala,
 * «طال» ~ At Tall), so the evidence a lookup needs grows as the evidence it
 * has shrinks:
 *
 * - `cued`: the phrase follows a place cue («مدينة», «بلدة», «قرية», «منطقة»…),
 *   the caller's evidence that it names a place; `bare`: it does not.
 * - `inContext`: the place lies in one of the report's countries
 *   (`WorldLookupContext.countries`); `elsewhere`: it does not, so only a
 *   well-known city may answer.
 */
export type Evidence = 'cued' | 'bare';
export type Whereabouts = 'inContext' | 'elsewhere';

export interface Guard {
  /** Fewest consonant classes in the key. */
  minKeyLength: number;
  /** Least population (GeoNames gives 0 for many administrative seats)… */
  minPopulation: number;
  /** …waived for the seat of a first- or second-level unit (PPLA, PPLA2, PPLC). */
  seatsOfAnyPopulation: boolean;
  /** A two-consonant key («غزة» jz, «نيالا» nl) needs at least this population. */
  minPopulationShortKey: number;
  /** Least vowel-slot agreement × reading penalty (0–1). */
  minExactness: number;
  /** Whether a section of a city (PPLX) may answer. */
  districts: boolean;
}

export const GUARDS = {
  cued: {
    inContext: {
      minKeyLength: 2,
      minPopulation: 0,
      seatsOfAnyPopulation: true,
      minPopulationShortKey: 5_000,
      minExactness: 0.7,
      districts: true,
    },
    elsewhere: {
      minKeyLength: 3,
      minPopulation: 100_000,
      seatsOfAnyPopulation: false,
      minPopulationShortKey: Infinity,
      minExactness: 0.85,
      districts: false,
    },
  },
  bare: {
    inContext: {
      minKeyLength: 3,
      minPopulation: 10_000,
      seatsOfAnyPopulation: true,
      minPopulationShortKey: Infinity,
      minExactness: 0.85,
      districts: false,
    },
    elsewhere: {
      minKeyLength: 4,
      minPopulation: 1_000_000,
      seatsOfAnyPopulation: false,
      minPopulationShortKey: Infinity,
      minExactness: 0.95,
      districts: false,
    },
  },
} as const satisfies Record<Evidence, Record<Whereabouts, Guard>>;

const SEATS = new Set(['PPLA', 'PPLA2', 'PPLC']);

/** Whether a place may be considered at all (before its spelling is compared). */
export function admits(guard: Guard, keyLength: number, population: number, featureCode: string): boolean {
  if (keyLength < guard.minKeyLength) return false;
  if (featureCode === 'PPLX' && !guard.districts) return false;
  if (keyLength <= 2 && population < guard.minPopulationShortKey) return false;
  return population >= guard.minPopulation || (guard.seatsOfAnyPopulation && SEATS.has(featureCode));
}
