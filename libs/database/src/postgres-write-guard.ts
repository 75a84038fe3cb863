/**
 * A load-time fix for a Postgres.js 3.4.9 defect that takes the whole process
 * down when PostgreSQL goes away (found by the chaos suite's database-outage
 * scenario; upstream: porsager/postgres#1154, #1208, unmerged PRs #1168/#1209).
 *
 * In src/connection.js small writes are buffered and flushed from a
 * setImmediate (`nextWrite`). When the socket closes:
 *   1. a scheduled `nextWrite` can still run and call `socket.write` on the
 *      nulled socket: an uncaught TypeError from a timer, the process exits;
 *   2. `closed()`/`terminate()` cancel the immediate without resetting
 *      `nextWriteTimer` (nor the buffered `chunk`), so after the reconnect no
 *      flush is ever scheduled again: the startup message of the new socket
 *      sits in the buffer behind stale bytes and every query on that pool slot
 *      hangs — the service would not recover without a restart;
 *   3. `sql.release()` of a reserved connection (advisory locks) whose socket
 *      died puts it back in the pool as open: every query given to it then
 *      writes to the nulled socket (1.). The guard sends it back to the closed
 *      queue, so the pool reconnects it.
 *
 * We rewrite those few lines of the module's source as Node loads it
 * (`module.registerHooks`, a synchronous in-thread loader hook), so the fix
 * holds for `npm ci` installs and the Docker image alike. If the source no
 * longer contains the lines (a fixed release), nothing is changed.
 * `postgresWriteGuardState()` says what happened; it must be installed before
 * the first import of `postgres` (apps/cli/src/main.ts does it first thing).
 */
import module from 'node:module';

const STATE = Symbol.for('sitrep.postgres-write-guard');

/** `installed`: waiting for postgres to load; still so after a query means postgres was loaded before the hook. */
export type PostgresWriteGuardState = 'installed' | 'patched' | 'not-needed' | 'unavailable' | 'not-installed';

const NEXT_WRITE = /function nextWrite\(fn\) \{\n(\s*)const x = socket\.write\(chunk, fn\)/;
/** The two teardown lines (closed, terminate), alone on their line. */
const CLEAR_TIMER = /^([ \t]*)clearImmediate\(nextWriteTimer\)\n/gm;

/** The guarded source of postgres/src/connection.js (or its cjs twin); null when the defect is not there. */
export function patchConnectionSource(source: string): string | null {
  if (!NEXT_WRITE.test(source) || (source.match(CLEAR_TIMER) ?? []).length !== 2) return null;
  return source
    .replace(
      NEXT_WRITE,
      (_m, indent: string) =>
        'function nextWrite(fn) {\n' +
        // The socket is gone: drop the buffer, fail what waits on this connection (as a close does), never throw from a timer.
        `${indent}if (!socket) {\n` +
        `${indent}  nextWriteTimer !== null && clearImmediate(nextWriteTimer)\n` +
        `${indent}  chunk = nextWriteTimer = null\n` +
        `${indent}  const gone = Errors.connection('CONNECTION_CLOSED', options, null)\n` +
        `${indent}  error(gone)\n` +
        // Back to the pool's closed queue, so the next query reconnects it (a reserved connection released after
        // its socket died is put back as "open" by sql.release(), and would otherwise fail every query forever).
        // Only when the pool counts it as usable: a connection already reconnecting (queue "connecting") has its own
        // timer, and a second connect() on its socket is a Node internal assertion failure (seen in the chaos suite).
        `${indent}  if (connection.queue === queues.open || connection.queue === queues.busy || connection.queue === queues.full) onclose(connection, gone)\n` +
        `${indent}  fn && setImmediate(fn, gone)\n` +
        `${indent}  return false\n` +
        `${indent}}\n` +
        `${indent}const x = socket.write(chunk, fn)`,
    )
    .replace(CLEAR_TIMER, (_m, indent: string) => `${indent}clearImmediate(nextWriteTimer), nextWriteTimer = null, chunk = null\n`);
}

const isConnectionModule = (url: string) => /\/node_modules\/postgres\/(?:cjs\/)?src\/connection\.js$/.test(url);

/** Installs the loader hook once per process. */
export function installPostgresWriteGuard(): PostgresWriteGuardState {
  const g = globalThis as Record<symbol, unknown>;
  if (g[STATE]) return g[STATE] as PostgresWriteGuardState;
  const registerHooks = (module as { registerHooks?: (hooks: object) => unknown }).registerHooks;
  if (typeof registerHooks !== 'function') return (g[STATE] = 'unavailable');
  g[STATE] = 'installed';
  registerHooks({
    load(url: string, context: unknown, nextLoad: (url: string, context: unknown) => { source?: unknown; format?: string }) {
      const result = nextLoad(url, context);
      if (!isConnectionModule(url) || result.source == null) return result;
      const patched = patchConnectionSource(
        typeof result.source === 'string' ? result.source : Buffer.from(result.source as Uint8Array).toString('utf8'),
      );
      if (patched === null) {
        if (g[STATE] === 'installed') g[STATE] = 'not-needed';
        return result;
      }
      g[STATE] = 'patched';
      return { ...result, source: patched };
    },
  });
  return g[STATE] as PostgresWriteGuardState;
}

/** 'patched' once the postgres connection module was loaded through the hook. */
export function postgresWriteGuardState(): PostgresWriteGuardState {
  return ((globalThis as Record<symbol, unknown>)[STATE] as PostgresWriteGuardState | undefined) ?? 'not-installed';
}
