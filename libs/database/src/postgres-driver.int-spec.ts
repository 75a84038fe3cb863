import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kysely, sql } from 'kysely';
import { PostgresJSDialect } from 'kysely-postgres-js';
import postgres from 'postgres';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { PATCHED_POSTGRES_VERSION, postgresDriverState } from './postgres-driver.js';

const run = promisify(execFile);
const fixture = fileURLToPath(new URL('./fixtures/terminate-under-kysely.mjs', import.meta.url));

describe('the Postgres.js driver under Kysely (issue 19, porsager/postgres#1195, #1199, #1208)', () => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase({ poolSize: 2 });
  });
  afterAll(() => tdb.close());

  it('is installed with patches/postgres+3.4.9.patch (the postinstall ran)', () => {
    expect(postgresDriverState()).toEqual({ state: 'patched', version: PATCHED_POSTGRES_VERSION });
  });

  // Unpatched, reserve() ignored end(): a loop still running after its pool was ended (Kysely reserves for every
  // query) opened new sessions, and took a session-level advisory lock back from the process meant to succeed it.
  it('opens no session for a reservation once the pool was ended', async () => {
    const name = `ended-pool-${process.pid}-${Date.now()}`;
    const pool = postgres(tdb.url, { max: 2, onnotice: () => undefined, connection: { application_name: name } });
    const first = await pool.reserve();
    await first`SELECT 1`;
    first.release();
    await pool.end({ timeout: 0 });
    await expect(pool.reserve()).rejects.toMatchObject({ code: 'CONNECTION_ENDED' });
    await expect(
      new Kysely<object>({ dialect: new PostgresJSDialect({ postgres: pool }) }).selectNoFrom(sql`1`.as('x')).execute(),
    ).rejects.toMatchObject({
      code: 'CONNECTION_ENDED',
    });
    const [{ sessions }] = await tdb.sql<
      { sessions: number }[]
    >`SELECT count(*)::int AS sessions FROM pg_stat_activity WHERE application_name = ${name}`;
    expect(sessions).toBe(0);
  });

  // A plain Node process, no Sitrep code: unpatched, it died of an uncaught TypeError 5 runs of 5.
  it.each([1, 2])('a plain Node process survives every session being ended six times under load, then closes (run %i)', async () => {
    const child = await run(process.execPath, [fixture, tdb.url], { cwd: process.cwd(), timeout: 60_000 }).catch(
      (error: { code?: number; signal?: string; stdout?: string; stderr?: string }) => error,
    );
    // On a failure the child's own words (its stdout line, or Node's uncaught error on stderr) are the message.
    const said = `exit ${String((child as { code?: number }).code ?? 0)}; stdout: ${child.stdout ?? ''}; stderr: ${child.stderr ?? ''}`;
    expect(child.stdout ?? '', said).toMatch(/^ended ok \(\d+ answers\)/m);
  });
});
