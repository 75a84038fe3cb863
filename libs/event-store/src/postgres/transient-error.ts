/**
 * Errors after which the same read may succeed a moment later: the connection
 * dropped, the server restarted or is starting, or is out of connections.
 * Not `CONNECTION_ENDED`: that is our own pool shutting down.
 */
const TRANSIENT_CODES = new Set([
  // Postgres.js
  'CONNECTION_CLOSED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  // Node sockets
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  // PostgreSQL: admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);

export function isTransientConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  return TRANSIENT_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code); // class 08: connection exception
}
