import type { RegionalName } from './regional-names.js';

/** A party, organisation, outlet, person or institution the lexicon knows. */
export type ActorRole =
  | 'country' // a state named as such: أرمينيا
  | 'capital' // metonym: يريفان، الكرملين
  | 'nisba' // adjective: الأرميني
  | 'org' // organisation: منظمة معاهدة الأمن الجماعي
  | 'agency' // news agency / outlet
  | 'group' // non-state armed group
  | 'person' // a known public figure
  | 'head'; // an institution or title that takes its party from a neighbour: وزارة الدفاع، المتحدث باسم

export interface Actor {
  role: ActorRole;
  party: string | null;
  /** English label; for heads the institution ("Ministry of Defence"). */
  name: string;
  /** Party adjective for labels ("Armenian"). */
  adjective?: string;
  /** For heads: true when the institution is military (army, MoD, forces). */
  military?: boolean;
  /** For heads: default party when no neighbour gives one (e.g. separatists in Karabakh). */
  contextual?: 'separatist' | 'regime' | 'occupation';
  /** For heads: an office of a place (governor, police): the place's country, else the report's. */
  local?: boolean;
  /** For a common noun naming a group («الثوار»): it means `party` only in a report about this country. */
  homeOnly?: string;
  /** A name whose side is decided by the report's country (regional-names.ts). */
  regional?: RegionalName;
}
