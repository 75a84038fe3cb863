import { setTimeout as sleep } from 'node:timers/promises';
import fc from 'fast-check';
import { Kysely } from 'kysely';
import { PostgresJSDialect } from 'kysely-postgres-js';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { PostgresEventStore } from '@sitrep/event-store';
import { createTestDatabase } from '@sitrep/testing';
import { getIncidentCasualties, listIncidents } from '../incidents/incidents.query.js';
import { gazetteerDirectory } from '../locations/gazetteer-directory.js';
import { listLocations } from '../locations/locations.query.js';
import { catchUpAll, catchUpTo, defaultProjections, testRunner, testStore } from '../testing/projection-test-kit.js';
import {
  extracted,
  mergeIncidents,
  PLACES,
  reextractReport,
  reportIdFor,
  retractReport,
  splitIncident,
  submitReport,
  type FixtureEvent,
} from '../testing/report-fixtures.js';
import { snapshotProjections } from '../testing/snapshot.js';
import type { Projection, ProjectionDb } from './projection.js';
import type { ProjectionTables } from '../projection-tables.js';

type Op =
  | { kind: 'submit'; events: FixtureEvent[]; source: string }
  | { kind: 'retract'; report: number }
  | { kind: 'reextract'; report: number; events: FixtureEvent[] }
  | { kind: 'merge'; a: number; b: number }
  | { kind: 'split'; incident: number; member: number }
  | { kind: 'catchUp' };

const places = [PLACES.jermuk, PLACES.goris, PLACES.vayotsDzor, PLACES.border, PLACES.karabakh];
const arbEvent: fc.Arbitrary<FixtureEvent> = fc
  .record({
    type: fc.constantFrom(
      'ShellingReported',
      'ArmedClashReported',
      'CasualtiesClaimed',
      'CeasefireDeclared',
      'CeasefireViolationAlleged',
      'TalksHeld' as const,
    ),
    day: fc.integer({ min: 12, max: 16 }),
    len: fc.integer({ min: 0, max: 1 }),
    place: fc.option(fc.constantFrom(...places), { nil: undefined }),
    claimant: fc.constantFrom('AM', 'AZ', null),
    killed: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
    background: fc.integer({ min: 0, max: 9 }).map((x) => x === 0),
  })
  .map((r) =>
    extracted(r.type, {
      occurredOn: { from: `2022-09-${r.day}`, to: `2022-09-${r.day + r.len}` },
      locations: r.place ? [r.place] : [],
      claimant: { party: r.claimant, name: null },
      casualties:
        r.killed === undefined
          ? []
          : [{ party: 'AM', affiliation: 'military', category: 'killed', min: r.killed, max: r.killed, approximate: false, vague: false }],
      background: r.background,
    }),
  );
const arbOp: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('submit' as const),
      events: fc.array(arbEvent, { minLength: 1, maxLength: 4 }),
      source: fc.constantFrom('TASS', 'Reuters'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('retract' as const), report: fc.nat(20) }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('reextract' as const), report: fc.nat(20), events: fc.array(arbEvent, { maxLength: 3 }) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('merge' as const), a: fc.nat(20), b: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('split' as const), incident: fc.nat(20), member: fc.nat(20) }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'catchUp' as const }) },
);

/**
 * PROPERTY_SEED and PROPERTY_PATH (as a failure prints them) replay one counterexample and print it;
 * PROPERTY_SHRINK=1 also shrinks it.
 */
const replay = () =>
  process.env.PROPERTY_SEED
    ? {
        seed: Number(process.env.PROPERTY_SEED),
        path: process.env.PROPERTY_PATH,
        endOnFailure: process.env.PROPERTY_SHRINK !== '1',
        verbose: 1 as const,
      }
    : {};

describe('projection runner', () => {
  /** A fresh database (cloned from the migrated template) and the real store over it. */
  async function fresh() {
    const tdb = await createTestDatabase({ poolSize: 4 });
    const db = tdb.db as unknown as ProjectionDb;
    const store = testStore(db, tdb.sql);
    let head = 0;
    const append = async (s: { streamId: string; events: Parameters<PostgresEventStore['append']>[1] }) => {
      const r = await store.append(s.streamId, s.events);
      head = Math.max(head, r.lastPosition);
      return r;
    };
    return { tdb, db, store, append, head: () => head };
  }

  /** Everything a query can answer, for comparing live answers with asOf answers. */
  async function answers(db: ProjectionDb, asOf: number | null) {
    const incidents = (await listIncidents(db, { asOf, limit: 1000 })).items;
    const casualties = [];
    for (const i of incidents) casualties.push(await getIncidentCasualties(db, i.id, asOf));
    const locations = await listLocations(db, gazetteerDirectory, { asOf });
    // Current answers walk a place's own rows (by their date_from), asOf answers every incident
    // with an EXISTS on its places: comparing the two checks the place rows' dates and the cursor.
    const byPlace: Record<string, string[]> = {};
    for (const l of locations) byPlace[l.id] = await placePages(db, l.id, asOf);
    return { incidents, casualties, locations, byPlace };
  }

  /** Every incident under a place, read in pages of two. */
  async function placePages(db: ProjectionDb, place: string, asOf: number | null): Promise<string[]> {
    const ids: string[] = [];
    let after: { dateFrom: string; id: string } | null = null;
    do {
      const page = await listIncidents(db, { asOf, limit: 2, placeIds: [place], after });
      ids.push(...page.items.map((i) => `${i.dateFrom} ${i.id}`));
      after = page.next;
    } while (after);
    return ids;
  }

  it(
    'builds live the same projections as a rebuild from scratch, and asOf equals the live answer then (property)',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(arbOp, { minLength: 3, maxLength: 14 }), fc.integer({ min: 1, max: 9 }), async (ops, batchSize) => {
          const { tdb, db, store, append, head } = await fresh();
          try {
            const live = testRunner(db, tdb.sql, store, { batchSize });
            const reports: { id: string; extractions: number }[] = [];
            const captured: { position: number; answer: Awaited<ReturnType<typeof answers>> }[] = [];
            let n = 0;
            for (const op of ops) {
              if (op.kind === 'submit') {
                const id = `r${reports.length}`;
                reports.push({ id, extractions: 1 });
                const s = submitReport(id, op.events, { source: op.source });
                await append(s);
              } else if (op.kind === 'retract' && reports.length) {
                const r = reports[op.report % reports.length]!;
                const s = retractReport(r.id);
                await append(s);
              } else if (op.kind === 'reextract' && reports.length) {
                const r = reports[op.report % reports.length]!;
                const s = reextractReport(r.id, ++r.extractions, op.events);
                await append(s);
              } else if (op.kind === 'merge' || op.kind === 'split') {
                await catchUpTo(live, head());
                const current = (await listIncidents(db, { asOf: null, limit: 1000 })).items;
                if (current.length === 0) continue;
                if (op.kind === 'merge') {
                  const a = current[op.a % current.length]!;
                  const b = current[op.b % current.length]!;
                  if (a.id === b.id) continue;
                  const s = mergeIncidents(`merge-${n++}`, a.id, [b.id], []);
                  await append(s);
                } else {
                  const inc = current[op.incident % current.length]!;
                  const members = await db
                    .selectFrom('incident_members')
                    .select('event_id')
                    .where('incident_id', '=', inc.id)
                    .where('valid_to', 'is', null)
                    .orderBy('event_id')
                    .execute();
                  if (members.length < 2) continue;
                  const s = splitIncident(`split-${n++}`, inc.id, [members[op.member % members.length]!.event_id]);
                  await append(s);
                }
              } else if (op.kind === 'catchUp') {
                await catchUpTo(live, head());
                captured.push({ position: head(), answer: await answers(db, null) });
              }
            }
            await catchUpTo(live, head());
            const liveSnapshot = await snapshotProjections(db);

            for (const c of captured) expect(await answers(db, c.position)).toEqual(c.answer);

            // Rebuild both projections into new builds (batch size 1000 this time) and swap.
            const rebuilder = testRunner(db, tdb.sql, store, { batchSize: 1000 });
            await rebuilder.rebuild('incidents');
            await rebuilder.rebuild('casualties');
            await catchUpTo(rebuilder, head());
            await catchUpAll(rebuilder);
            const status = await rebuilder.status();
            expect(status.every((s) => s.rebuild === null && s.active.build === 2)).toBe(true);
            expect(await snapshotProjections(db)).toEqual(liveSnapshot);
            expect(await db.selectFrom('incidents').select('build').where('build', '=', 1).execute()).toEqual([]);

            // Once more in catch-up mode: full pages of 2, then bigger pages while behind, with the
            // incidents held in memory between batches instead of looked up (see CurrentIncidents).
            const catchingUp = testRunner(db, tdb.sql, store, { batchSize: 2, catchUpBatchSize: 11 });
            await catchingUp.rebuild('incidents');
            await catchingUp.rebuild('casualties');
            await catchUpTo(catchingUp, head());
            await catchUpAll(catchingUp);
            expect((await catchingUp.status()).every((s) => s.rebuild === null && s.active.build === 3)).toBe(true);
            expect(await snapshotProjections(db)).toEqual(liveSnapshot);

            // And with room for one incident in memory: buckets of incidents are let go as the build
            // grows, and the look-ups that reach them go to the table (bounded CurrentIncidents).
            const bounded = testRunner(db, tdb.sql, store, {
              batchSize: 2,
              catchUpBatchSize: 5,
              projections: defaultProjections({ currentIncidentsLimit: 1 }),
            });
            await bounded.rebuild('incidents');
            await catchUpTo(bounded, head());
            await catchUpAll(bounded);
            expect((await bounded.status()).find((s) => s.name === 'incidents')).toMatchObject({ rebuild: null, active: { build: 4 } });
            expect(await snapshotProjections(db)).toEqual(liveSnapshot);
          } finally {
            await tdb.close();
          }
        }),
        { numRuns: Number(process.env.PROPERTY_RUNS ?? 12), endOnFailure: true, ...replay() },
      );
    },
    Number(process.env.PROPERTY_TIMEOUT ?? 240_000),
  );

  // Also with room for one incident in memory: the reloads after the failed batch and the forced
  // replay find more than that in the table, hold none of them and look them up instead.
  it.each([undefined, 1])('resumes after a worker dies mid-batch without losing or double-counting (limit %s)', async (limit) => {
    const { tdb, db, store, append, head } = await fresh();
    for (let i = 0; i < 6; i++) {
      const s = submitReport(`r${i}`, [
        extracted('ShellingReported', { locations: [i % 2 ? PLACES.goris : PLACES.jermuk] }),
        extracted('CasualtiesClaimed', {
          casualties: [{ party: 'AM', affiliation: 'military', category: 'killed', min: i, max: i, approximate: false, vague: false }],
        }),
      ]);
      await append(s);
    }
    // Reference: a clean run.
    const clean = testRunner(db, tdb.sql, store);
    await catchUpTo(clean, head());
    const expected = await snapshotProjections(db);
    // Start over in fresh builds (a rebuild), with a worker that dies.
    await clean.rebuild('incidents');
    await clean.rebuild('casualties');

    // A projection that dies in the middle of its third batch, once.
    let calls = 0;
    const flaky = defaultProjections({ currentIncidentsLimit: limit }).map((p): Projection => ({
      ...p,
      async apply(events, ctx) {
        if (p.name === 'incidents' && ++calls === 3) {
          await p.apply(events.slice(0, 2), ctx);
          throw new Error('worker killed mid-batch');
        }
        return p.apply(events, ctx);
      },
    }));
    const runner = testRunner(db, tdb.sql, store, { projections: flaky, batchSize: 4 });
    await expect(runner.catchUp('incidents')).rejects.toThrow('worker killed mid-batch');
    const [status] = (await runner.status()).filter((s) => s.name === 'incidents');
    expect(status!.rebuild!.position).toBe(8); // two batches of 4 committed, the third rolled back
    await catchUpTo(runner, head());
    await catchUpAll(runner);
    expect(await snapshotProjections(db)).toEqual(expected);

    // Delivering everything again (at-least-once) changes nothing: the checkpoint guard
    // skips it, and even forced past the guard the row writes are keyed and idempotent.
    await catchUpAll(runner);
    await db.updateTable('projection_checkpoints').set({ position: 0 }).where('name', '=', 'casualties').execute();
    await runner.catchUp('casualties');
    expect(await snapshotProjections(db)).toEqual(expected);
    // The same for incidents, replayed in catch-up mode (full pages of 4, incidents held in memory
    // between batches): the table holds rows of later events, so membership is still looked up.
    await db.updateTable('projection_checkpoints').set({ position: 0 }).where('name', '=', 'incidents').execute();
    await runner.catchUp('incidents');
    expect(await snapshotProjections(db)).toEqual(expected);
    await tdb.close();
  });

  it('lets only one of two runners apply, and the standby takes over when the first dies', async () => {
    const { tdb, db, store, append: appendStream, head } = await fresh();
    const append = async (id: string) => {
      await appendStream(submitReport(id, [extracted('ShellingReported')]));
    };
    await append('a1');
    // Runner A has a pool of its own, so that ending it is a process dying: its connections close, PostgreSQL frees the lock.
    const sqlA = postgres(tdb.url, { max: 3, onnotice: () => undefined });
    const dbA = new Kysely<ProjectionTables>({ dialect: new PostgresJSDialect({ postgres: sqlA }) });
    const a = testRunner(dbA, sqlA, new PostgresEventStore(dbA as never, { sql: sqlA, pollIntervalMs: 50 }), {
      pollMs: 20,
      standbyPollMs: 20,
    });
    const b = testRunner(db, tdb.sql, store, { pollMs: 20, standbyPollMs: 20 });
    await a.start();
    await waitUntil(async () => (await a.position('incidents')) === head());
    await b.start();
    await append('a2');
    await waitUntil(async () => (await b.position('incidents')) === head());
    expect(a.holdsLock('incidents')).toBe(true);
    expect(b.holdsLock('incidents')).toBe(false);
    expect(a.appliedBatches('incidents')).toBeGreaterThan(0);
    expect(b.appliedBatches('incidents')).toBe(0);

    // A dies: its connections are cut under it. Its loops still run; the patched driver opens no session for them
    // any more (unpatched, a reservation after end() reconnected and A took the lock back: a CI run timed out here).
    await sqlA.end({ timeout: 0 });
    await append('a3');
    await waitUntil(() => Promise.resolve(b.holdsLock('incidents')));
    await waitUntil(async () => (await b.position('incidents')) === head());
    expect(b.appliedBatches('incidents')).toBeGreaterThan(0);
    // A is dead (its pool was ended under it): a query it had in flight may never settle, as a
    // Postgres.js reservation on an ended pool never does, so do not wait on its stop for long.
    await Promise.race([a.stop().catch(() => undefined), new Promise((r) => setTimeout(r, 2_000))]);
    await b.stop();
    const incidents = await listIncidents(db, { asOf: null, limit: 10 });
    expect(incidents.items).toHaveLength(1);
    expect(incidents.items[0]!.reportIds).toEqual(['a1', 'a2', 'a3'].map(reportIdFor).sort());
    await tdb.close();
  });

  // Issue 19 / Marten Bug_4765_quick_occ_no_sequence_gap.cs: positions taken by appends that stored nothing
  // (a concurrency loser, a rolled-back transaction) are not lag.
  it('reports lag as the events stored after the checkpoint, not head minus checkpoint', async () => {
    const { tdb, db, store, append, head } = await fresh();
    await append(submitReport('lag0', [extracted('ShellingReported', { locations: [PLACES.jermuk] })]));
    const runner = testRunner(db, tdb.sql, store);
    await catchUpTo(runner, head());
    const s = submitReport('lag1', []);
    await store.append(s.streamId, s.events, { expectedVersion: 'no_stream' });
    await expect(
      store.append(
        s.streamId,
        s.events.map((e) => ({ ...e, id: crypto.randomUUID() })),
        { expectedVersion: 'no_stream' },
      ),
    ).rejects.toMatchObject({
      code: 'CONCURRENCY_CONFLICT',
    }); // took positions, stored nothing
    const more = submitReport('lag2', []);
    const last = await store.append(more.streamId, more.events);
    const stored = s.events.length + more.events.length;
    // The head is what readers may see: on a server shared with other tests, an older transaction elsewhere
    // fences it for a while (readers wait, never skip), so read the status once it has reached the last append.
    const statusAtHead = async () => {
      for (const deadline = Date.now() + 30_000; ; await sleep(50)) {
        const [status] = (await runner.status()).filter((x) => x.name === 'incidents');
        if (status!.head >= last.lastPosition || Date.now() > deadline) return status;
      }
    };
    const status = await statusAtHead();
    expect(status!.head).toBe(last.lastPosition);
    expect(status!.head - status!.position).toBeGreaterThan(stored); // the gap is there
    expect(status!.lag).toBe(stored);
    await tdb.close();
  });

  it('rebuilds a new version beside the serving one and swaps when caught up', async () => {
    const { tdb, db, store, append, head } = await fresh();
    for (let i = 0; i < 5; i++) {
      const s = submitReport(`r${i}`, [extracted('ShellingReported', { locations: [i % 2 ? PLACES.goris : PLACES.jermuk] })]);
      await append(s);
    }
    const v1 = testRunner(db, tdb.sql, store);
    await catchUpTo(v1, head());
    const before = await listIncidents(db, { asOf: null, limit: 100 });

    const v2 = testRunner(db, tdb.sql, store, { projections: defaultProjections({ incidentsVersion: 2 }), batchSize: 2 });
    await v2.init(); // notices the new version and starts a rebuild into build 2
    let [status] = (await v2.status()).filter((s) => s.name === 'incidents');
    expect(status).toMatchObject({ state: 'rebuilding', version: 1, active: { build: 1 }, rebuild: { build: 2, version: 2, position: 0 } });
    // While the rebuild runs, queries keep answering from build 1.
    expect(await listIncidents(db, { asOf: null, limit: 100 })).toEqual(before);
    await catchUpTo(v2, head());
    await v2.catchUp('incidents');
    [status] = (await v2.status()).filter((s) => s.name === 'incidents');
    expect(status).toMatchObject({ state: 'running', version: 2, active: { build: 2, lag: 0 }, rebuild: null });
    expect(await listIncidents(db, { asOf: null, limit: 100 })).toEqual(before);
    await tdb.close();
  });
});

describe('projection runner: a start with a new version', () => {
  async function servedByV1() {
    const tdb = await createTestDatabase({ poolSize: 6 });
    const db = tdb.db as unknown as ProjectionDb;
    const store = testStore(db, tdb.sql);
    let head = 0;
    for (let i = 0; i < 4; i++) {
      const s = submitReport(`ver${i}`, [extracted('ShellingReported', { locations: [i % 2 ? PLACES.goris : PLACES.jermuk] })]);
      head = (await store.append(s.streamId, s.events)).lastPosition;
    }
    await catchUpTo(testRunner(db, tdb.sql, store), head);
    return { tdb, db, store, head };
  }
  const incidentsRegistry = (db: ProjectionDb) =>
    db
      .selectFrom('projection_registry')
      .select(['version', 'active_build', 'rebuild_build', 'rebuild_version'])
      .where('name', '=', 'incidents')
      .executeTakeFirstOrThrow();

  it('replaces a rebuild of the older version under way', async () => {
    const { tdb, db, store, head } = await servedByV1();
    await testRunner(db, tdb.sql, store).rebuild('incidents'); // an operator's rebuild, version 1, build 2
    const v2 = testRunner(db, tdb.sql, store, { projections: defaultProjections({ incidentsVersion: 2 }) });
    await v2.init();
    expect(await incidentsRegistry(db)).toEqual({ version: 1, active_build: 1, rebuild_build: 3, rebuild_version: 2 });
    await catchUpTo(v2, head);
    await v2.catchUp('incidents');
    expect(await incidentsRegistry(db)).toEqual({ version: 2, active_build: 3, rebuild_build: null, rebuild_version: null });
    await tdb.close();
  });

  it('starts one rebuild when several processes start at once', async () => {
    const { tdb, db } = await servedByV1();
    // Each process with a pool of its own, as separate processes have.
    const pools = Array.from({ length: 3 }, () => postgres(tdb.url, { max: 2, onnotice: () => undefined }));
    const runners = pools.map((p) => {
      const pdb = new Kysely<ProjectionTables>({ dialect: new PostgresJSDialect({ postgres: p }) });
      return testRunner(pdb, p, testStore(pdb, p), { projections: defaultProjections({ incidentsVersion: 2 }) });
    });
    await Promise.all(runners.map((r) => r.init()));
    expect(await incidentsRegistry(db)).toEqual({ version: 1, active_build: 1, rebuild_build: 2, rebuild_version: 2 });
    await Promise.all(pools.map((p) => p.end()));
    await tdb.close();
  });
});

describe('projection runner: builds retired by a swap', () => {
  async function builtOnce() {
    const tdb = await createTestDatabase({ poolSize: 4 });
    const db = tdb.db as unknown as ProjectionDb;
    const store = testStore(db, tdb.sql);
    let head = 0;
    for (let i = 0; i < 5; i++) {
      const s = submitReport(`ret${i}`, [extracted('ShellingReported', { locations: [i % 2 ? PLACES.goris : PLACES.jermuk] })]);
      head = (await store.append(s.streamId, s.events)).lastPosition;
    }
    await catchUpTo(testRunner(db, tdb.sql, store), head);
    return { tdb, db, store, head };
  }
  const checkpoints = (db: ProjectionDb) =>
    db.selectFrom('projection_checkpoints').select('build').where('name', '=', 'incidents').orderBy('build').execute();
  const rowsOfBuild = async (db: ProjectionDb, build: number) =>
    (await db.selectFrom('incidents').select('id').where('build', '=', build).execute()).length +
    (await db.selectFrom('incident_members').select('event_id').where('build', '=', build).execute()).length;

  it('a start after a swap brings back no checkpoint of the build it retired', async () => {
    const { tdb, db, store, head } = await builtOnce();
    const rebuilder = testRunner(db, tdb.sql, store);
    await rebuilder.rebuild('incidents');
    await catchUpTo(rebuilder, head);
    await rebuilder.catchUp('incidents');
    expect(await checkpoints(db)).toEqual([{ build: 2 }]);
    // A process starting now registers nothing again: build 1 is gone, and so stays its checkpoint.
    await testRunner(db, tdb.sql, store).init();
    expect(await checkpoints(db)).toEqual([{ build: 2 }]);
    await tdb.close();
  });

  it('drops the rows of the build a swap retired when the process died before dropping them', async () => {
    const { tdb, db, store, head } = await builtOnce();
    const served = await snapshotProjections(db);
    expect(await rowsOfBuild(db, 1)).toBeGreaterThan(0);
    // Runner A has a pool of its own: ending it is the process dying. Its swap commits, then it dies in the
    // old build's drop, before deleting anything.
    const sqlA = postgres(tdb.url, { max: 3, onnotice: () => undefined });
    const dbA = new Kysely<ProjectionTables>({ dialect: new PostgresJSDialect({ postgres: sqlA }) });
    let dropping = false;
    const dying = defaultProjections().map((p): Projection => ({
      ...p,
      dropBuild: () => {
        dropping = true;
        return new Promise<void>(() => undefined);
      },
    }));
    const a = testRunner(dbA, sqlA, testStore(dbA, sqlA), { projections: dying });
    await a.rebuild('incidents');
    void a.catchUp('incidents').catch(() => undefined);
    await waitUntil(() => Promise.resolve(dropping), 60_000);
    await sqlA.end({ timeout: 0 });
    const [reg] = await db
      .selectFrom('projection_registry')
      .select(['active_build', 'rebuild_build'])
      .where('name', '=', 'incidents')
      .execute();
    expect(reg).toEqual({ active_build: 2, rebuild_build: null }); // swapped before it died
    expect(await rowsOfBuild(db, 1)).toBeGreaterThan(0); // with the old build's rows still there

    // The next worker to take the lock drops them.
    const b = testRunner(db, tdb.sql, store);
    await catchUpTo(b, head);
    expect(await rowsOfBuild(db, 1)).toBe(0);
    expect(
      await db.selectFrom('projection_reports').select('build').where('projection', '=', 'incidents').where('build', '=', 1).execute(),
    ).toEqual([]);
    expect(await checkpoints(db)).toEqual([{ build: 2 }]);
    expect(await snapshotProjections(db)).toEqual(served);
    await tdb.close();
  });
});

/**
 * Waits for a check to hold. Long by default: the gap-safe read waits for the oldest write transaction of the whole
 * server, and on the shared test server another file's (a rebuild, a held transaction) can fence the head for tens of
 * seconds (a CI run timed out here at 15 s while such a file ran beside it).
 */
async function waitUntil(check: () => Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}
