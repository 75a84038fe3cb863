import { z } from 'zod';
import { INCIDENT_EVENT_TYPES } from '../report/incident-event-types.js';
import type { ExtractedEventData } from '../report/extracted-event-data.js';
import { REPORT_INPUT_LIMITS } from '../report/report-limits.js';
import { calendarDate, isoTimestamp, type EventSchemas } from './event-schema.js';

/**
 * Schemas of every event of a `report-<id>` stream, checked before append; the
 * lifecycle events' types in report.events.ts are inferred from them. Figures
 * are counts (safe integers): a claim of 7e16 killed cannot be stored exactly,
 * and is refused rather than rounded.
 */
const id = z.string().min(1).max(200);
const reportId = z.string().regex(/^[0-9a-f]{8,64}$/);
const shortText = (max: number) => z.string().max(max).nullable();
const party = z.string().min(1).max(40).nullable();
const version = z.string().min(1).max(100);
/**
 * Largest figure we store: PostgreSQL's `integer`, the type of the projections'
 * figure columns (a larger one would stop the projection on an overflow), and
 * far beyond any real casualty count. The extractor reads no larger quantity.
 */
export const MAX_FIGURE = 2_147_483_647;
const figure = z.int().min(0).max(MAX_FIGURE).nullable();
const warnings = z.array(z.string().max(2_000)).max(1_000);
const referenceDateSource = z.enum(['metadata', 'inferred', 'none']);

/** Unknown metadata fields pass: the store adds its own (and callers may add tracing ids). */
export const reportEventMetadataSchema = z.looseObject({
  correlationId: z.string().min(1).max(300),
  causationId: z.string().min(1).max(300).optional(),
  /** The extractor that produced the extraction this event belongs to. */
  extractorVersion: version,
});

const location = z.strictObject({
  id: z.string().min(1).max(200),
  name: z.string().max(500),
  country: party,
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  precision: z.enum(['settlement', 'feature', 'district', 'region', 'border', 'country']),
});

const casualty = z.strictObject({
  party,
  affiliation: z.enum(['military', 'civilian', 'unknown']),
  category: z.enum(['killed', 'wounded', 'captured', 'missing']),
  min: figure,
  max: figure,
  approximate: z.boolean(),
  vague: z.boolean(),
  // a running toll and the days it covers (extractor 0.5.0); absent on incident figures and older events
  cumulative: z.boolean().optional(),
  period: z.strictObject({ from: calendarDate.nullable(), to: calendarDate.nullable() }).optional(),
});

const materiel = z.strictObject({
  party,
  kind: z.enum(['tank', 'helicopter', 'aircraft', 'drone', 'air-defence', 'armoured-vehicle', 'artillery', 'vehicle', 'other']),
  count: figure,
  status: z.enum(['destroyed', 'captured', 'lost']),
});

const maxText = REPORT_INPUT_LIMITS.maxTextBytes;

/** The data of an extracted event (ShellingReported, CasualtiesClaimed, ...); its type is the extractor's (ExtractedEventData). */
export const extractedEventDataSchema = z
  .strictObject({
    occurredOn: z.strictObject({ from: calendarDate, to: calendarDate }).nullable(),
    locations: z.array(location).max(1_000),
    claimant: z.strictObject({ party, name: shortText(1_000) }),
    accused: party,
    target: party,
    weapons: z.array(z.string().max(200)).max(100),
    casualties: z.array(casualty).max(1_000),
    materiel: z.array(materiel).max(1_000),
    background: z.boolean(),
    evidence: z
      .strictObject({ text: z.string().max(maxText), start: z.int().min(0), end: z.int().min(0) })
      .refine((e) => e.start <= e.end, 'start after end'),
    confidence: z.number().min(0).max(1),
    reportId,
    extractionId: id,
    ordinal: z.int().min(0).max(100_000),
  })
  .superRefine((v, ctx) => {
    const bad = v.casualties.findIndex((c) => c.min !== null && c.max !== null && c.min > c.max);
    if (bad >= 0) ctx.addIssue({ code: 'custom', path: ['casualties', bad], message: 'min above max' });
    if (v.occurredOn && v.occurredOn.from > v.occurredOn.to)
      ctx.addIssue({ code: 'custom', path: ['occurredOn'], message: 'from after to' });
  });

// The compiler checks that what the extractor produces is what this schema takes.
type Takes<T extends z.input<typeof extractedEventDataSchema>> = T;
export type CheckedExtractedEventData = Takes<ExtractedEventData>;

export const reportSubmittedDataSchema = z.strictObject({
  reportId,
  text: z.string().min(1).max(maxText),
  /** Outlet name as given by the caller, e.g. "TASS". */
  source: shortText(REPORT_INPUT_LIMITS.maxSourceLength),
  url: shortText(REPORT_INPUT_LIMITS.maxUrlLength),
  title: shortText(REPORT_INPUT_LIMITS.maxTitleLength),
  /** ISO 639-1 code: as given, or as detected by the extractor. */
  language: z.string().min(1).max(35),
  publishedOn: calendarDate.nullable(),
  referenceDate: calendarDate.nullable(),
  referenceDateSource,
  /** sha256 (hex) of the NFC-normalised text. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  extractorVersion: version,
  /** The first extraction; the extracted events that follow carry the same id. */
  extractionId: id,
  /** How many extracted events follow in this extraction. */
  eventCount: z.int().min(0).max(100_000),
  warnings,
  submittedAt: isoTimestamp,
});

export const reportReextractedDataSchema = z.strictObject({
  reportId,
  extractorVersion: version,
  previousExtractorVersion: version,
  /** Supersedes every earlier extraction of this report. */
  extractionId: id,
  previousExtractionId: id,
  /** 1 for the extraction in ReportSubmitted, 2 for the first re-extraction, ... */
  extractionNumber: z.int().min(2),
  eventCount: z.int().min(0).max(100_000),
  referenceDate: calendarDate.nullable(),
  referenceDateSource,
  warnings,
  reextractedAt: isoTimestamp,
});

export const reportRetractedDataSchema = z.strictObject({
  reportId,
  reason: z.string().min(1).max(10_000),
  retractedBy: z.string().min(1).max(300),
  retractedAt: isoTimestamp,
});

/** The metadata fields an analyst may correct (CORRECTABLE_REPORT_FIELDS); `text` never changes (it is the report's identity). */
export const reportMetadataFieldsSchema = z.strictObject({
  publishedOn: calendarDate.nullable().optional(),
  source: shortText(REPORT_INPUT_LIMITS.maxSourceLength).optional(),
  url: shortText(REPORT_INPUT_LIMITS.maxUrlLength).optional(),
  title: shortText(REPORT_INPUT_LIMITS.maxTitleLength).optional(),
  language: z.string().min(1).max(35).nullable().optional(),
});

export const reportMetadataCorrectedDataSchema = z.strictObject({
  reportId,
  /** The new values, only of the fields that changed. */
  changes: reportMetadataFieldsSchema,
  /** The values they replace. */
  previous: reportMetadataFieldsSchema,
  reason: z.string().min(1).max(10_000),
  correctedBy: z.string().min(1).max(300),
  correctedAt: isoTimestamp,
});

/** Event type → data and metadata schemas, for every type a report stream may hold. */
export const REPORT_EVENT_SCHEMAS: EventSchemas = {
  ReportSubmitted: { data: reportSubmittedDataSchema, metadata: reportEventMetadataSchema },
  ReportReextracted: { data: reportReextractedDataSchema, metadata: reportEventMetadataSchema },
  ReportRetracted: { data: reportRetractedDataSchema, metadata: reportEventMetadataSchema },
  ReportMetadataCorrected: { data: reportMetadataCorrectedDataSchema, metadata: reportEventMetadataSchema },
  ...Object.fromEntries(INCIDENT_EVENT_TYPES.map((t) => [t, { data: extractedEventDataSchema, metadata: reportEventMetadataSchema }])),
};
