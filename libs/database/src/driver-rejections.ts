/**
 * Postgres.js 3.4.9 can leave a promise of its own rejected with nobody listening when the server ends a
 * session mid-write (porsager/postgres#1192, #1223): the caller's promise rejects as it should, the driver's
 * own one is left over. Node's default for an unhandled rejection is to end the process; for this one kind a
 * long-running command logs a line and goes on (the pool reconnects), and ends on any other as before.
 */

/** The codes Postgres.js and the server give a connection that went away. */
export const CONNECTION_LOST_CODES: ReadonlySet<string> = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_DESTROYED',
  'CONNECTION_ENDED',
  '57P01', // admin_shutdown: pg_terminate_backend, a server shutting down
  'ECONNRESET',
  'EPIPE',
]);

const IN_DRIVER = /node_modules[\\/]postgres[\\/]/;

/** Whether `error` is a lost connection raised inside Postgres.js itself (its top frames are the driver's). */
export function isDriverConnectionError(error: unknown): error is Error & { code: string } {
  if (!error || typeof error !== 'object') return false;
  const { code, stack } = error as { code?: unknown; stack?: unknown };
  return (
    typeof code === 'string' &&
    CONNECTION_LOST_CODES.has(code) &&
    typeof stack === 'string' &&
    IN_DRIVER.test(stack.split('\n').slice(1, 3).join('\n'))
  );
}

/**
 * The process's policy for unhandled rejections: the driver's lost-connection rejection is written as one
 * line and forgotten; anything else is thrown again, which ends the process as Node's default would.
 */
export function unhandledRejectionPolicy(write: (line: string) => void): (reason: unknown) => void {
  return (reason) => {
    if (!isDriverConnectionError(reason)) throw reason;
    write(`sitrep: ${reason.code} rejected inside Postgres.js with nobody listening; its caller was told and the pool reconnects\n`);
  };
}

/** Installs `unhandledRejectionPolicy` on this process; answers the function that removes it. */
export function tolerateDriverConnectionRejections(write: (line: string) => void = (line) => process.stderr.write(line)): () => void {
  const listener = unhandledRejectionPolicy(write);
  process.on('unhandledRejection', listener);
  return () => process.off('unhandledRejection', listener);
}
