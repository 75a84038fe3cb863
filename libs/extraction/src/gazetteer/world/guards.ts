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
  /**
   * …and for a two-consonant key («غزة» jz, «نيالا» nl, «الهول» hl), at least this
   * population. Both are waived for the seats listed here (GeoNames feature codes).
   */
  minPopulationShortKey: number;
  seats: readonly string[];
  /** Least vowel-slot agreement × reading penalty (0–1). */
  minExactness: number;
  /** Whether a section of a city (PPLX) may answer. */
  districts: boolean;
}

/** Capitals and seats of first- and second-level units. */
const SEATS = ['PPLC', 'PPLA', 'PPLA2'];
/** …and of third-level units: a Syrian nahiya centre often has no population in GeoNames («عين عيسى», «الهول»). */
const SEATS_DOWN_TO_THIRD_LEVEL = [...SEATS, 'PPLA3'];

export const GUARDS = {
  cued: {
    inContext: {
      minKeyLength: 2,
      minPopulation: 0,
      seats: SEATS_DOWN_TO_THIRD_LEVEL,
      minPopulationShortKey: 5_000,
      minExactness: 0.7,
      districts: true,
    },
    elsewhere: {
      minKeyLength: 4,
      minPopulation: 500_000,
      seats: [],
      minPopulationShortKey: Infinity,
      minExactness: 0.85,
      districts: false,
    },
  },
  bare: {
    inContext: {
      minKeyLength: 3,
      minPopulation: 10_000,
      seats: SEATS,
      minPopulationShortKey: Infinity,
      minExactness: 0.85,
      districts: false,
    },
    elsewhere: {
      minKeyLength: 4,
      minPopulation: 1_000_000,
      seats: [],
      minPopulationShortKey: Infinity,
      minExactness: 0.95,
      districts: false,
    },
  },
} as const satisfies Record<Evidence, Record<Whereabouts, Guard>>;

/** Whether a place may be considered at all (before its spelling is compared). */
export function admits(guard: Guard, keyLength: number, population: number, featureCode: string): boolean {
  if (keyLength < guard.minKeyLength) return false;
  if (featureCode === 'PPLX' && !guard.districts) return false;
  if (guard.seats.includes(featureCode)) return true;
  return population >= guard.minPopulation && (keyLength > 2 || population >= guard.minPopulationShortKey);
}
