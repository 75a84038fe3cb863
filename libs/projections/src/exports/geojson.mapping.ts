import { describeParty } from '@sitrep/domain';
import { summarizeCasualties } from '../casualties/casualty-summary.js';
import { acledFatalities, deathEstimates } from './casualty-figures.js';
import type { ExportIncident } from './export-model.js';
import { incidentLocation } from './export-place.js';

/**
 * One incident as an RFC 7946 Feature: a Point at its most precise place
 * ([longitude, latitude], WGS 84, as the RFC orders them), or a null geometry
 * when no event names a place, with the incident and its claims summary as
 * properties (flat scalars first, so that QGIS shows them as attribute columns).
 */
export interface IncidentFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: Record<string, unknown>;
}

export function toIncidentFeature(item: ExportIncident): IncidentFeature {
  const { incident } = item;
  const place = incidentLocation(item.events);
  const deaths = deathEstimates(item.claims);
  const outlets = [...new Set(item.reports.map((r) => r.outlet).filter((o): o is string => o !== null))];
  return {
    type: 'Feature',
    id: incident.id,
    geometry: place ? { type: 'Point', coordinates: [place.lon, place.lat] } : null,
    properties: {
      id: incident.id,
      kind: incident.kind,
      types: incident.types.join(';'),
      dateFrom: incident.dateFrom,
      dateTo: incident.dateTo,
      placeId: place?.id ?? null,
      placeName: place?.name ?? null,
      placePrecision: place?.precision ?? null,
      country: place?.country ?? null,
      parties: incident.parties.join(';'),
      partyNames: incident.parties.map((p) => describeParty(p)?.name ?? p).join(';'),
      eventCount: item.events.length,
      reportCount: item.reports.length,
      outlets: outlets.join(';'),
      fatalities: acledFatalities(item.claims),
      deathsLow: deaths.reduce((s, d) => s + d.low, 0),
      deathsBest: deaths.reduce((s, d) => s + d.best, 0),
      deathsHigh: deaths.reduce((s, d) => s + d.high, 0),
      claimCount: item.claims.length,
      casualties: summarizeCasualties(item.claims).map((s) => ({
        side: s.side,
        affiliation: s.affiliation,
        category: s.category,
        low: s.low?.value ?? null,
        high: s.high?.value ?? null,
        conservative: s.conservative?.value ?? null,
        claimants: [...new Set(s.figures.flatMap((f) => f.claimants).concat(s.unquantifiedClaimants))].sort(),
      })),
      reportIds: incident.reportIds,
      eventIds: item.events.map((e) => e.eventId),
    },
  };
}
