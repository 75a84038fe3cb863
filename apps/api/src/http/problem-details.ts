/**
 * RFC 9457 problem details, the body of every error answer
 * (`Content-Type: application/problem+json`).
 */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** Stable machine-readable code; see ERROR_CODES. */
  code: string;
  /** The request path. */
  instance: string;
  requestId?: string;
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export const problemType = (code: string): string => `urn:sitrep:problem:${code.toLowerCase().replaceAll('_', '-')}`;

/**
 * The one table from stable error codes to HTTP statuses. Errors carry only a
 * code (DomainError, HttpProblem, the event store's typed errors); add a line
 * here when a module introduces one. A DomainError whose code is missing
 * answers 422; any other unknown error 500 INTERNAL_ERROR.
 */
export const ERROR_STATUS = {
  // transport (raised by the HTTP layer itself)
  MALFORMED_JSON: 400,
  INVALID_QUERY: 400,
  UNKNOWN_PARAMETER: 400,
  INVALID_QUERY_PARAMETER: 422,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  ROUTE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  BAD_REQUEST: 400,
  BAD_URL: 400,
  URI_TOO_LONG: 414,
  HEADERS_TOO_LARGE: 431,
  REQUEST_TIMEOUT: 408,
  NOT_ACCEPTABLE: 406,
  ADMIN_TOKEN_REQUIRED: 401,
  ADMIN_TOKEN_INVALID: 403,
  ADMIN_DISABLED: 403,
  BATCH_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  // reports (ReportErrorCode)
  INVALID_BODY: 422,
  UNKNOWN_FIELD: 422,
  INVALID_FIELD: 422,
  TEXT_REQUIRED: 422,
  TEXT_EMPTY: 422,
  REPORT_TOO_LARGE: 413,
  TEXT_CONTAINS_NUL: 422,
  INVALID_UTF8: 422,
  INVALID_DATE: 422,
  PUBLISHED_IN_FUTURE: 422,
  INVALID_LANGUAGE: 422,
  INVALID_URL: 422,
  FIELD_TOO_LONG: 422,
  /** A malformed id in a path names no report. */
  INVALID_REPORT_ID: 404,
  REPORT_NOT_FOUND: 404,
  REPORT_ALREADY_RETRACTED: 409,
  REPORT_ALREADY_SUBMITTED: 409,
  EVENT_SCHEMA_VIOLATION: 422,
  // extraction
  EXTRACTOR_BUSY: 503,
  EXTRACTOR_UNAVAILABLE: 503,
  EXTRACTION_FAILED: 500,
  // incidents and the read side (IncidentErrorCode, ...)
  INCIDENT_NOT_FOUND: 404,
  MERGE_INVALID: 422,
  SPLIT_INVALID: 422,
  LOCATION_NOT_FOUND: 404,
  PROJECTION_NOT_FOUND: 404,
  STREAM_NOT_FOUND: 404,
  WAIT_FOR_TIMEOUT: 504,
  // event store
  CONCURRENCY_CONFLICT: 409,
  PARTIAL_DUPLICATE_APPEND: 409,
  EVENT_ID_CONFLICT: 409,
  /** An export's history held back by a transaction older than its events, past the wait (HistoryNotVisibleError). */
  HISTORY_NOT_VISIBLE: 503,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_ERROR: 500,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** The status of a code, `fallback` when the table does not name it. */
export const statusOf = (code: string, fallback: number): number => (ERROR_STATUS as Record<string, number>)[code] ?? fallback;

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export const titleFor = (status: number): string => TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error');
