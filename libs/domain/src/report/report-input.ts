import { z } from 'zod';
import { isCalendarDate, latestPublicationDate } from '../shared/calendar-date.js';
import { ReportErrorCode, ReportValidationError } from './report.errors.js';
import { REPORT_INPUT_LIMITS } from './report-limits.js';
import { CORRECTABLE_REPORT_FIELDS, type ReportMetadataFields } from './report.events.js';

export { REPORT_INPUT_LIMITS };

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

/** A refusal with its stable code; `abort` so that one field answers with one reason, the first. */
const refusal = (code: ReportErrorCode, message: string) => ({ message, params: { code }, abort: true });

const isHttpUrl = (value: string): boolean => URL.canParse(value) && ['http:', 'https:'].includes(new URL(value).protocol);

/** A metadata field: a string, trimmed; null, absent or blank is null. */
const metadataText = (field: string, max: number) =>
  z
    .string({ error: `"${field}" must be a string.` })
    .refine((v) => !v.includes('\u0000'), refusal(ReportErrorCode.TEXT_CONTAINS_NUL, `"${field}" contains a NUL character.`))
    .refine((v) => !LONE_SURROGATE.test(v), refusal(ReportErrorCode.INVALID_UTF8, `"${field}" contains an unpaired surrogate.`))
    .transform((v) => v.trim())
    .refine((v) => v.length <= max, refusal(ReportErrorCode.FIELD_TOO_LONG, `"${field}" is longer than ${max} characters.`))
    .transform((v) => (v === '' ? null : v))
    .nullish()
    .transform((v) => v ?? null);

const publishedOn = metadataText('publishedOn', 100)
  .refine((v) => v === null || isCalendarDate(v), {
    ...refusal(ReportErrorCode.INVALID_DATE, '"publishedOn" must be a calendar date YYYY-MM-DD.'),
  })
  .meta({ description: 'Publication date; the reference date for relative dates in the text.', format: 'date', example: '2022-09-13' });
const source = metadataText('source', REPORT_INPUT_LIMITS.maxSourceLength).meta({
  description: 'Outlet name; part of the report identity.',
  example: 'TASS',
  maxLength: REPORT_INPUT_LIMITS.maxSourceLength,
});
const url = metadataText('url', REPORT_INPUT_LIMITS.maxUrlLength)
  .refine((v) => v === null || isHttpUrl(v), refusal(ReportErrorCode.INVALID_URL, '"url" must be an absolute http(s) URL.'))
  .meta({
    description: 'Absolute http(s) URL of the article.',
    example: 'https://example.org/news/1',
    maxLength: REPORT_INPUT_LIMITS.maxUrlLength,
  });
const title = metadataText('title', REPORT_INPUT_LIMITS.maxTitleLength).meta({
  description: 'Headline.',
  maxLength: REPORT_INPUT_LIMITS.maxTitleLength,
});
const language = metadataText('language', 35)
  .refine(
    (v) => v === null || LANGUAGE_PATTERN.test(v),
    refusal(ReportErrorCode.INVALID_LANGUAGE, '"language" must be an ISO 639 code such as "ar" or "en".'),
  )
  .meta({ description: 'ISO 639 language code; detected when absent.', example: 'ar' });

const text = z
  .string({ error: '"text" must be a string.' })
  .refine(
    (v) => Buffer.byteLength(v, 'utf8') <= REPORT_INPUT_LIMITS.maxTextBytes,
    refusal(ReportErrorCode.REPORT_TOO_LARGE, `"text" is larger than ${REPORT_INPUT_LIMITS.maxTextBytes} bytes.`),
  )
  .refine((v) => !v.includes('\u0000'), refusal(ReportErrorCode.TEXT_CONTAINS_NUL, '"text" contains a NUL character.'))
  .refine((v) => !LONE_SURROGATE.test(v), refusal(ReportErrorCode.INVALID_UTF8, '"text" contains an unpaired surrogate.'))
  .refine((v) => v.trim() !== '', refusal(ReportErrorCode.TEXT_EMPTY, '"text" is empty or only whitespace.'))
  .meta({
    description: 'The report text (UTF-8, at most 1 MiB, not blank, no NUL).',
    example: 'أعلنت وزارة الدفاع الأرمينية أن القوات الأذربيجانية قصفت مدينة جرموك صباح اليوم.',
  });

/**
 * One report as analysts and feeds post it (HTTP JSON body, one ndjson line, a
 * file plus CLI flags): the type, the check (with the stable codes) and the
 * OpenAPI body of POST /reports.
 */
export const submitReportInputSchema = z.strictObject(
  { text, publishedOn, source, title, url, language },
  { error: 'A report is a JSON object such as {"text": "..."}.' },
);
export type SubmitReportInput = z.output<typeof submitReportInputSchema>;
export const REPORT_INPUT_FIELDS = ['text', 'publishedOn', 'source', 'url', 'title', 'language'] as const;

/** The first issue as a ReportValidationError with its stable code (unknown fields first: they make the rest moot). */
function refused(error: z.ZodError, raw: unknown, allowed: readonly string[]): ReportValidationError {
  const issue = error.issues.find((i) => i.code === 'unrecognized_keys') ?? error.issues[0]!;
  const field = issue.path[0] === undefined ? undefined : String(issue.path[0]);
  if (issue.code === 'unrecognized_keys') {
    const fields = issue.keys;
    const list = fields.map((k) => JSON.stringify(k)).join(', ');
    return new ReportValidationError(ReportErrorCode.UNKNOWN_FIELD, `Unknown field(s): ${list}. Allowed: ${allowed.join(', ')}.`, {
      fields,
    });
  }
  if (field === undefined) {
    const code = (issue.code === 'custom' && (issue.params?.code as ReportErrorCode)) || ReportErrorCode.INVALID_BODY;
    return new ReportValidationError(code, issue.message);
  }
  if (issue.code === 'custom' && issue.params?.code) {
    return new ReportValidationError(issue.params.code as ReportErrorCode, issue.message, { field });
  }
  if (field === 'text' && (raw as Record<string, unknown>).text == null)
    return new ReportValidationError(ReportErrorCode.TEXT_REQUIRED, '"text" is required.', { field });
  return new ReportValidationError(ReportErrorCode.INVALID_FIELD, issue.message, { field });
}

/** `now` (an ISO timestamp from the command metadata): a date more than a day after it is refused. */
export function validatePublishedOn(value: string | null, now?: string): string | null {
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
 * SubmitReportInput; with `now` (the command's time) a publication date in the
 * future is refused. Throws ReportValidationError with a stable code; the order
 * of checks is the schema's, so the same bad input always gets the same answer.
 */
export function parseSubmitReportInput(raw: unknown, now?: string): SubmitReportInput {
  const result = submitReportInputSchema.safeParse(raw);
  if (!result.success) throw refused(result.error, raw, REPORT_INPUT_FIELDS);
  validatePublishedOn(result.data.publishedOn, now);
  return result.data;
}

/** An analyst's correction of a report's metadata: the fields to change (null clears one), and why. */
export const metadataCorrectionSchema = z
  .strictObject(
    {
      publishedOn: publishedOn.optional(),
      source: source.optional(),
      url: url.optional(),
      title: title.optional(),
      language: language.refine((v) => v !== null, refusal(ReportErrorCode.INVALID_LANGUAGE, '"language" cannot be cleared.')).optional(),
      reason: metadataText('reason', 10_000)
        .transform((v) => v ?? 'metadata correction')
        .meta({ example: 'the wire gave the date of the follow-up story' }),
      correctedBy: metadataText('correctedBy', 300)
        .transform((v) => v ?? 'admin')
        .meta({ example: 'analyst:mk' }),
    },
    { error: 'A correction is a JSON object such as {"publishedOn": "2022-09-13", "reason": "..."}.' },
  )
  .refine(
    (v) => CORRECTABLE_REPORT_FIELDS.some((f) => v[f] !== undefined),
    refusal(ReportErrorCode.INVALID_BODY, `Name at least one field to correct: ${CORRECTABLE_REPORT_FIELDS.join(', ')}.`),
  )
  .transform(({ reason, correctedBy, ...changes }) => ({ changes: changes as ReportMetadataFields, reason, correctedBy }));
export type MetadataCorrectionInput = z.output<typeof metadataCorrectionSchema>;

const CORRECTION_FIELDS = [...CORRECTABLE_REPORT_FIELDS, 'reason', 'correctedBy'] as const;

/**
 * Validates a `PATCH /reports/:id` body by the same rules as a submission
 * (`now` from the command metadata bounds publishedOn). At least one field to
 * correct; `text` is refused, since a different text is a different report.
 */
export function parseMetadataCorrection(raw: unknown, now: string): MetadataCorrectionInput {
  if (typeof raw === 'object' && raw !== null && 'text' in raw) {
    throw new ReportValidationError(
      ReportErrorCode.UNKNOWN_FIELD,
      'The text of a report cannot be corrected: a different text is a different report (post it).',
      { field: 'text' },
    );
  }
  const result = metadataCorrectionSchema.safeParse(raw);
  if (!result.success) throw refused(result.error, raw, CORRECTION_FIELDS);
  if (result.data.changes.publishedOn !== undefined) validatePublishedOn(result.data.changes.publishedOn, now);
  return result.data;
}
