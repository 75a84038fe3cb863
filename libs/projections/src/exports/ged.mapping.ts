import { describeParty } from '@sitrep/domain';
import type { PlaceDirectory } from '../locations/place-directory.js';
import { deathEstimates } from './casualty-figures.js';
import type { ExportIncident } from './export-model.js';
import { adminNamesOf, gedWherePrecision, incidentLocation } from './export-place.js';
import { regionsOf } from './regions.js';

/** UCDP GED's columns that apply to Sitrep's incidents, in GED's order (the header of `ged.csv`). */
export const GED_COLUMNS = [
  'id',
  'year',
  'type_of_violence',
  'dyad_name',
  'side_a',
  'side_b',
  'source_article',
  'source_office',
  'source_date',
  'where_prec',
  'latitude',
  'longitude',
  'country',
  'region',
  'date_prec',
  'date_start',
  'date_end',
  'deaths_a',
  'deaths_b',
  'deaths_civilians',
  'deaths_unknown',
  'low',
  'best',
  'high',
] as const;

export type GedColumn = (typeof GED_COLUMNS)[number];
export type GedRow = Record<GedColumn, string | number | null>;

/** GED holds organised violence only: the incidents of the `violence` kind (ceasefires, mobilisations and requests stay out). */
export const isGedIncident = (item: ExportIncident): boolean => item.incident.kind === 'violence';

const gedName = (code: string): string => {
  const party = describeParty(code);
  if (!party) return code;
  return party.kind === 'state' ? `Government of ${party.name}` : party.name;
};

/**
 * The two sides: armed parties of the incident (states and groups; organisations
 * such as the OSCE are observers, not sides), states first as GED puts a
 * government on side A, then by how many events name them. Without a second
 * armed party and with civilian deaths only, side B is "Civilians" (one-sided violence).
 */
export function gedSides(item: ExportIncident): { sideA: string | null; sideB: string | null; typeOfViolence: 1 | 2 | 3 | null } {
  const mentions = new Map<string, number>();
  for (const e of item.events) {
    for (const code of [e.data.accused, e.data.target, ...(e.data.casualties ?? []).map((c) => c.party)]) {
      if (!code || describeParty(code)?.kind === 'organisation') continue;
      mentions.set(code, (mentions.get(code) ?? 0) + 1);
    }
  }
  const isState = (code: string) => describeParty(code)?.kind === 'state';
  const ranked = [...mentions.entries()]
    .sort(([a, na], [b, nb]) => Number(isState(b)) - Number(isState(a)) || nb - na || a.localeCompare(b))
    .map(([code]) => code);
  const [a, b] = ranked;
  if (a && b) return { sideA: a, sideB: b, typeOfViolence: isState(a) ? 1 : 2 };
  const civilianDeathsOnly = item.claims.some((c) => c.category === 'killed' && c.affiliation === 'civilian');
  if (a && civilianDeathsOnly) return { sideA: a, sideB: null, typeOfViolence: 3 };
  return { sideA: a ?? null, sideB: null, typeOfViolence: a && isState(a) ? 1 : null };
}

/** GED `date_prec`: 1 the day, 2 within 2–6 days, 3 a week, 4 a month, 5 longer. */
export function gedDatePrecision(dateFrom: string, dateTo: string): 1 | 2 | 3 | 4 | 5 {
  const days = (Date.parse(dateTo) - Date.parse(dateFrom)) / 86_400_000;
  if (days <= 0) return 1;
  if (days <= 5) return 2;
  if (days <= 7) return 3;
  if (days <= 31) return 4;
  return 5;
}

/** One GED row per incident of the violence kind (null for the others). */
export function toGedRow(item: ExportIncident, directory: PlaceDirectory): GedRow | null {
  if (!isGedIncident(item)) return null;
  const { incident } = item;
  const { sideA, sideB, typeOfViolence } = gedSides(item);
  const sideAName = sideA ? gedName(sideA) : null;
  const sideBName = sideB ? gedName(sideB) : typeOfViolence === 3 ? 'Civilians' : null;
  const place = incidentLocation(item.events);
  const admin = place ? adminNamesOf(directory, place) : null;
  const country = admin?.country ?? null;
  const deaths = { a: 0, b: 0, civilians: 0, unknown: 0, low: 0, best: 0, high: 0 };
  for (const d of deathEstimates(item.claims)) {
    if (d.affiliation === 'civilian') deaths.civilians += d.best;
    else if (sideA !== null && d.side === sideA) deaths.a += d.best;
    else if (sideB !== null && d.side === sideB) deaths.b += d.best;
    else deaths.unknown += d.best;
    deaths.low += d.low;
    deaths.best += d.best;
    deaths.high += d.high;
  }
  const reports = [...item.reports].sort((x, y) => (x.publishedOn ?? '').localeCompare(y.publishedOn ?? ''));
  return {
    id: incident.id,
    year: Number(incident.dateFrom.slice(0, 4)),
    type_of_violence: typeOfViolence,
    dyad_name: sideAName && sideBName ? `${sideAName} - ${sideBName}` : null,
    side_a: sideAName,
    side_b: sideBName,
    source_article: reports
      .map((r) => [r.outlet ?? 'unknown outlet', r.publishedOn, r.title ? `"${r.title}"` : null, r.url].filter(Boolean).join(', '))
      .join('; '),
    source_office: [...new Set(reports.map((r) => r.outlet).filter((o): o is string => o !== null))].join('; '),
    source_date: [...new Set(reports.map((r) => r.publishedOn).filter((d): d is string => d !== null))].join('; '),
    where_prec: place ? gedWherePrecision(place.precision) : null,
    latitude: place?.lat ?? null,
    longitude: place?.lon ?? null,
    country: country ? (describeParty(country)?.name ?? country) : null,
    region: regionsOf(country)?.gedRegion ?? null,
    date_prec: gedDatePrecision(incident.dateFrom, incident.dateTo),
    date_start: incident.dateFrom,
    date_end: incident.dateTo,
    deaths_a: deaths.a,
    deaths_b: deaths.b,
    deaths_civilians: deaths.civilians,
    deaths_unknown: deaths.unknown,
    low: deaths.low,
    best: deaths.best,
    high: deaths.high,
  };
}
