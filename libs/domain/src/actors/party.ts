import { ACTOR_TABLE, ACTOR_TYPES, type ActorEntry, type ActorType } from './actor-table.js';

/**
 * ISO 3166-1 alpha-2 codes in current use (ISO 3166 Maintenance Agency), plus XK
 * (Kosovo, the user-assigned code the EU and the UN use). A state code is a party.
 */
const STATE_CODES = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW ' +
    'BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ ' +
    'FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ ' +
    'IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH ' +
    'MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL ' +
    'PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD ' +
    'TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'
  ).split(' '),
);

const BY_CODE = new Map(ACTOR_TABLE.map((entry) => [entry.code, entry]));
const EN = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const AR = new Intl.DisplayNames(['ar'], { type: 'region', fallback: 'none' });

/** What any consumer (queries, exports, the dashboard) needs to show a party code. */
export interface PartyDescription {
  readonly code: string;
  readonly name: string;
  readonly nameAr: string | null;
  readonly kind: 'state' | ActorEntry['kind'];
  readonly country: string | null;
  readonly type: ActorType;
  /** ACLED's `inter` code of the type (1 state forces, 2 rebel, 3 political militia, …). */
  readonly inter: number;
}

export const isStateCode = (code: string): boolean => STATE_CODES.has(code);

/** Every state code, for readers that name states from their ISO code (the extractor's country lexicon). */
export const stateCodes = (): readonly string[] => [...STATE_CODES];

/** True for a code Sitrep knows: a state or an entry of the actor table. */
export const isKnownParty = (code: string): boolean => STATE_CODES.has(code) || BY_CODE.has(code);

/** Descriptions made so far, by code: only known codes, so it holds at most the states and the actor table. */
const DESCRIBED = new Map<string, PartyDescription>();

/**
 * The description of a known party code, or null for an unknown one. The same
 * (frozen) object for a code every time: naming a state through Intl.DisplayNames
 * costs ICU look-ups, and a page of incidents names its parties hundreds of times.
 */
export function describeParty(code: string): PartyDescription | null {
  const known = DESCRIBED.get(code);
  if (known) return known;
  const described = describe(code);
  if (described) DESCRIBED.set(code, Object.freeze(described));
  return described;
}

function describe(code: string): PartyDescription | null {
  if (STATE_CODES.has(code)) {
    return {
      code,
      name: EN.of(code) ?? code,
      nameAr: AR.of(code) ?? null,
      kind: 'state',
      country: code,
      type: 'state forces',
      inter: ACTOR_TYPES['state forces'],
    };
  }
  const entry = BY_CODE.get(code);
  if (!entry) return null;
  return {
    code,
    name: entry.name,
    nameAr: entry.arabic[0] ?? null,
    kind: entry.kind,
    country: entry.country,
    type: entry.type,
    inter: ACTOR_TYPES[entry.type],
  };
}

/** Every non-state party of the table, described (states are open-ended: any ISO code). */
export const listActors = (): PartyDescription[] => ACTOR_TABLE.map((entry) => describeParty(entry.code) as PartyDescription);
