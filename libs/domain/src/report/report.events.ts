import type { z } from 'zod';
import type { ExtractedEventData } from './extracted-event-data.js';
import { INCIDENT_EVENT_TYPES, type IncidentEventType } from './incident-event-types.js';
import type {
  reportEventMetadataSchema,
  reportMetadataCorrectedDataSchema,
  reportMetadataFieldsSchema,
  reportReextractedDataSchema,
  reportRetractedDataSchema,
  reportSubmittedDataSchema,
} from '../schema/report-events.schema.js';
import type { Event } from '../shared/event.js';

/**
 * The events of one report stream, `report-<reportId>`:
 *
 *   ReportSubmitted, <extracted events of extraction 1>,
 *   [ReportReextracted, <extracted events of extraction n>]*,
 *   [ReportRetracted]
 *
 * Projection rule: only the extracted events whose `extractionId` equals the
 * report's latest extraction count, and none at all once the report is retracted.
 * Every extracted event carries its report id, extraction id and ordinal, so a
 * projection can apply the rule without reading the stream again.
 */

export const REPORT_STREAM_PREFIX = 'report-';
export const reportStreamId = (reportId: string): string => `${REPORT_STREAM_PREFIX}${reportId}`;
export const reportIdFromStreamId = (streamId: string): string | null =>
  streamId.startsWith(REPORT_STREAM_PREFIX) ? streamId.slice(REPORT_STREAM_PREFIX.length) : null;

export type ReportEventMetadata = z.infer<typeof reportEventMetadataSchema>;

// The lifecycle events' payloads are their schemas' (schema/report-events.schema.ts): declared once, checked before append.
export type ReportSubmitted = Event<'ReportSubmitted', z.infer<typeof reportSubmittedDataSchema>, ReportEventMetadata>;
export type ReportReextracted = Event<'ReportReextracted', z.infer<typeof reportReextractedDataSchema>, ReportEventMetadata>;
export type ReportRetracted = Event<'ReportRetracted', z.infer<typeof reportRetractedDataSchema>, ReportEventMetadata>;

/** The metadata fields an analyst may correct; `text` never changes (it is the report's identity). */
export const CORRECTABLE_REPORT_FIELDS = ['publishedOn', 'source', 'url', 'title', 'language'] as const;
export type CorrectableReportField = (typeof CORRECTABLE_REPORT_FIELDS)[number];
export type ReportMetadataFields = z.infer<typeof reportMetadataFieldsSchema>;

/**
 * An analyst corrected what was said about a report (a wrong publication date,
 * outlet or title). When a field the extractor reads changed (publishedOn,
 * source, language), a ReportReextracted with the new extraction follows in the
 * same append.
 */
export type ReportMetadataCorrected = Event<
  'ReportMetadataCorrected',
  z.infer<typeof reportMetadataCorrectedDataSchema>,
  ReportEventMetadata
>;

export type { ExtractedEventData } from './extracted-event-data.js';

/** One extracted domain event; its `type` is the taxonomy type (ShellingReported, CasualtiesClaimed, ...). */
export type IncidentEvent<T extends IncidentEventType = IncidentEventType> = Event<T, ExtractedEventData, ReportEventMetadata>;

export type ReportLifecycleEvent = ReportSubmitted | ReportReextracted | ReportRetracted | ReportMetadataCorrected;

/** Everything that may appear in a `report-<id>` stream. */
export type ReportEvent = ReportLifecycleEvent | IncidentEvent;

export const REPORT_LIFECYCLE_EVENT_TYPES = ['ReportSubmitted', 'ReportReextracted', 'ReportRetracted', 'ReportMetadataCorrected'] as const;

/** Every type a `report-<id>` stream may hold: what a projection's `canHandle` lists. */
export const REPORT_STREAM_EVENT_TYPES: readonly ReportEvent['type'][] = [...REPORT_LIFECYCLE_EVENT_TYPES, ...INCIDENT_EVENT_TYPES];

export const isReportLifecycleEvent = (event: { type: string }): event is ReportLifecycleEvent =>
  (REPORT_LIFECYCLE_EVENT_TYPES as readonly string[]).includes(event.type);

export const isIncidentEvent = (event: { type: string }): event is IncidentEvent =>
  (INCIDENT_EVENT_TYPES as readonly string[]).includes(event.type);
