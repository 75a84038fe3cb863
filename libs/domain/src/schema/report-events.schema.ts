import { INCIDENT_EVENT_TYPES } from '../report/incident-event-types.js';
import { REPORT_INPUT_LIMITS } from '../report/report-input.js';
import {
  array,
  boolean,
  integer,
  isoDate,
  isoTimestamp,
  nullable,
  number,
  object,
  oneOf,
  optional,
  string,
  type Schema,
} from './schema.js';

/**
 * Schemas of every event of a `report-<id>` stream (report.events.ts), checked
 * before append. Figures are counts (safe integers): a claim of 7e16 killed
 * cannot be stored exactly, and is refused rather than rounded.
 */
const id = string({ min: 1, max: 200 });
const reportId = string({ pattern: /^[0-9a-f]{8,64}$/ });
const shortText = (max: number) => nullable(string({ max }));
const party = nullable(string({ min: 1, max: 40 }));
/**
 * Largest figure we store: PostgreSQL's `integer`, the type of the projections'
 * figure columns (a larger one would stop the projection on an overflow), and
 * far beyond any real casualty count. The extractor reads no larger quantity.
 */
export const MAX_FIGURE = 2_147_483_647;
const figure = nullable(integer({ min: 0, max: MAX_FIGURE }));
const warnings = array(string({ max: 2_000 }), { max: 1_000 });
const referenceDateSource = oneOf(['metadata', 'inferred', 'none']);

export const reportEventMetadataSchema: Schema = object(
  {
    correlationId: string({ min: 1, max: 300 }),
    causationId: optional(string({ min: 1, max: 300 })),
    extractorVersion: string({ min: 1, max: 100 }),
  },
  { allowUnknown: true },
);

const location = object({
  id: string({ min: 1, max: 200 }),
  name: string({ max: 500 }),
  country: party,
  lat: number({ min: -90, max: 90 }),
  lon: number({ min: -180, max: 180 }),
  precision: oneOf(['settlement', 'feature', 'district', 'region', 'border', 'country']),
});

const casualty = object({
  party,
  affiliation: oneOf(['military', 'civilian', 'unknown']),
  category: oneOf(['killed', 'wounded', 'captured', 'missing']),
  min: figure,
  max: figure,
  approximate: boolean(),
  vague: boolean(),
  // a running toll and the days it covers (extractor 0.5.0); absent on incident figures and older events
  cumulative: optional(boolean()),
  period: optional(object({ from: nullable(isoDate()), to: nullable(isoDate()) })),
});

const materiel = object({
  party,
  kind: oneOf(['tank', 'helicopter', 'aircraft', 'drone', 'air-defence', 'armoured-vehicle', 'artillery', 'vehicle', 'other']),
  count: figure,
  status: oneOf(['destroyed', 'captured', 'lost']),
});

const maxText = REPORT_INPUT_LIMITS.maxTextBytes;

/** The data of an extracted event (ShellingReported, CasualtiesClaimed, ...). */
export const extractedEventDataSchema: Schema = (value, path) => {
  const base = object({
    occurredOn: nullable(object({ from: isoDate(), to: isoDate() })),
    locations: array(location, { max: 1_000 }),
    claimant: object({ party, name: shortText(1_000) }),
    accused: party,
    target: party,
    weapons: array(string({ max: 200 }), { max: 100 }),
    casualties: array(casualty, { max: 1_000 }),
    materiel: array(materiel, { max: 1_000 }),
    background: boolean(),
    evidence: object({ text: string({ max: maxText }), start: integer({ min: 0 }), end: integer({ min: 0 }) }),
    confidence: number({ min: 0, max: 1 }),
    reportId,
    extractionId: id,
    ordinal: integer({ min: 0, max: 100_000 }),
  })(value, path);
  if (base) return base;
  const v = value as {
    evidence: { start: number; end: number };
    casualties: Array<{ min: number | null; max: number | null }>;
    occurredOn: { from: string; to: string } | null;
  };
  if (v.evidence.start > v.evidence.end) return `${path}.evidence: start after end`;
  const bad = v.casualties.findIndex((c) => c.min !== null && c.max !== null && c.min > c.max);
  if (bad >= 0) return `${path}.casualties[${bad}]: min above max`;
  if (v.occurredOn && v.occurredOn.from > v.occurredOn.to) return `${path}.occurredOn: from after to`;
  return null;
};

export const reportSubmittedDataSchema: Schema = object({
  reportId,
  text: string({ min: 1, max: maxText }),
  source: shortText(REPORT_INPUT_LIMITS.maxSourceLength),
  url: shortText(REPORT_INPUT_LIMITS.maxUrlLength),
  title: shortText(REPORT_INPUT_LIMITS.maxTitleLength),
  language: string({ min: 1, max: 35 }),
  publishedOn: nullable(isoDate()),
  referenceDate: nullable(isoDate()),
  referenceDateSource,
  contentHash: string({ pattern: /^[0-9a-f]{64}$/ }),
  extractorVersion: string({ min: 1, max: 100 }),
  extractionId: id,
  eventCount: integer({ min: 0, max: 100_000 }),
  warnings,
  submittedAt: isoTimestamp(),
});

export const reportReextractedDataSchema: Schema = object({
  reportId,
  extractorVersion: string({ min: 1, max: 100 }),
  previousExtractorVersion: string({ min: 1, max: 100 }),
  extractionId: id,
  previousExtractionId: id,
  extractionNumber: integer({ min: 2 }),
  eventCount: integer({ min: 0, max: 100_000 }),
  referenceDate: nullable(isoDate()),
  referenceDateSource,
  warnings,
  reextractedAt: isoTimestamp(),
});

export const reportRetractedDataSchema: Schema = object({
  reportId,
  reason: string({ min: 1, max: 10_000 }),
  retractedBy: string({ min: 1, max: 300 }),
  retractedAt: isoTimestamp(),
});

const metadataFields: Schema = object({
  publishedOn: optional(nullable(isoDate())),
  source: optional(shortText(REPORT_INPUT_LIMITS.maxSourceLength)),
  url: optional(shortText(REPORT_INPUT_LIMITS.maxUrlLength)),
  title: optional(shortText(REPORT_INPUT_LIMITS.maxTitleLength)),
  language: optional(nullable(string({ min: 1, max: 35 }))),
});

export const reportMetadataCorrectedDataSchema: Schema = object({
  reportId,
  changes: metadataFields,
  previous: metadataFields,
  reason: string({ min: 1, max: 10_000 }),
  correctedBy: string({ min: 1, max: 300 }),
  correctedAt: isoTimestamp(),
});

/** Event type → [data schema, metadata schema] for every type a report stream may hold. */
export const REPORT_EVENT_SCHEMAS: Readonly<Record<string, { data: Schema; metadata: Schema }>> = {
  ReportSubmitted: { data: reportSubmittedDataSchema, metadata: reportEventMetadataSchema },
  ReportReextracted: { data: reportReextractedDataSchema, metadata: reportEventMetadataSchema },
  ReportRetracted: { data: reportRetractedDataSchema, metadata: reportEventMetadataSchema },
  ReportMetadataCorrected: { data: reportMetadataCorrectedDataSchema, metadata: reportEventMetadataSchema },
  ...Object.fromEntries(INCIDENT_EVENT_TYPES.map((t) => [t, { data: extractedEventDataSchema, metadata: reportEventMetadataSchema }])),
};
