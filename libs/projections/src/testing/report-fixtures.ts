import { deterministicUuid, sha256Hex } from '@sitrep/domain';
import type { NewEvent } from '@sitrep/event-store';
import type { ExtractedEvent, IncidentEventType } from '@sitrep/extraction';
import { incidentIdFor, type IncidentsMerged, type IncidentSplit } from '@sitrep/domain';

const id = (...parts: (string | number)[]) => deterministicUuid('sitrep-test', ...parts);

/** The report id (hex, as the write side derives them) of the test report named `name`. */
export const reportIdFor = (name: string) => sha256Hex(`report:${name}`).slice(0, 24);

const META = { correlationId: 'test', extractorVersion: 'test' };

/** The UUID of a test decision named `name`. */
export const decisionId = (name: string) => id('decision', name);

export const PLACES = {
  jermuk: { id: 'am-jermuk', name: 'Jermuk', country: 'AM', lat: 39.8414, lon: 45.6697, precision: 'settlement' as const },
  goris: { id: 'am-goris', name: 'Goris', country: 'AM', lat: 39.5111, lon: 46.3411, precision: 'settlement' as const },
  vayotsDzor: { id: 'am-vayots-dzor', name: 'Vayots Dzor Province', country: 'AM', lat: 39.76, lon: 45.48, precision: 'region' as const },
  border: { id: 'xx-border-am-az', name: 'Armenia–Azerbaijan border', country: null, lat: 40, lon: 45.9, precision: 'border' as const },
  karabakh: { id: 'nk-karabakh', name: 'Nagorno-Karabakh', country: 'AZ', lat: 39.82, lon: 46.75, precision: 'region' as const },
};

export type FixtureEvent = Partial<Omit<ExtractedEvent, 'type'>> & { type: IncidentEventType };

export function extracted(type: IncidentEventType, over: Partial<Omit<ExtractedEvent, 'type'>> = {}): FixtureEvent {
  return {
    type,
    occurredOn: { from: '2022-09-13', to: '2022-09-13' },
    locations: [PLACES.jermuk],
    claimant: { party: 'AM', name: 'Armenian Ministry of Defence' },
    accused: 'AZ',
    target: 'AM',
    weapons: [],
    casualties: [],
    materiel: [],
    background: false,
    evidence: { text: `${type} sentence`, start: 0, end: 10 },
    confidence: 0.9,
    ...over,
  };
}

function eventsOf(reportId: string, extractionId: string, events: readonly FixtureEvent[]): NewEvent[] {
  return events.map((e, ordinal) => {
    const { type, ...rest } = extracted(e.type, e);
    return { id: id('event', extractionId, ordinal), type, data: { ...rest, reportId, extractionId, ordinal }, metadata: META };
  });
}

/** ReportSubmitted followed by its extracted events, as the write side appends them to `report-<id>`. */
export function submitReport(
  name: string,
  events: readonly FixtureEvent[],
  info: { source?: string; publishedOn?: string } = {},
): { streamId: string; events: NewEvent[] } {
  const reportId = reportIdFor(name);
  const extractionId = id('extraction', reportId, 1);
  return {
    streamId: `report-${reportId}`,
    events: [
      {
        id: id('submitted', reportId),
        type: 'ReportSubmitted',
        data: {
          reportId,
          text: 'text',
          source: info.source ?? 'TASS',
          url: null,
          title: `Report ${reportId}`,
          language: 'ar',
          publishedOn: info.publishedOn ?? '2022-09-13',
          referenceDate: info.publishedOn ?? '2022-09-13',
          referenceDateSource: 'metadata',
          contentHash: sha256Hex(`content:${reportId}`),
          extractorVersion: 'test',
          extractionId,
          eventCount: events.length,
          warnings: [],
          submittedAt: '2026-11-23T00:00:00Z',
        },
        metadata: META,
      },
      ...eventsOf(reportId, extractionId, events),
    ],
  };
}

export function reextractReport(name: string, n: number, events: readonly FixtureEvent[]): { streamId: string; events: NewEvent[] } {
  const reportId = reportIdFor(name);
  const extractionId = id('extraction', reportId, n);
  return {
    streamId: `report-${reportId}`,
    events: [
      {
        id: id('reextracted', reportId, n),
        type: 'ReportReextracted',
        data: {
          reportId,
          extractorVersion: `test-${n}`,
          previousExtractorVersion: 'test',
          extractionId,
          previousExtractionId: id('extraction', reportId, n - 1),
          extractionNumber: n,
          eventCount: events.length,
          referenceDate: '2022-09-13',
          referenceDateSource: 'metadata',
          warnings: [],
          reextractedAt: '2026-11-23T00:00:00Z',
        },
        metadata: META,
      },
      ...eventsOf(reportId, extractionId, events),
    ],
  };
}

export function retractReport(name: string): { streamId: string; events: NewEvent[] } {
  const reportId = reportIdFor(name);
  return {
    streamId: `report-${reportId}`,
    events: [
      {
        id: id('retracted', reportId),
        type: 'ReportRetracted',
        data: { reportId, reason: 'test', retractedBy: 'analyst', retractedAt: '2026-11-23T00:00:00Z' },
        metadata: META,
      },
    ],
  };
}

export function mergeIncidents(
  decision: string,
  into: string,
  incidentIds: string[],
  eventIds: string[] = [],
): { streamId: string; events: NewEvent[] } {
  const data: IncidentsMerged['data'] = { into, incidentIds, eventIds, reason: null, decidedAt: '2026-11-23T00:00:00Z' };
  return {
    streamId: 'incident-decisions',
    events: [{ id: decisionId(decision), type: 'IncidentsMerged', data, metadata: { correlationId: 'test', decidedBy: 'analyst' } }],
  };
}

export function splitIncident(decision: string, incidentId: string, eventIds: string[]): { streamId: string; events: NewEvent[] } {
  const data: IncidentSplit['data'] = {
    incidentId,
    eventIds,
    newIncidentId: incidentIdFor(decisionId(decision)),
    reason: null,
    decidedAt: '2026-11-23T00:00:00Z',
  };
  return {
    streamId: 'incident-decisions',
    events: [{ id: decisionId(decision), type: 'IncidentSplit', data, metadata: { correlationId: 'test', decidedBy: 'analyst' } }],
  };
}

export const fixtureEventId = (name: string, extraction: number, ordinal: number) =>
  id('event', id('extraction', reportIdFor(name), extraction), ordinal);
