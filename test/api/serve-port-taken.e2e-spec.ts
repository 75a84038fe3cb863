import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { requireBuiltCli, sitrep } from './support/cli.js';

/**
 * Issue 13 item 2: `sitrep serve` on a port another process holds exits
 * non-zero with one line saying so, instead of staying up holding its database,
 * and stops the embedded PostgreSQL it started.
 *
 * How long the exit takes is not asserted (81 s once on a loaded machine: start-up, the failed listen, the
 * close), only that it comes and what it says. The one bound is each test's own timeout, at which a server
 * still up is also killed (code -1: the test fails on it) so that none outlives the test.
 */
const TEST_TIMEOUT_MS = 180_000;

const serveOnTakenPort = (env: Record<string, string>) =>
  sitrep(['serve', '--port', String(port)], env, undefined, { killAfterMs: TEST_TIMEOUT_MS });

let tdb: TestDatabase;
let blocker: Server;
let port: number;
let dataDir: string;

beforeAll(async () => {
  requireBuiltCli();
  tdb = await createTestDatabase({ poolSize: 2 });
  blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  port = (blocker.address() as { port: number }).port;
  dataDir = await mkdtemp(join(tmpdir(), 'sitrep-port-taken-'));
});

afterAll(async () => {
  blocker?.close();
  await tdb?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('sitrep serve with its port taken', { timeout: TEST_TIMEOUT_MS }, () => {
  it('exits 1 with one line naming the port (external database)', async () => {
    const res = await serveOnTakenPort({ DATABASE_URL: tdb.url, LOG_LEVEL: 'info' });
    expect(res.code, res.stderr).toBe(1);
    const lines = res.stderr.trim().split('\n');
    expect(lines.filter((l) => /EADDRINUSE|in use/.test(l))).toEqual([
      `sitrep: EADDRINUSE: cannot listen on 127.0.0.1:${port}: the port is already in use (stop the other server, or choose another port with --port or PORT)`,
    ]);
    // Logs go to stdout; the URL line a started server prints must not.
    expect(res.stdout).not.toMatch(/^http:\/\//m);
  });

  it('stops the embedded PostgreSQL it started before exiting', async () => {
    const res = await serveOnTakenPort({ DATABASE_URL: '', SITREP_DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
    expect(res.code, res.stderr).toBe(1);
    expect(res.stderr).toContain('EADDRINUSE');
    // The cluster was created (so it had been started) and has no running postmaster left.
    expect(existsSync(join(dataDir, 'pg', 'PG_VERSION'))).toBe(true);
    expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  });
});
