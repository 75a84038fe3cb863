import { describeParty } from '@sitrep/domain';
import type { ScoredEventType } from '@sitrep/extraction';
import type { PlaceDirectory } from '../locations/place-directory.js';
import { acledFatalities } from './casualty-figures.js';
import type { ExportEvent, ExportIncident } from './export-model.js';
import { acledGeoPrecision, adminNamesOf, mostPreciseLocation } from './export-place.js';
import { regionsOf } from './regions.js';

/** ACLED's columns in ACLED's order (the header of `acled.csv`). */
export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;

export type AcledColumn = (typeof ACLED_COLUMNS)[number];
export type AcledRow = Record<AcledColumn, string | number | null>;

export interface AcledEventType {
  disorder: 'Political violence' | 'Strategic developments';
  event: 'Battles' | 'Explosions/Remote violence' | 'Strategic developments';
  sub: string;
}

const violence = (event: AcledEventType['event'], sub: string): AcledEventType => ({ disorder: 'Political violence', event, sub });
const strategic = (sub: string): AcledEventType => ({ disorder: 'Strategic developments', event: 'Strategic developments', sub });

const ARMED_CLASH = violence('Battles', 'Armed clash');

/**
 * ACLED's event and sub-event type of each scored Sitrep type. A casualty or
 * materiel claim is no event type in ACLED (fatalities are a column of the event
 * that caused them), so such a row takes the type of the fighting of its
 * incident; a control change depends on who took control.
 */
export const ACLED_EVENT_TYPES = {
  ArmedClashReported: () => ARMED_CLASH,
  ShellingReported: () => violence('Explosions/Remote violence', 'Shelling/artillery/missile attack'),
  AirStrikeReported: () => violence('Explosions/Remote violence', 'Air/drone strike'),
  ControlChangeClaimed: (actor1) =>
    violence(
      'Battles',
      actor1 && describeParty(actor1)?.kind === 'state' ? 'Government regains territory' : 'Non-state actor overtakes territory',
    ),
  CasualtiesClaimed: (_actor, incidentTypes) => fightingTypeOf(incidentTypes),
  MaterielLossClaimed: (_actor, incidentTypes) => fightingTypeOf(incidentTypes),
  CeasefireViolationAlleged: () => ARMED_CLASH,
  CeasefireDeclared: () => strategic('Agreement'),
  MobilizationDeclared: () => strategic('Change to group/activity'),
  AssistanceRequested: () => strategic('Other'),
} as const satisfies Record<ScoredEventType, (actor1: string | null, incidentTypes: readonly string[]) => AcledEventType>;

/** The fighting an incident's claims report: an air strike, else shelling, else an armed clash. */
function fightingTypeOf(incidentTypes: readonly string[]): AcledEventType {
  if (incidentTypes.includes('AirStrikeReported')) return ACLED_EVENT_TYPES.AirStrikeReported();
  if (incidentTypes.includes('ShellingReported')) return ACLED_EVENT_TYPES.ShellingReported();
  return ARMED_CLASH;
}

export const isAcledType = (type: string): type is ScoredEventType => Object.hasOwn(ACLED_EVENT_TYPES, type);

/** ACLED names state forces "Military Forces of <country>"; other parties by the actor table's name; unknown codes as they are. */
export function acledActorName(code: string): string {
  const party = describeParty(code);
  if (!party) return code;
  return party.kind === 'state' ? `Military Forces of ${party.name}` : party.name;
}

/** Who acts and who is acted upon: the accused (the claimant's own side when nobody is), then the target or the victims' side. */
export function acledActors(event: ExportEvent): { actor1: string | null; actor2: string | null } {
  const d = event.data;
  const actor1 = d.accused ?? d.claimant?.party ?? null;
  const victims = (d.casualties ?? []).map((c) => c.party).find((p) => p !== null && p !== actor1) ?? null;
  const actor2 = [d.target, victims].find((p) => p !== null && p !== undefined && p !== actor1) ?? null;
  return { actor1, actor2 };
}

/** ACLED `interaction`: both actors' inter codes, the lower first (12); one actor alone is its code and 0 (10). */
export function acledInteraction(inter1: number | null, inter2: number | null): number | null {
  if (inter1 === null) return null;
  if (inter2 === null) return inter1 * 10;
  return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
}

/** ACLED `time_precision`: 1 the day is stated, 2 within a week (or only the report's date is known), 3 longer. */
export function acledTimePrecision(event: ExportEvent): 1 | 2 | 3 {
  const days = (Date.parse(event.dateTo) - Date.parse(event.dateFrom)) / 86_400_000;
  if (days > 7) return 3;
  if (!event.data.occurredOn || days > 0) return 2;
  return 1;
}

function claimantLabel(event: ExportEvent, outlet: string | null): string {
  const { party, name } = event.data.claimant ?? { party: null, name: null };
  return name ?? (party ? (describeParty(party)?.name ?? party) : null) ?? outlet ?? 'unattributed';
}

/** One ACLED row per event of a scored type; null for any other type. */
export function toAcledRow(item: ExportIncident, event: ExportEvent, directory: PlaceDirectory): AcledRow | null {
  if (!isAcledType(event.type)) return null;
  const { actor1, actor2 } = acledActors(event);
  const type = ACLED_EVENT_TYPES[event.type](actor1, item.incident.types);
  const party1 = actor1 ? describeParty(actor1) : null;
  const party2 = actor2 ? describeParty(actor2) : null;
  const inter1 = actor1 ? (party1?.inter ?? null) : null;
  const inter2 = actor2 ? (party2?.inter ?? null) : null;
  const place = mostPreciseLocation(event.data.locations ?? []);
  const admin = place ? adminNamesOf(directory, place) : { country: null, admin1: null, admin2: null };
  const regions = regionsOf(admin.country);
  const report = item.reports.find((r) => r.reportId === event.reportId);
  const outlet = report?.outlet ?? null;
  const claims = item.claims.filter((c) => c.eventId === event.eventId);
  const civilians = (event.data.casualties ?? []).some(
    (c) => c.affiliation === 'civilian' && (c.category === 'killed' || c.category === 'wounded'),
  );
  return {
    event_id_cnty: `${admin.country ?? 'XX'}-${event.eventId}`,
    event_date: event.dateFrom,
    year: Number(event.dateFrom.slice(0, 4)),
    time_precision: acledTimePrecision(event),
    disorder_type: type.disorder,
    event_type: type.event,
    sub_event_type: type.sub,
    actor1: actor1 ? acledActorName(actor1) : null,
    assoc_actor_1: null,
    inter1,
    actor2: actor2 ? acledActorName(actor2) : null,
    assoc_actor_2: null,
    inter2,
    interaction: acledInteraction(inter1, inter2),
    civilian_targeting: civilians ? 'Civilian targeting' : null,
    iso: regions?.isoNumeric ?? null,
    region: regions?.acledRegion ?? null,
    country: admin.country ? (describeParty(admin.country)?.name ?? admin.country) : null,
    admin1: admin.admin1,
    admin2: admin.admin2,
    admin3: null,
    location: place?.name ?? null,
    latitude: place?.lat ?? null,
    longitude: place?.lon ?? null,
    geo_precision: place ? acledGeoPrecision(place.precision) : null,
    source: outlet,
    source_scale: null,
    notes: `${event.data.evidence.text} [claimant: ${claimantLabel(event, outlet)}]`,
    fatalities: acledFatalities(claims),
    tags: `sitrep_incident=${item.incident.id}; sitrep_type=${event.type}; sitrep_report=${event.reportId}`,
    timestamp: Math.floor(Date.parse(event.recordedAt) / 1000),
  };
}
