import { isCalendarDate, latestPublicationDate } from '../shared/calendar-date.js';
import { ReportErrorCode, ReportValidationError } from './report.errors.js';
import { REPORT_INPUT_LIMITS } from './report-limits.js';
import { CORRECTABLE_REPORT_FIELDS, type ReportMetadataFields } from './report.events.js';

/** One report as analysts and feeds post it (HTTP JSON body, one ndjson line, a file plus CLI flags). */
export interface SubmitReportInput {
  text: string;
  publishedOn: string | null;
  source: string | null;
  url: string | null;
  title: string | null;
  language: string | null;
}

export { REPORT_INPUT_LIMITS };

export const REPORT_INPUT_FIELDS = ['text', 'publishedOn', 'source', 'url', 'title', 'language'] as const;
type Field = (typeof REPORT_INPUT_FIELDS)[number];

/** ISO 639-1 or 639-2/3 code, optionally with BCP 47 subtags (ar, ar-SY, hy, zh-Hant). */
const LANGUAGE_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
// Lone UTF-16 surrogates cannot be encoded as UTF-8; JSON "\ud800" escapes can smuggle them in.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

/**
 * Decodes bytes as strict UTF-8 (no replacement characters): a report with
 * broken bytes is rejected rather than silently altered. A leading BOM is dropped.
 */
export function decodeUtf8Strict(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ReportValidationError(ReportErrorCode.INVALID_UTF8, 'The body is not valid UTF-8.');
  }
}

const invalid = (code: ReportErrorCode, detail: string, field?: Field | string, status?: number) =>
  new ReportValidationError(code, detail, field ? { field } : {}, status);

function optionalString(raw: Record<string, unknown>, field: Field | 'reason' | 'correctedBy', maxLength: number): string | null {
  const value = raw[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw invalid(ReportErrorCode.INVALID_FIELD, `"${field}" must be a string.`, field);
  if (value.includes('\u0000')) throw invalid(ReportErrorCode.TEXT_CONTAINS_NUL, `"${field}" contains a NUL character.`, field);
  if (LONE_SURROGATE.test(value)) throw invalid(ReportErrorCode.INVALID_UTF8, `"${field}" contains an unpaired surrogate.`, field);
  const trimmed = value.trim();
  if (trimmed.length > maxLength) {
    throw invalid(ReportErrorCode.FIELD_TOO_LONG, `"${field}" is longer than ${maxLength} characters.`, field);
  }
  return trimmed === '' ? null : trimmed;
}

/** `now` (an ISO timestamp from the command metadata): a date more than a day after it is refused. */
export function validatePublishedOn(value: string | null, now?: string): string | null {
  if (value !== null && !isCalendarDate(value)) {
    throw invalid(
      ReportErrorCode.INVALID_DATE,
      `"publishedOn" must be a calendar date YYYY-MM-DD; got ${JSON.stringify(value)}.`,
      'publishedOn',
    );
  }
  if (value !== null && now !== undefined && value > latestPublicationDate(now)) {
    throw new ReportValidationError(
      ReportErrorCode.PUBLISHED_IN_FUTURE,
      `"publishedOn" ${value} is in the future (the latest accepted is ${latestPublicationDate(now)}, a day ahead of UTC for time zones).`,
      { field: 'publishedOn', latest: latestPublicationDate(now) },
    );
  }
  return value;
}

/**
 * Validates one raw report (parsed JSON, query parameters, CLI options) into a
 * SubmitReportInput; with `now` (the command's time) a publication date in the future is refused. Throws ReportValidationError with a stable code; the order
 * of checks is fixed so the same bad input always gets the same answer.
 */
export function parseSubmitReportInput(raw: unknown, now?: string): SubmitReportInput {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw invalid(ReportErrorCode.INVALID_BODY, 'A report is a JSON object such as {"text": "..."}.');
  }
  const record = raw as Record<string, unknown>;
  const unknown = Object.keys(record).filter((k) => !(REPORT_INPUT_FIELDS as readonly string[]).includes(k));
  if (unknown.length > 0) {
    throw new ReportValidationError(
      ReportErrorCode.UNKNOWN_FIELD,
      `Unknown field(s): ${unknown.map((k) => JSON.stringify(k)).join(', ')}. Allowed: ${REPORT_INPUT_FIELDS.join(', ')}.`,
      { fields: unknown },
    );
  }

  const text = record.text;
  if (text === undefined || text === null) throw invalid(ReportErrorCode.TEXT_REQUIRED, '"text" is required.', 'text');
  if (typeof text !== 'string') throw invalid(ReportErrorCode.INVALID_FIELD, '"text" must be a string.', 'text');
  if (Buffer.byteLength(text, 'utf8') > REPORT_INPUT_LIMITS.maxTextBytes) {
    throw invalid(ReportErrorCode.REPORT_TOO_LARGE, `"text" is larger than ${REPORT_INPUT_LIMITS.maxTextBytes} bytes.`, 'text', 413);
  }
  if (text.includes('\u0000')) throw invalid(ReportErrorCode.TEXT_CONTAINS_NUL, '"text" contains a NUL character.', 'text');
  if (LONE_SURROGATE.test(text)) throw invalid(ReportErrorCode.INVALID_UTF8, '"text" contains an unpaired surrogate.', 'text');
  if (text.trim() === '') throw invalid(ReportErrorCode.TEXT_EMPTY, '"text" is empty or only whitespace.', 'text');

  const publishedOn = validatePublishedOn(optionalString(record, 'publishedOn', 100), now);
  const source = optionalString(record, 'source', REPORT_INPUT_LIMITS.maxSourceLength);
  const title = optionalString(record, 'title', REPORT_INPUT_LIMITS.maxTitleLength);

  const url = optionalString(record, 'url', REPORT_INPUT_LIMITS.maxUrlLength);
  if (url !== null && !isHttpUrl(url)) {
    throw invalid(ReportErrorCode.INVALID_URL, `"url" must be an absolute http(s) URL; got ${JSON.stringify(url.slice(0, 200))}.`, 'url');
  }

  const language = optionalString(record, 'language', 35);
  if (language !== null && !LANGUAGE_PATTERN.test(language)) {
    throw invalid(
      ReportErrorCode.INVALID_LANGUAGE,
      `"language" must be an ISO 639 code such as "ar" or "en"; got ${JSON.stringify(language)}.`,
      'language',
    );
  }

  return { text, publishedOn, source, url, title, language };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** An analyst's correction of a report's metadata: the fields to change (null clears one), and why. */
export interface MetadataCorrectionInput {
  changes: ReportMetadataFields;
  reason: string;
  correctedBy: string;
}

const CORRECTION_FIELDS = [...CORRECTABLE_REPORT_FIELDS, 'reason', 'correctedBy'] as const;

/**
 * Validates a `PATCH /reports/:id` body by the same rules as a submission
 * (`now` from the command metadata bounds publishedOn). At least one field to
 * correct; `text` is refused, since a different text is a different report.
 */
export function parseMetadataCorrection(raw: unknown, now: string): MetadataCorrectionInput {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw invalid(ReportErrorCode.INVALID_BODY, 'A correction is a JSON object such as {"publishedOn": "2022-09-13", "reason": "..."}.');
  }
  const record = raw as Record<string, unknown>;
  if ('text' in record) {
    throw invalid(
      ReportErrorCode.UNKNOWN_FIELD,
      'The text of a report cannot be corrected: a different text is a different report (post it).',
      'text',
    );
  }
  const unknown = Object.keys(record).filter((k) => !(CORRECTION_FIELDS as readonly string[]).includes(k));
  if (unknown.length > 0) {
    throw new ReportValidationError(
      ReportErrorCode.UNKNOWN_FIELD,
      `Unknown field(s): ${unknown.map((k) => JSON.stringify(k)).join(', ')}. Allowed: ${CORRECTION_FIELDS.join(', ')}.`,
      { fields: unknown },
    );
  }
  const changes: ReportMetadataFields = {};
  const limits: Record<string, number> = {
    publishedOn: 100,
    source: REPORT_INPUT_LIMITS.maxSourceLength,
    url: REPORT_INPUT_LIMITS.maxUrlLength,
    title: REPORT_INPUT_LIMITS.maxTitleLength,
    language: 35,
  };
  for (const field of CORRECTABLE_REPORT_FIELDS) {
    if (!(field in record)) continue;
    changes[field] = optionalString(record, field, limits[field]!);
  }
  if (Object.keys(changes).length === 0) {
    throw invalid(ReportErrorCode.INVALID_BODY, `Name at least one field to correct: ${CORRECTABLE_REPORT_FIELDS.join(', ')}.`);
  }
  if (changes.publishedOn !== undefined) validatePublishedOn(changes.publishedOn, now);
  if (changes.url && !isHttpUrl(changes.url)) {
    throw invalid(
      ReportErrorCode.INVALID_URL,
      `"url" must be an absolute http(s) URL; got ${JSON.stringify(changes.url.slice(0, 200))}.`,
      'url',
    );
  }
  if (changes.language === null) throw invalid(ReportErrorCode.INVALID_LANGUAGE, '"language" cannot be cleared.', 'language');
  if (changes.language !== undefined && !LANGUAGE_PATTERN.test(changes.language)) {
    throw invalid(
      ReportErrorCode.INVALID_LANGUAGE,
      `"language" must be an ISO 639 code such as "ar" or "en"; got ${JSON.stringify(changes.language)}.`,
      'language',
    );
  }
  const reason = optionalString(record, 'reason', 10_000) ?? 'metadata correction';
  const correctedBy = optionalString(record, 'correctedBy', 300) ?? 'admin';
  return { changes, reason, correctedBy };
}
