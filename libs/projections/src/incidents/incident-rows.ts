import { sql } from 'kysely';
import { describeParty } from '@sitrep/domain';
import { casualtyRanges, type CasualtyClaim } from '../casualties/casualty-summary.js';
import { CASUALTIES_PROJECTION } from '../casualties/casualties.projection.js';
import type { PlaceDirectory } from '../locations/place-directory.js';
import type { ProjectionDb } from '../runner/projection.js';
import { activeBuild, validAt } from '../shared/as-of.js';
import { publishedBySql } from '../shared/published-by.js';
import { INCIDENTS_PROJECTION } from './incidents.projection.js';
import type { IncidentSummary } from './incident-summary.js';

/**
 * A list row an analyst can read without one call per incident: where (names in
 * English and Arabic, coordinates), who (party names), a one-line headline, and
 * per victim side the lowest and highest claim.
 */
export interface ReadableIncident extends IncidentSummary {
  headline: string;
  places: PlaceLabel[];
  partyNames: PartyLabel[];
  casualties: CasualtyRange[];
}

export interface PlaceLabel {
  id: string;
  name: string | null;
  nameAr: string | null;
  country: string | null;
  precision: string | null;
  lat: number | null;
  lon: number | null;
}

export interface PartyLabel {
  code: string;
  name: string;
  nameAr: string | null;
}

/** One victim side, affiliation and category: the lowest and highest figure anybody claimed. */
export interface CasualtyRange {
  side: string | null;
  affiliation: string;
  category: string;
  low: number | null;
  high: number | null;
  claimantCount: number;
}

const TYPE_LABELS: Record<string, string> = {
  ArmedClashReported: 'Armed clash',
  ShellingReported: 'Shelling',
  AirStrikeReported: 'Air or drone strike',
  CasualtiesClaimed: 'Casualties claimed',
  MaterielLossClaimed: 'Materiel lost',
  ControlChangeClaimed: 'Control changed',
  CeasefireDeclared: 'Ceasefire declared',
  CeasefireViolationAlleged: 'Ceasefire violation alleged',
  MobilizationDeclared: 'Mobilisation',
  AssistanceRequested: 'Assistance requested',
  DiplomaticStatementIssued: 'Diplomatic statement',
  TalksHeld: 'Talks',
  MonitoringMissionEstablished: 'Monitoring mission',
  MediationOffered: 'Mediation offered',
};

/** The member events of `incidentIds` that count for a report set (all, or those published up to a day). */
export interface MemberFilter {
  asOf: number | null;
  /** YYYY-MM-DD: only events of reports published (or, undated, referring to) up to this day. */
  publishedBefore?: string;
}

/**
 * Claims of the incidents on a page, keyed by incident, in one statement:
 *
 *   SELECT m.incident_id, c.* FROM incident_members m JOIN casualty_claims c ON c.event_id = m.event_id AND <c valid at P>
 *   WHERE m.incident_id = ANY($ids) AND <m valid at P> [AND m.report_id IN <reports published <= D>]
 */
async function claimsByIncident(db: ProjectionDb, incidentIds: readonly string[], f: MemberFilter): Promise<Map<string, CasualtyClaim[]>> {
  const out = new Map<string, CasualtyClaim[]>();
  if (incidentIds.length === 0) return out;
  const rows = await db
    .selectFrom('incident_members as m')
    .innerJoin('casualty_claims as c', (j) => j.onRef('c.event_id', '=', 'm.event_id'))
    .select([
      'm.incident_id',
      'c.claimant',
      'c.outlet',
      'c.report_id',
      'c.side',
      'c.affiliation',
      'c.category',
      'c.min',
      'c.max',
      'c.approximate',
      'c.vague',
      'c.cumulative',
    ])
    .where('m.build', '=', activeBuild(INCIDENTS_PROJECTION))
    .where(sql<boolean>`m.incident_id = ANY(${incidentIds}::text[])`)
    .where(validAt('m', f.asOf))
    .where('c.build', '=', activeBuild(CASUALTIES_PROJECTION))
    .where(validAt('c', f.asOf))
    .$if(!!f.publishedBefore, (q) => q.where(sql<boolean>`m.report_id IN (${publishedReportIds(f.publishedBefore!)})`))
    .execute();
  for (const r of rows) {
    const list = out.get(r.incident_id) ?? [];
    list.push({
      claimant: r.claimant,
      outlet: r.outlet,
      reportId: r.report_id,
      side: r.side,
      affiliation: r.affiliation as CasualtyClaim['affiliation'],
      category: r.category as CasualtyClaim['category'],
      min: r.min,
      max: r.max,
      approximate: r.approximate,
      vague: r.vague,
      cumulative: r.cumulative,
    });
    out.set(r.incident_id, list);
  }
  return out;
}

/** Reports that had been published by `day` (the rule of shared/published-by.ts). */
export function publishedReportIds(day: string) {
  return sql`SELECT r.report_id FROM projection_reports r
    WHERE r.projection = ${INCIDENTS_PROJECTION} AND r.build = ${activeBuild(INCIDENTS_PROJECTION)}
      AND ${publishedBySql('r', day)}`;
}

/**
 * Labels of the places the gazetteer knows, made once per directory and id: a page names the same few places in
 * row after row, and each fresh label (a gazetteer lookup and two objects) was garbage the moment it was
 * serialised. Frozen, since rows share them. An id the directory does not know is labelled afresh each time.
 */
const PLACE_LABELS = new WeakMap<PlaceDirectory, Map<string, PlaceLabel>>();

const placeLabel = (directory: PlaceDirectory, id: string): PlaceLabel => {
  let labels = PLACE_LABELS.get(directory);
  if (!labels) PLACE_LABELS.set(directory, (labels = new Map()));
  const known = labels.get(id);
  if (known) return known;
  const p = directory.get(id);
  const label: PlaceLabel = {
    id,
    name: p?.name ?? null,
    nameAr: p?.nameAr ?? null,
    country: p?.country ?? null,
    precision: p?.precision ?? null,
    lat: p?.lat ?? null,
    lon: p?.lon ?? null,
  };
  if (p) labels.set(id, Object.freeze(label));
  return label;
};

/** Party labels of known codes, made once each (as describeParty's descriptions are). */
const PARTY_LABELS = new Map<string, PartyLabel>();

const partyLabel = (code: string): PartyLabel => {
  const known = PARTY_LABELS.get(code);
  if (known) return known;
  const d = describeParty(code);
  const label: PartyLabel = { code, name: d?.name ?? code, nameAr: d?.nameAr ?? null };
  if (d) PARTY_LABELS.set(code, Object.freeze(label));
  return label;
};

function dateRange(from: string, to: string): string {
  return from === to ? from : `${from} to ${to}`;
}

/** What a headline says of one victim side's figures. */
export type HeadlineFigure = Pick<CasualtyRange, 'side' | 'affiliation' | 'category' | 'low' | 'high'>;

function figure(r: HeadlineFigure): string {
  const span = r.low === null ? '?' : r.high !== null && r.high !== r.low ? `${r.low}–${r.high}` : String(r.low);
  const who = [r.side, r.affiliation === 'unknown' ? null : r.affiliation].filter(Boolean).join(' ');
  return `${span} ${who ? `${who} ` : ''}${r.category}`;
}

/** "Shelling, air or drone strike — Jermuk, Armenia — 2022-09-13 — AM, AZ — 49–50 AM military killed" */
export function headlineOf(
  row: Pick<IncidentSummary, 'types' | 'dateFrom' | 'dateTo' | 'parties'>,
  places: readonly Pick<PlaceLabel, 'id' | 'name'>[],
  casualties: readonly HeadlineFigure[],
): string {
  const what = row.types
    .filter((t) => t !== 'CasualtiesClaimed' || row.types.length === 1)
    .map((t) => TYPE_LABELS[t] ?? t)
    .join(', ');
  const where = places.map((p) => p.name ?? p.id).join(', ') || 'place unknown';
  const parts = [what, where, dateRange(row.dateFrom, row.dateTo)];
  if (row.parties.length) parts.push(row.parties.join(', '));
  const killed = casualties.filter((c) => c.category === 'killed' && c.low !== null).slice(0, 2);
  if (killed.length) parts.push(killed.map(figure).join('; '));
  return parts.join(' — ');
}

/** Adds names, coordinates, party names, a headline and casualty ranges to a page of incidents. */
export async function readableIncidents(
  db: ProjectionDb,
  directory: PlaceDirectory,
  items: readonly IncidentSummary[],
  f: MemberFilter,
): Promise<ReadableIncident[]> {
  const claims = await claimsByIncident(
    db,
    items.map((i) => i.id),
    f,
  );
  return readableRows(directory, items, claims);
}

/** readableIncidents with the claims already read, by incident id. */
export function readableRows(
  directory: PlaceDirectory,
  items: readonly IncidentSummary[],
  claims: ReadonlyMap<string, CasualtyClaim[]>,
): ReadableIncident[] {
  return items.map((row) => {
    const places = row.placeIds.map((id) => placeLabel(directory, id));
    const casualties: CasualtyRange[] = casualtyRanges(claims.get(row.id) ?? []);
    return { ...row, headline: headlineOf(row, places, casualties), places, partyNames: row.parties.map(partyLabel), casualties };
  });
}
