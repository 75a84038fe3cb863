/**
 * Whether an error means "the database cannot be reached right now" (down,
 * restarting, connection lost, pool exhausted at the server) rather than a bug:
 * such a request is answered 503 SERVICE_UNAVAILABLE with Retry-After, so
 * clients back off and retry instead of treating it as a failure of their input.
 */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);
/** Postgres.js's own connection errors. */
const DRIVER_CODES = new Set(['CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'CONNECT_TIMEOUT']);
/** SQLSTATEs: admin/crash shutdown, cannot connect now (starting up), too many connections, and class 08 (connection exception). */
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

/** Seconds a client should wait before retrying. */
export const DATABASE_RETRY_AFTER_SECONDS = 2;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (SOCKET_CODES.has(code) || DRIVER_CODES.has(code) || SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)))
    return true;
  // Wrapped errors (Kysely, the event store, AggregateError of a multi-host connect).
  const { cause, errors } = error as { cause?: unknown; errors?: unknown };
  if (cause && isDatabaseUnavailable(cause, depth + 1)) return true;
  return Array.isArray(errors) && errors.some((e) => isDatabaseUnavailable(e, depth + 1));
}
