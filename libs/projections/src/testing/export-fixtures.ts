import type { ExtractedEventData } from '@sitrep/domain';
import type { ClaimView } from '../incidents/incidents.query.js';
import { placeDirectoryOf } from '../locations/place-directory.js';
import type { ExportEvent, ExportIncident } from '../exports/export-model.js';

/** Small hand-made incidents for the mapping specs (Jermuk, 13 September 2022, as the seed reports tell it). */
export const directory = placeDirectoryOf([
  { id: 'am', name: 'Armenia', country: 'AM', lat: 40.07, lon: 45.04, precision: 'country', parent: null },
  { id: 'am-vayots-dzor', name: 'Vayots Dzor', country: 'AM', lat: 39.76, lon: 45.33, precision: 'region', parent: 'am' },
  { id: 'am-jermuk', name: 'Jermuk', country: 'AM', lat: 39.8414, lon: 45.6697, precision: 'settlement', parent: 'am-vayots-dzor' },
]);

export const JERMUK = { id: 'am-jermuk', name: 'Jermuk', country: 'AM', lat: 39.8414, lon: 45.6697, precision: 'settlement' as const };
export const ARMENIA = { id: 'am', name: 'Armenia', country: 'AM', lat: 40.07, lon: 45.04, precision: 'country' as const };

export function exportEvent(over: Partial<ExportEvent> = {}, data: Partial<ExtractedEventData> = {}): ExportEvent {
  return {
    eventId: 'ev-1',
    type: 'ShellingReported',
    position: 2,
    reportId: 'r1',
    dateFrom: '2022-09-13',
    dateTo: '2022-09-13',
    placeIds: ['am-jermuk'],
    recordedAt: '2026-11-24T10:00:00.000Z',
    ...over,
    data: {
      occurredOn: { from: '2022-09-13', to: '2022-09-13' },
      locations: [ARMENIA, JERMUK],
      claimant: { party: 'AM', name: 'وزارة الدفاع الأرمينية' },
      accused: 'AZ',
      target: 'AM',
      weapons: ['artillery'],
      casualties: [],
      materiel: [],
      background: false,
      evidence: { text: 'قصفت القوات الأذربيجانية مدينة جرموك بالمدفعية، وفق "وزارة الدفاع"، صباح اليوم.', start: 0, end: 70 },
      confidence: 0.9,
      reportId: over.reportId ?? 'r1',
      extractionId: 'x1',
      ordinal: 0,
      ...data,
    },
  };
}

export function claimView(over: Partial<ClaimView> = {}): ClaimView {
  return {
    eventId: 'ev-2',
    claimant: 'AM',
    claimantParty: 'AM',
    claimantName: null,
    outlet: 'TASS',
    reportId: 'r1',
    quote: 'قتل نحو 50 جنديا',
    side: 'AM',
    affiliation: 'military',
    category: 'killed',
    min: 50,
    max: 50,
    approximate: true,
    vague: false,
    ...over,
  };
}

export function exportIncident(
  events: ExportEvent[],
  claims: ClaimView[] = [],
  over: Partial<ExportIncident['incident']> = {},
): ExportIncident {
  return {
    incident: {
      id: 'inc-1',
      kind: 'violence',
      types: [...new Set(events.map((e) => e.type))],
      dateFrom: '2022-09-13',
      dateTo: '2022-09-13',
      placeIds: ['am-jermuk'],
      parties: ['AM', 'AZ'],
      eventCount: events.length,
      reportIds: [...new Set(events.map((e) => e.reportId))],
      firstEventId: events[0]?.eventId ?? 'ev-1',
      ...over,
    },
    events,
    reports: [{ reportId: 'r1', outlet: 'TASS', title: null, url: null, publishedOn: '2022-09-13' }],
    claims,
  };
}
