import type { ExtractedEventData } from '@sitrep/domain';
import type { ClaimView, IncidentSummary } from '../incidents/incidents.query.js';

/**
 * What every export format is mapped from: one incident as it stood at the
 * export's position, with its member events (their extracted data read from the
 * store), their source reports and their casualty claims.
 */
export interface ExportEvent {
  eventId: string;
  type: string;
  position: number;
  reportId: string;
  /** The member's dates: the event's own `occurredOn`, or its report's reference date. */
  dateFrom: string;
  dateTo: string;
  placeIds: string[];
  /** When the store recorded the event (ISO 8601). */
  recordedAt: string;
  data: ExtractedEventData;
}

export interface ExportReport {
  reportId: string;
  outlet: string | null;
  title: string | null;
  url: string | null;
  publishedOn: string | null;
}

export interface ExportIncident {
  incident: IncidentSummary;
  events: ExportEvent[];
  reports: ExportReport[];
  claims: ClaimView[];
}

/**
 * The filters every export takes: those of `GET /incidents` at a fixed position
 * (an export pins the position it starts at, so its pages agree with each other),
 * plus `publishedBefore`: only events from reports published on or before that
 * day count (a report without a publication date never does).
 */
export interface ExportFilter {
  placeIds?: string[];
  type?: string;
  party?: string;
  from?: string;
  to?: string;
  asOf: number;
  publishedBefore?: string;
}
