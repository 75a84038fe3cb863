import { sql } from 'kysely';
import postgres from 'postgres';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PostgresEventStore } from '@sitrep/event-store';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { catchUpTo, defaultProjections, testRunner, testStore } from '../testing/projection-test-kit.js';
import { extracted, PLACES, submitReport } from '../testing/report-fixtures.js';
import { snapshotProjections } from '../testing/snapshot.js';
import { buildSpaceName, hasBuildSpace } from './build-space.js';
import type { Projection, ProjectionDb } from './projection.js';

describe('a rebuild in a space of its own', () => {
  let tdb: TestDatabase;
  let db: ProjectionDb;
  let store: PostgresEventStore;
  let head = 0;

  beforeEach(async () => {
    tdb = await createTestDatabase();
    db = tdb.db as unknown as ProjectionDb;
    store = testStore(db, tdb.sql);
    for (let i = 0; i < 6; i++) {
      const report = submitReport(`space-${i}`, [extracted('ShellingReported', { locations: [i % 2 ? PLACES.goris : PLACES.jermuk] })]);
      const r = await store.append(report.streamId, report.events);
      head = r.lastPosition;
    }
  });
  afterEach(() => tdb.close());

  const count = async (table: string, build: number) =>
    Number((await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)} WHERE build = ${build}`.execute(db)).rows[0]!.n);

  it('builds in unlogged tables of its own and moves its rows into the shared tables at the swap', async () => {
    const runner = testRunner(db, tdb.sql, store);
    await catchUpTo(runner, head);
    const { build } = await runner.rebuild('incidents');
    const schema = buildSpaceName('incidents', build);
    const { rows: persistence } = await sql<{ relpersistence: string }>`
      SELECT c.relpersistence FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ${schema} AND c.relname = 'incidents'`.execute(db);
    expect(persistence).toEqual([{ relpersistence: 'u' }]);

    await catchUpTo(runner, head);
    const [status] = (await runner.status()).filter((s) => s.name === 'incidents');
    expect(status!.active.build).toBe(build);
    expect(await hasBuildSpace(db, 'incidents', build)).toBe(false);
    expect(await count('incident_members', build)).toBe(6);
    expect(await count('incidents', build)).toBeGreaterThan(0);
  });

  it('starts the rebuild again from zero when crash recovery emptied its space', async () => {
    const runner = testRunner(db, tdb.sql, store);
    await catchUpTo(runner, head);
    const { build } = await runner.rebuild('incidents');
    // What crash recovery does to every unlogged table: empties it.
    await sql`TRUNCATE ${sql.id(buildSpaceName('incidents', build), 'space_alive')}`.execute(db);

    const restarted = testRunner(db, tdb.sql, store);
    await restarted.init();
    const [status] = (await restarted.status()).filter((s) => s.name === 'incidents');
    expect(status!.rebuild?.build).toBeGreaterThan(build);
    expect(status!.rebuild?.position).toBe(0);
    expect(await hasBuildSpace(db, 'incidents', build)).toBe(false);
    expect(await hasBuildSpace(db, 'incidents', status!.rebuild!.build)).toBe(true);
  });

  it('starts the rebuild again from zero when the database crashed under a running worker, and swaps no emptied space in', async () => {
    await catchUpTo(testRunner(db, tdb.sql, store), head);
    const expected = await snapshotProjections(db);
    // A rebuild that applied two batches of 2 events, then its process died.
    let calls = 0;
    const dying = testRunner(db, tdb.sql, store, {
      batchSize: 2,
      projections: defaultProjections().map((p): Projection => ({
        ...p,
        apply: async (events, ctx) => {
          if (p.name === 'incidents' && ctx.build > 1 && ++calls === 3) throw new Error('died');
          return p.apply(events, ctx);
        },
      })),
    });
    const { build } = await dying.rebuild('incidents');
    await expect(dying.catchUp('incidents')).rejects.toThrow('died');
    const checkpoint = () =>
      db
        .selectFrom('projection_checkpoints')
        .select('position')
        .where('name', '=', 'incidents')
        .where('build', '=', build)
        .executeTakeFirst();
    expect(Number((await checkpoint())!.position)).toBe(4);

    // A worker running from before the crash: started (its start-up checks done), its next batch held at the checkpoint.
    const holder = postgres(tdb.url, { max: 1, onnotice: () => undefined });
    const worker = testRunner(db, tdb.sql, store, { batchSize: 2, pollMs: 20, standbyPollMs: 20 });
    try {
      await holder.begin(async (trx) => {
        await trx`SELECT 1 FROM projection_checkpoints WHERE name = 'incidents' AND build = ${build} FOR UPDATE`;
        await worker.start(['incidents']);
        await expect
          .poll(
            async () =>
              (
                await tdb.sql`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'
                  AND query LIKE '%UPDATE projection_checkpoints%'`
              ).length,
            { timeout: 30_000, interval: 20 },
          )
          .toBe(1);
        // What crash recovery does to every unlogged table of the space: empties it.
        const { rows } = await sql<{
          t: string;
        }>`SELECT tablename AS t FROM pg_tables WHERE schemaname = ${buildSpaceName('incidents', build)}`.execute(db);
        await sql.raw(`TRUNCATE ${rows.map((r) => `${buildSpaceName('incidents', build)}.${r.t}`).join(', ')}`).execute(db);
      });
      await expect
        .poll(
          async () =>
            (await db.selectFrom('projection_registry').select('rebuild_build').where('name', '=', 'incidents').executeTakeFirst())
              ?.rebuild_build,
          {
            timeout: 60_000,
            interval: 50,
          },
        )
        .toBeNull();
    } finally {
      await worker.stop();
      await holder.end();
    }
    expect(await snapshotProjections(db)).toEqual(expected);
    const [status] = (await worker.status()).filter((s) => s.name === 'incidents');
    expect(status!.active.build).toBeGreaterThan(build); // started again, in a new build
  });

  it('lets a process start while a swap drops the space: it waits for the swap, and starts no rebuild', async () => {
    const runner = testRunner(db, tdb.sql, store);
    await catchUpTo(runner, head);
    const { build } = await runner.rebuild('incidents');
    const schema = buildSpaceName('incidents', build);
    // Someone reading the space's marker (another process's start-up check) holds the swap's DROP back.
    const reader = postgres(tdb.url, { max: 1, onnotice: () => undefined });
    const waiting = async (query: string) =>
      Number(
        (
          await tdb.sql<{ n: string }[]>`
          SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE ${query}`
        )[0]!.n,
      );
    try {
      const release = reader.begin(async (trx) => {
        await trx.unsafe(`LOCK TABLE ${schema}.space_alive IN ACCESS SHARE MODE`);
        const swapping = catchUpTo(runner, head);
        await expect.poll(() => waiting('%DROP SCHEMA%'), { timeout: 30_000, interval: 20 }).toBe(1);
        // A process starting now, mid-swap: the registry still names the build, the schema is still there.
        const starting = testRunner(db, tdb.sql, store)
          .init()
          .then(
            () => 'started',
            (e: unknown) => e,
          );
        await expect.poll(() => waiting('%'), { timeout: 30_000, interval: 20 }).toBe(2);
        return { swapping, starting };
      });
      const { swapping, starting } = await release;
      await swapping;
      expect(await starting).toBe('started');
    } finally {
      await reader.end();
    }
    const [status] = (await runner.status()).filter((s) => s.name === 'incidents');
    expect(status).toMatchObject({ active: { build }, rebuild: null });
    expect(await hasBuildSpace(db, 'incidents', build)).toBe(false);
  });
});
