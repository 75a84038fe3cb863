/**
 * Postgres.js 3.4.9 under Kysely's `kysely-postgres-js` dialect, which
 * reserves a connection for every query, loses connections that the server
 * ends (pg_terminate_backend, a restart, a failover, an outage):
 *
 * - `release()` of a reserved connection whose socket died puts it back in
 *   the pool as open; the next query writes to the nulled socket, an uncaught
 *   TypeError from a timer that ends the process (porsager/postgres#1199, #1208);
 * - a reserve waiting for a connection that closes is handed to the reconnect
 *   and dropped there: it never settles (#1195);
 * - a close cancels the pending flush without forgetting it, so no flush is
 *   scheduled again on that connection (every later query on it hangs, #1154);
 * - work sent between a socket's error and its close is never failed, and a
 *   query in flight at a close is kept, so `end()` waits for it forever;
 * - the array-types query of a connection ended while it runs is an
 *   unhandled rejection;
 * - `reserve()` ignores `end()`: a loop still running after its pool was
 *   ended (Kysely reserves for every query) opens new sessions, which may
 *   take a session lock back from the process meant to succeed it.
 *
 * No release fixes them: 3.4.10 changes only query building, and 4.x is a
 * rewrite of the pool (a major upgrade of every raw-SQL use, not tried here).
 * patches/postgres+3.4.9.patch fixes them in the installed package itself,
 * applied by `patch-package` on every `npm ci`/`npm install` (the postinstall
 * script), so every process that loads `postgres` (the API, the CLI, the
 * tests, a library user's script) runs the fixed driver. `connect()` refuses
 * to run on an unpatched 3.4.9 (`npm install --ignore-scripts`, a copied
 * node_modules) rather than leave a process that dies on the first dropped
 * connection. The reproductions: libs/database/src/postgres-driver.int-spec.ts
 * and libs/event-store/src/postgres/peer-conformance-connection-drops.int-spec.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The version the patch is written for. */
export const PATCHED_POSTGRES_VERSION = '3.4.9';
/** Written by the patch next to each change, in every patched file. */
const MARKER = 'Sitrep patch';
const PATCHED_FILES = ['src/index.js', 'src/connection.js', 'cjs/src/index.js', 'cjs/src/connection.js'];

export type PostgresDriverState =
  | { state: 'patched'; version: string }
  | { state: 'unpatched'; version: string; files: string[] }
  /** Another version: the patch does not apply to it (patch-package fails the install), nothing to check here. */
  | { state: 'other-version'; version: string };

export class PostgresDriverError extends Error {
  readonly code = 'POSTGRES_DRIVER_UNPATCHED';
  constructor(readonly files: string[]) {
    super(
      `postgres ${PATCHED_POSTGRES_VERSION} is installed without patches/postgres+${PATCHED_POSTGRES_VERSION}.patch ` +
        `(${files.join(', ')} unchanged): a dropped database connection would hang or end this process. ` +
        'Run `npm ci` (or `npx patch-package`) without --ignore-scripts.',
    );
    this.name = 'PostgresDriverError';
  }
}

let cached: PostgresDriverState | null = null;

/** Whether the installed `postgres` package carries the patch (read once per process). */
export function postgresDriverState(): PostgresDriverState {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const root = join(dirname(require.resolve('postgres')), '../..'); // <root>/cjs/src/index.js
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  if (version !== PATCHED_POSTGRES_VERSION) return (cached = { state: 'other-version', version });
  const unpatched = PATCHED_FILES.filter((file) => !readFileSync(join(root, file), 'utf8').includes(MARKER));
  cached = unpatched.length === 0 ? { state: 'patched', version } : { state: 'unpatched', version, files: unpatched };
  return cached;
}

/** Throws {@link PostgresDriverError} when the known-broken driver runs unpatched. */
export function assertPostgresDriverPatched(): void {
  const driver = postgresDriverState();
  if (driver.state === 'unpatched') throw new PostgresDriverError(driver.files);
}
