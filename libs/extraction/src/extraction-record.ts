/**
 * The public extraction record: what one news report becomes.
 * Its JSON shape is the contract of shared/spec/event-taxonomy.md; change it
 * only by adding optional fields.
 */

// The event types are domain vocabulary (their names are stable forever); the
// record names them here too, as part of its contract.
export {
  INCIDENT_EVENT_TYPES,
  INFORMATIVE_EVENT_TYPES,
  SCORED_EVENT_TYPES,
  type IncidentEventType,
  type InformativeEventType,
  type ScoredEventType,
} from '@sitrep/domain';
import type { IncidentEventType } from '@sitrep/domain';

/** ISO 3166-1 alpha-2 code, an organisation (CSTO, OSCE, UN, EU, CIS, NATO) or NKR. */
export type Party = string;

export type ReferenceDateSource = 'metadata' | 'inferred' | 'none';

export type LocationPrecision = 'settlement' | 'feature' | 'district' | 'region' | 'border' | 'country';

export interface ExtractedLocation {
  id: string;
  name: string;
  country: Party | null;
  lat: number;
  lon: number;
  precision: LocationPrecision;
}

export interface Claimant {
  party: Party | null;
  name: string | null;
}

export type Affiliation = 'military' | 'civilian' | 'unknown';
export type CasualtyCategory = 'killed' | 'wounded' | 'captured' | 'missing';

export interface CasualtyFigure {
  party: Party | null;
  affiliation: Affiliation;
  category: CasualtyCategory;
  min: number | null;
  max: number | null;
  approximate: boolean;
  /** «العشرات», «عدد من»: min and max are the range the word stands for (24–99; 2 and up), never a stated count. */
  vague: boolean;
  /**
   * A running toll («حتى الآن», «منذ بدء الحرب», «ارتفعت حصيلة», «الحصيلة الإجمالية»): the figure
   * counts everything over `period`, not the incident the event tells. Absent on incident figures.
   */
  cumulative?: true;
  period?: TollPeriod;
}

/** The days a running toll covers: from its stated start (null: not a date, «منذ بدء الحرب») to the day it was stated. */
export interface TollPeriod {
  from: string | null;
  to: string | null;
}

export type MaterielKind =
  'tank' | 'helicopter' | 'aircraft' | 'drone' | 'air-defence' | 'armoured-vehicle' | 'artillery' | 'vehicle' | 'other';

export interface MaterielFigure {
  party: Party | null;
  kind: MaterielKind;
  count: number | null;
  status: 'destroyed' | 'captured' | 'lost';
}

export interface Evidence {
  /** Exactly `text.slice(start, end)` of the submitted report. */
  text: string;
  start: number;
  end: number;
}

export interface DateRange {
  from: string;
  to: string;
}

export interface ExtractedEvent {
  type: IncidentEventType;
  occurredOn: DateRange | null;
  locations: ExtractedLocation[];
  claimant: Claimant;
  accused: Party | null;
  target: Party | null;
  weapons: string[];
  casualties: CasualtyFigure[];
  materiel: MaterielFigure[];
  background: boolean;
  evidence: Evidence;
  confidence: number;
}

export interface ReportInfo {
  publishedOn: string | null;
  referenceDate: string | null;
  referenceDateSource: ReferenceDateSource;
  language: string;
}

export interface ExtractionRecord {
  report: ReportInfo;
  events: ExtractedEvent[];
  /** Human-readable notes, e.g. an unsupported language. Optional in the public format. */
  warnings?: string[];
}

export interface ExtractionInput {
  text: string;
  /** Publication date (YYYY-MM-DD) given by the caller; becomes the reference date. */
  publishedOn?: string | null;
  /** ISO 639-1 code given by the caller; detected when absent. */
  language?: string | null;
  /** Outlet name, e.g. "TASS"; informs attribution when the text names no source. */
  source?: string | null;
}
