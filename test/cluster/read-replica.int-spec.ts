import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../apps/api/src/create-app.js';
import { loadConfig } from '@sitrep/config';
import { openDatabase } from '@sitrep/database';
import { startReplicatedPostgres, type ReplicatedPostgres } from './harness/replicated-postgres.js';

/**
 * DATABASE_READ_URL against two real streaming replicas: queries read them in
 * turn; a `waitFor` its replica has not replayed (replay paused) moves to the
 * other replica when that one has it, or else answers from the primary after
 * SITREP_REPLICA_WAIT_MS, and every answer says where it came from in `Sitrep-Read-Source`.
 */
const RUN = randomBytes(4).toString('hex');
const TEXT =
  'أعلنت وزارة الدفاع الأرمينية أن القوات الأذربيجانية قصفت بالمدفعية مواقع قرب بلدة جرموك فجر يوم 13 سبتمبر 2022، ما أدى إلى مقتل ثلاثة جنود.';

let pg: ReplicatedPostgres;
let app: NestFastifyApplication;
let projector: NestFastifyApplication;

const env = (more: Record<string, string> = {}) => ({
  DATABASE_URL: pg.primaryUrl,
  LOG_LEVEL: 'silent',
  SITREP_WRITE_RATE_LIMIT: '0',
  SITREP_EXTRACTOR_WORKERS: '0',
  ...more,
});

beforeAll(async () => {
  pg = await startReplicatedPostgres({ replicas: 2 });
  const migrated = await openDatabase(loadConfig(env()), { migrate: true });
  await migrated.close();
  // An api node reading the replica, and a projector node building the projections on the primary.
  app = await createApp(
    loadConfig(env({ DATABASE_READ_URL: pg.replicaUrls.join(','), SITREP_REPLICA_WAIT_MS: '300', SITREP_ROLE: 'api' })),
    undefined,
    {
      httpLogging: false,
    },
  );
  projector = await createApp(loadConfig(env({ SITREP_ROLE: 'projector' })), undefined, { httpLogging: false });
});

afterAll(async () => {
  await app?.close();
  await projector?.close();
  await pg?.close();
});

async function post(n: number): Promise<{ id: string; position: number; ref: string }> {
  const ref = `${RUN}-${n}`;
  const res = await app.inject({
    method: 'POST',
    url: '/reports',
    payload: { text: `${TEXT}\nالمرجع ${ref}.`, publishedOn: '2022-09-14', source: 'replica-test' },
  });
  expect(res.statusCode).toBe(201);
  const body = res.json<{ id: string; position: number }>();
  return { ...body, ref };
}

async function listed(ref: string, waitFor?: number) {
  const res = await app.inject({ method: 'GET', url: `/reports?q=${encodeURIComponent(ref)}${waitFor ? `&waitFor=${waitFor}` : ''}` });
  expect(res.statusCode).toBe(200);
  return { source: res.headers['sitrep-read-source'], ids: res.json<{ items: { id: string }[] }>().items.map((i) => i.id) };
}

/** Until every serving checkpoint on the replica at `url` has reached `position`. */
async function replayed(url: string, position: number): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => undefined });
  try {
    for (let i = 0; i < 300; i++) {
      const [row] = await sql<{ lowest: string | null }[]>`
        SELECT min(c.position)::text AS lowest FROM projection_registry r
        JOIN projection_checkpoints c ON c.name = r.name AND c.build = r.active_build`;
      if (Number(row?.lowest ?? 0) >= position) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`the replica at ${url} did not replay position ${position} in 30 s`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

describe('read replicas (DATABASE_READ_URL)', () => {
  it('reads a waitFor position from the replica once it has replayed it', async () => {
    const report = await post(1);
    const read = await listed(report.ref, report.position);
    expect(read).toEqual({ source: 'replica', ids: [report.id] });
  });

  it('moves a waitFor read from a paused replica to the other one, which has the position', async () => {
    await pg.pauseReplay(0);
    try {
      const report = await post(4);
      // The other replica must have it first: on a loaded machine its replay may lag more than the wait.
      await replayed(pg.replicaUrls[1]!, report.position);
      // Two reads in a row: the round robin gives one of them the paused replica.
      const timed = async () => {
        const started = performance.now();
        return { read: await listed(report.ref, report.position), ms: performance.now() - started };
      };
      const [a, b] = [await timed(), await timed()];
      expect([a.read, b.read]).toEqual([
        { source: 'replica', ids: [report.id] },
        { source: 'replica', ids: [report.id] },
      ]);
      // The one that met the paused replica waited SITREP_REPLICA_WAIT_MS for it first.
      expect(Math.max(a.ms, b.ms)).toBeGreaterThanOrEqual(250);
    } finally {
      await pg.resumeReplay(0);
    }
  });

  it('answers from the primary, and says so, when the replica has not replayed the position in time', async () => {
    await pg.pauseReplay();
    try {
      const report = await post(2);
      const started = performance.now();
      expect(await listed(report.ref, report.position)).toEqual({ source: 'primary', ids: [report.id] });
      expect(performance.now() - started).toBeGreaterThanOrEqual(250);
      // Without waitFor the replica answers, older, and the header says it was the replica.
      expect(await listed(report.ref)).toEqual({ source: 'replica', ids: [] });
      await pg.resumeReplay();
      expect(await listed(report.ref, report.position)).toEqual({ source: 'replica', ids: [report.id] });
    } finally {
      await pg.resumeReplay();
    }
  });

  it('keeps asOf reads whole: a position the replica lacks is read on the primary', async () => {
    await pg.pauseReplay();
    try {
      const report = await post(3);
      // No waitFor: the request starts on the replica, finds it lacks the asOf position, and moves to the primary.
      const res = await app.inject({ method: 'GET', url: `/incidents?asOf=${report.position}` });
      expect([res.statusCode, res.headers['sitrep-read-source']]).toEqual([200, 'primary']);
      const before = await app.inject({ method: 'GET', url: `/incidents?asOf=1` });
      expect([before.statusCode, before.headers['sitrep-read-source']]).toEqual([200, 'replica']);
      // The same again is a read-cache hit, and still says how fresh it is.
      const hit = await app.inject({ method: 'GET', url: `/incidents?asOf=1` });
      expect([hit.statusCode, hit.headers['sitrep-read-source'], hit.body]).toEqual([200, 'replica', before.body]);
    } finally {
      await pg.resumeReplay();
    }
  });

  it('a projector node answers only /health, /metrics and /projections', async () => {
    const health = await projector.inject({ method: 'GET', url: '/health' });
    expect(health.statusCode).toBe(200);
    expect(health.headers['sitrep-node-role']).toBe('projector');
    const status = await projector.inject({ method: 'GET', url: '/projections' });
    expect(status.statusCode).toBe(200);
    const query = await projector.inject({ method: 'GET', url: '/reports' });
    expect([query.statusCode, query.json<{ code: string }>().code]).toEqual([404, 'NOT_AN_API_NODE']);
  });
});
