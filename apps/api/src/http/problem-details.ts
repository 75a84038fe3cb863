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
 * HTTP status of every stable error code that is not a DomainError carrying its
 * own status. Add a line here when a module introduces a code; the problem filter
 * answers 500 INTERNAL_ERROR for anything unknown.
 */
export const ERROR_STATUS: Record<string, number> = {
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
  NOT_ACCEPTABLE: 406,
  ADMIN_TOKEN_REQUIRED: 401,
  ADMIN_TOKEN_INVALID: 403,
  ADMIN_DISABLED: 403,
  BATCH_TOO_LARGE: 413,
  // event store
  CONCURRENCY_CONFLICT: 409,
  PARTIAL_DUPLICATE_APPEND: 409,
  EVENT_ID_CONFLICT: 409,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_ERROR: 500,
};

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
