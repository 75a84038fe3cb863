import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '@sitrep/config';
import type { EventStore } from '@sitrep/event-store';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { ProblemDetailsFilter } from '../../apps/api/src/http/problem-details.filter.js';
import { InfrastructureModule } from '../../apps/api/src/infrastructure/infrastructure.module.js';
import { WAIT_FOR_OPTIONS } from '../../apps/api/src/replay/wait-for/projection-positions.port.js';
import { WaitFor } from '../../apps/api/src/replay/wait-for/wait-for.interceptor.js';
import { WaitForModule } from '../../apps/api/src/replay/wait-for/wait-for.module.js';

/**
 * The interceptor against real checkpoint tables: a query route marked
 * @WaitFor('incidents') answers only once the serving build's checkpoint has
 * reached ?waitFor=, and 504 WAIT_FOR_TIMEOUT otherwise.
 */
let handlerCalls = 0;

@Controller()
class ProbeController {
  @Get('probe')
  @WaitFor('incidents')
  probe() {
    handlerCalls++;
    return { ok: true };
  }

  @Get('probe-two')
  @WaitFor('incidents', 'casualties')
  probeTwo() {
    return { ok: true };
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

let tdb: TestDatabase;
let app: NestFastifyApplication;

async function setCheckpoint(name: string, position: number, build = 1) {
  await sql`INSERT INTO projection_checkpoints (name, build, position) VALUES (${name}, ${build}, ${position})
            ON CONFLICT (name, build) DO UPDATE SET position = excluded.position`.execute(tdb.db);
}

beforeAll(async () => {
  // Short limits so the timeout paths take milliseconds.
  process.env.SITREP_WAIT_FOR_TIMEOUT_MS = '300';
  process.env.SITREP_WAIT_FOR_MAX_TIMEOUT_MS = '1000';
  tdb = await createTestDatabase({ poolSize: 4 });
  const config = loadConfig({ DATABASE_URL: tdb.url });
  const handle = { db: tdb.db, sql: tdb.sql, url: tdb.url, embedded: false, close: async () => undefined };
  @Module({
    imports: [
      InfrastructureModule.forRoot({ config, handle, ownsHandle: false, eventStore: {} as EventStore }),
      WaitForModule,
      ProbeModule,
    ],
  })
  class TestAppModule {}
  app = await NestFactory.create<NestFastifyApplication>(TestAppModule, new FastifyAdapter(), { logger: false });
  app.useGlobalFilters(new ProblemDetailsFilter());
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
});

afterAll(async () => {
  delete process.env.SITREP_WAIT_FOR_TIMEOUT_MS;
  delete process.env.SITREP_WAIT_FOR_MAX_TIMEOUT_MS;
  await app?.close();
  await tdb?.close();
});

beforeEach(async () => {
  handlerCalls = 0;
  await sql`DELETE FROM projection_checkpoints`.execute(tdb.db);
  await sql`DELETE FROM projection_registry`.execute(tdb.db);
  for (const name of ['incidents', 'casualties']) {
    await sql`INSERT INTO projection_registry (name, version, active_build, state) VALUES (${name}, 1, 1, 'running')`.execute(tdb.db);
    await setCheckpoint(name, 10);
  }
});

describe('@WaitFor (?waitFor=POSITION)', () => {
  it('answers at once without waitFor, or when the projection is already there', async () => {
    expect((await app.inject({ url: '/probe' })).statusCode).toBe(200);
    const res = await app.inject({ url: '/probe?waitFor=10' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
  });

  it('waits until the projection catches up, then runs the handler', async () => {
    const started = Date.now();
    setTimeout(() => void setCheckpoint('incidents', 12), 150);
    const res = await app.inject({ url: '/probe?waitFor=12&waitTimeout=3000' });
    expect(res.statusCode).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(handlerCalls).toBe(1);
  });

  it('times out cleanly with 504 WAIT_FOR_TIMEOUT problem+json, without running the handler', async () => {
    const started = Date.now();
    const res = await app.inject({ url: '/probe?waitFor=11&waitTimeout=200' });
    const elapsed = Date.now() - started;
    expect(res.statusCode).toBe(504);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ code: 'WAIT_FOR_TIMEOUT', projection: 'incidents', waitFor: 11, position: 10, timeoutMs: 200 });
    expect(elapsed).toBeGreaterThanOrEqual(190);
    expect(elapsed).toBeLessThan(2000);
    expect(handlerCalls).toBe(0);
  });

  it('reads the serving build, not a rebuild that is ahead', async () => {
    await setCheckpoint('incidents', 50, 2);
    await sql`UPDATE projection_registry SET rebuild_build = 2, rebuild_version = 2, state = 'rebuilding' WHERE name = 'incidents'`.execute(
      tdb.db,
    );
    expect((await app.inject({ url: '/probe?waitFor=50&waitTimeout=100' })).statusCode).toBe(504);
    await sql`UPDATE projection_registry SET active_build = 2, rebuild_build = NULL WHERE name = 'incidents'`.execute(tdb.db);
    expect((await app.inject({ url: '/probe?waitFor=50&waitTimeout=100' })).statusCode).toBe(200);
  });

  it('waits for every named projection', async () => {
    await setCheckpoint('incidents', 20);
    const res = await app.inject({ url: '/probe-two?waitFor=20&waitTimeout=150' });
    expect(res.statusCode).toBe(504);
    expect(res.json()).toMatchObject({ projection: 'casualties', position: 10 });
  });

  it('uses the default timeout, and caps waitTimeout at the maximum', async () => {
    const options = app.get<{ defaultTimeoutMs: number; maxTimeoutMs: number }>(WAIT_FOR_OPTIONS);
    expect(options).toEqual({ defaultTimeoutMs: 300, maxTimeoutMs: 1000 });
    expect((await app.inject({ url: '/probe?waitFor=11' })).json()).toMatchObject({ timeoutMs: 300 });
    expect((await app.inject({ url: '/probe?waitFor=11&waitTimeout=999999' })).json()).toMatchObject({ timeoutMs: 1000 });
  });

  it.each(['abc', '-1', '1.5'])('refuses waitFor=%s with 422 INVALID_QUERY_PARAMETER', async (bad) => {
    const res = await app.inject({ url: `/probe?waitFor=${bad}` });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'INVALID_QUERY_PARAMETER', parameter: 'waitFor' });
  });
});
