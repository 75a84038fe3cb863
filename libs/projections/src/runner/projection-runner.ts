import { sql } from 'kysely';
import type postgres from 'postgres';
import { DomainError } from '@sitrep/domain';
import type { EventStore, ReadAllResult, RecordedEvent } from '@sitrep/event-store';
import { AdvisoryLock } from './advisory-lock.js';
import {
  buildSpaceAlive,
  createBuildSpace,
  dropBuildSpace,
  hasBuildSpace,
  moveBuildSpace,
  searchPathOf,
  spaceTable,
} from './build-space.js';
import type { Projection, ProjectionDb } from './projection.js';
import { lockCheckpoint, lostRebuild, register } from './registry-locks.js';
import type { ProjectionRegistryRow, ProjectionState } from './projection-registry.table.js';
import { pollWithBackoff } from '../shared/poll-with-backoff.js';

export interface ProjectionRunnerOptions {
  db: ProjectionDb;
  /** The Postgres.js client under `db`; the advisory locks need connections of their own. */
  sql: postgres.Sql;
  store: EventStore;
  projections: readonly Projection[];
  /** Events per batch when the worker keeps up with the head (default 1000, at most 10,000). */
  batchSize?: number;
  /**
   * Events per batch while a build is behind (a rebuild, a start after downtime): bigger batches
   * spread each batch's fixed cost (loads, statements, commit) over more events. Default 2,000
   * when `batchSize` is not given, else `batchSize` (tests that ask for small batches keep them).
   * Each worker holds about three pages (the one applied, the one read ahead, one shared), so
   * this also bounds memory: ~3.5 KB per event read. Smaller pages promote less garbage each,
   * down to the point where the fixed cost per batch dominates; 2,000 is where the build was
   * fastest (bench/optimisations.md, item 12).
   */
  catchUpBatchSize?: number;
  /** Polling fallback when no notification arrives (ms). */
  pollMs?: number;
  /** How often a standby tries to take the lock (ms). */
  standbyPollMs?: number;
  /** Subscribe to the store's live feed as a wake-up signal (default true). */
  subscribe?: boolean;
  log?: (message: string) => void;
}

export interface BuildStatus {
  build: number;
  version: number;
  position: number;
  lag: number;
}

export interface ProjectionStatus {
  name: string;
  version: number;
  state: ProjectionState;
  error: string | null;
  /** The build queries read. */
  active: BuildStatus;
  /** The build being rebuilt, with progress in [0, 1]. */
  rebuild: (BuildStatus & { progress: number }) | null;
  head: number;
  position: number;
  lag: number;
  /** True when this process holds the projection's worker lock. */
  workerHere: boolean;
}

export interface RebuildAccepted {
  name: string;
  build: number;
  version: number;
  head: number;
}

/** The one PROJECTION_NOT_FOUND of the HTTP API and the CLI. */
export class UnknownProjectionError extends DomainError {
  override readonly name = 'UnknownProjectionError';
  constructor(
    readonly projection: string,
    known: readonly string[],
  ) {
    super('PROJECTION_NOT_FOUND', `No projection "${projection}"; known: ${known.join(', ')}.`, { projection, known });
  }
}

/** REBUILD_FAILED: a rebuild's worker kept failing with no progress for longer than the caller would wait. */
export class RebuildFailedError extends DomainError {
  override readonly name = 'RebuildFailedError';
  constructor(
    readonly projection: string,
    readonly error: string | null,
    readonly seconds: number,
  ) {
    super('REBUILD_FAILED', `Rebuild of "${projection}" failed for ${seconds} s with no progress: ${error ?? 'unknown error'}`, {
      projection,
      error,
      seconds,
    });
  }
}

interface Worker {
  projection: Projection;
  lock: AdvisoryLock;
  loop: Promise<void> | null;
  appliedBatches: number;
  /** Per build: the page after the last one applied, read while that one was being applied. */
  readAhead: Map<number, { after: number; limit: number; page: Promise<ReadAllResult> }>;
  /** Per build: whether the last page read was full (the build is behind the head). */
  behind: Map<number, boolean>;
  /** Per build: the position past which the projection's tables get their statistics refreshed. */
  nextAnalyze: Map<number, number>;
  /** Per build: whether it is built in a space of its own (see build-space.ts). */
  spaces: Map<number, boolean>;
  /** Retired builds may have rows left to drop (the lock was just taken, or a swap retired one): see `dropRetired`. */
  retiredDue: boolean;
}

/** A build and its checkpoint (null: it has none, e.g. dropped by a rebuild started elsewhere). */
interface BuildAt {
  build: number;
  after: number | null;
}

/** What a worker reads before each step. */
interface Builds {
  state: ProjectionState;
  active: BuildAt;
  rebuild: BuildAt | null;
}

/** First statistics refresh of a build's tables, then each time its position grows fourfold. */
const FIRST_ANALYZE_AT = 5_000;
const ANALYZE_GROWTH = 4;

/**
 * Runs projections: one worker per projection across all processes (advisory
 * lock), batches read with the store's gap-safe `readAll`, each batch applied in
 * one transaction that also moves the checkpoint, and rebuilds into a fresh build
 * swapped in atomically once caught up.
 *
 * ```ts
 * const runner = new ProjectionRunner({ db, sql, store, projections: [incidents, casualties] });
 * await runner.start();               // workers, or standbys if another process leads
 * await runner.rebuild('incidents');  // builds build n+1 beside build n, then swaps
 * await runner.status();              // position, lag, state per projection
 * await runner.stop();
 * ```
 */
export class ProjectionRunner {
  private readonly workers = new Map<string, Worker>();
  private readonly batchSize: number;
  private readonly catchUpBatchSize: number;
  private readonly pollMs: number;
  private readonly standbyPollMs: number;
  private abort = new AbortController();
  /** Pages read for one worker and not yet taken by the others (see `sharedRead`). */
  private readonly pages = new Map<string, { page: Promise<ReadAllResult>; left: number }>();
  private wakers = new Set<() => void>();
  private running = false;
  /** Data fields no projection of this runner reads: its reads leave them out. */
  private readonly omitDataFields: readonly string[];

  constructor(private readonly options: ProjectionRunnerOptions) {
    this.batchSize = Math.min(options.batchSize ?? 1000, 10_000);
    this.catchUpBatchSize = Math.min(options.catchUpBatchSize ?? (options.batchSize === undefined ? 2_000 : this.batchSize), 10_000);
    this.pollMs = options.pollMs ?? 1000;
    this.standbyPollMs = options.standbyPollMs ?? 2000;
    const [first, ...rest] = options.projections.map((p) => p.unreadDataFields ?? []);
    this.omitDataFields = (first ?? []).filter((f) => rest.every((fields) => fields.includes(f)));
    for (const projection of options.projections) {
      this.workers.set(projection.name, {
        projection,
        lock: new AdvisoryLock(options.sql, `sitrep:projection:${projection.name}`),
        loop: null,
        appliedBatches: 0,
        readAhead: new Map(),
        behind: new Map(),
        nextAnalyze: new Map(),
        spaces: new Map(),
        retiredDue: true,
      });
    }
  }

  get names(): string[] {
    return [...this.workers.keys()];
  }

  /** Registers the projections (and starts a rebuild for any whose code version moved ahead). */
  async init(): Promise<void> {
    const { db } = this.options;
    for (const { projection } of this.workers.values()) {
      await register(db, projection);
      // A code version ahead of the serving build's and of the one being rebuilt (a rebuild of an older
      // version under way is replaced: finished, it would serve rows of the older rule, swapped in as that
      // version, and nothing would rebuild it until the next start).
      const behind = (reg: ProjectionRegistryRow) => projection.version > Math.max(reg.version, reg.rebuild_version ?? 0);
      // Read first without a lock: most starts have nothing to do, and need not wait for a swap under way.
      const reg = await db.selectFrom('projection_registry').selectAll().where('name', '=', projection.name).executeTakeFirstOrThrow();
      if (behind(reg) && (await this.startRebuild(projection.name, behind))) continue;
      if (reg.rebuild_build === null) continue;
      const lost = await lostRebuild(db, projection.name);
      if (lost === null) continue;
      this.options.log?.(`projection ${projection.name}: build ${lost} was lost in a crash; rebuilding from zero`);
      await this.startRebuild(projection.name, (reg) => reg.rebuild_build === lost);
    }
  }

  /** Starts a worker loop per projection (standby until it wins the lock) and the wake-up feed. */
  async start(names: readonly string[] = this.names): Promise<void> {
    await this.init();
    if (this.running) return;
    this.running = true;
    this.abort = new AbortController();
    if (this.options.subscribe ?? true) void this.listen(this.abort.signal);
    for (const name of names) {
      const worker = this.worker(name);
      worker.loop = this.run(worker, this.abort.signal);
    }
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.abort.abort();
    this.wake();
    await Promise.all([...this.workers.values()].map((w) => w.loop));
    this.pages.clear();
    for (const w of this.workers.values()) {
      w.loop = null;
      w.readAhead.clear();
      await w.lock.release();
    }
  }

  /**
   * Starts building the projection again into a new build; queries keep reading
   * the active build until the new one has caught up, then the registry swaps them
   * in one transaction. Returns at once; follow it with `status()`.
   */
  async rebuild(name: string): Promise<RebuildAccepted> {
    return (await this.startRebuild(name, () => true))!;
  }

  /**
   * `rebuild`, when `wanted` holds for the registry row as it is under the row's lock, else null: a
   * start's reasons to rebuild are decided there, so processes starting together start one rebuild,
   * not one each, each replacing the last.
   */
  private async startRebuild(name: string, wanted: (reg: ProjectionRegistryRow) => boolean): Promise<RebuildAccepted | null> {
    const worker = this.worker(name);
    const { db } = this.options;
    const accepted = await db.transaction().execute(async (trx) => {
      const reg = await trx.selectFrom('projection_registry').selectAll().where('name', '=', name).forUpdate().executeTakeFirstOrThrow();
      if (!wanted(reg)) return null;
      if (reg.rebuild_build !== null) {
        // The lock order of every transaction that touches a build's space: its checkpoint row first, then
        // its tables. A worker (here or in another process) may be applying a batch to the build replaced
        // here: its batch locks the checkpoint row first (the guard), so this waits for that batch to
        // commit, and the next one finds the row gone and applies nothing. Dropping the space first would
        // take its tables one by one while the batch holds some and waits for others: a deadlock.
        await lockCheckpoint(trx, name, reg.rebuild_build);
        await worker.projection.dropBuild(trx, reg.rebuild_build);
        await dropBuildSpace(trx, name, reg.rebuild_build);
      }
      const [{ max }] = await trx
        .selectFrom('projection_checkpoints')
        .select((eb) => eb.fn.max('build').as('max'))
        .where('name', '=', name)
        .execute();
      const build = Math.max(Number(max ?? 0), reg.active_build, reg.rebuild_build ?? 0) + 1;
      // Only the replaced build's: any other checkpoint beside the serving one is a retired build whose rows
      // are still to drop (see `dropRetired`), and stays until they are.
      if (reg.rebuild_build !== null)
        await trx.deleteFrom('projection_checkpoints').where('name', '=', name).where('build', '=', reg.rebuild_build).execute();
      await trx.insertInto('projection_checkpoints').values({ name, build, position: 0 }).execute();
      const { tables, queryOnlyIndexes } = worker.projection;
      if (tables) await createBuildSpace(trx, name, build, tables, queryOnlyIndexes);
      await trx
        .updateTable('projection_registry')
        .set({ rebuild_build: build, rebuild_version: worker.projection.version, state: 'rebuilding', error: null, updated_at: new Date() })
        .where('name', '=', name)
        .execute();
      return { name, build, version: worker.projection.version };
    });
    if (accepted === null) return null;
    this.wake();
    return { ...accepted, head: await this.options.store.headPosition() };
  }

  async status(): Promise<ProjectionStatus[]> {
    const { db, store } = this.options;
    const head = await store.headPosition();
    const regs = await db.selectFrom('projection_registry').selectAll().where('name', 'in', this.names).orderBy('name').execute();
    const cps = await db.selectFrom('projection_checkpoints').selectAll().where('name', 'in', this.names).execute();
    const pos = (name: string, build: number) => Number(cps.find((c) => c.name === name && c.build === build)?.position ?? 0);
    // Lag in stored events, not head - position: rolled-back appends, concurrency losers and duplicate posts
    // take positions and store nothing, so the difference overstates (Marten's Bug_4765 pins the same).
    const lags = new Map<number, number>();
    const lagFrom = async (position: number) => {
      if (!lags.has(position)) lags.set(position, await storedEventsBetween(db, position, head));
      return lags.get(position)!;
    };
    for (const r of regs) {
      await lagFrom(pos(r.name, r.active_build));
      if (r.rebuild_build !== null) await lagFrom(pos(r.name, r.rebuild_build));
    }
    return regs.map((r) => {
      const position = pos(r.name, r.active_build);
      const rebuildPos = r.rebuild_build === null ? 0 : pos(r.name, r.rebuild_build);
      return {
        name: r.name,
        version: r.version,
        state: r.state,
        error: r.error,
        active: { build: r.active_build, version: r.version, position, lag: lags.get(position)! },
        rebuild:
          r.rebuild_build === null
            ? null
            : {
                build: r.rebuild_build,
                version: r.rebuild_version ?? r.version,
                position: rebuildPos,
                lag: lags.get(rebuildPos)!,
                progress: head === 0 ? 1 : Math.min(1, rebuildPos / head),
              },
        head,
        position,
        lag: lags.get(position)!,
        workerHere: this.workers.get(r.name)?.lock.held ?? false,
      };
    });
  }

  /** The highest position the store can hand out now. */
  headPosition(): Promise<number> {
    return this.options.store.headPosition();
  }

  /** The position the serving build of `name` has applied. */
  async position(name: string): Promise<number> {
    this.worker(name);
    const row = await this.options.db
      .selectFrom('projection_checkpoints as c')
      .innerJoin('projection_registry as r', (j) => j.onRef('r.name', '=', 'c.name').onRef('r.active_build', '=', 'c.build'))
      .select('c.position')
      .where('c.name', '=', name)
      .executeTakeFirst();
    return Number(row?.position ?? 0);
  }

  /** Read-your-writes: resolves true once `name` has applied `position`, false after `timeoutMs`. */
  async waitForPosition(name: string, position: number, timeoutMs: number): Promise<boolean> {
    return (await pollWithBackoff(async () => ((await this.position(name)) >= position ? true : undefined), { timeoutMs })) ?? false;
  }

  /**
   * Applies everything available to every build of `name`, swapping a finished
   * rebuild, if this process can take the lock. For tests and the CLI. Returns
   * false when another process holds the lock.
   */
  async catchUp(name: string): Promise<boolean> {
    const worker = this.worker(name);
    if (!(await this.takeLock(worker))) return false;
    try {
      await this.init();
      await this.dropRetired(worker);
      while (await this.step(worker, await this.builds(name))) {
        /* until nothing is left */
      }
      return true;
    } finally {
      if (!this.running) await worker.lock.release();
    }
  }

  /** How many batches this process has applied for `name` (tests use it to see who worked). */
  appliedBatches(name: string): number {
    return this.worker(name).appliedBatches;
  }

  holdsLock(name: string): boolean {
    return this.worker(name).lock.held;
  }

  private worker(name: string): Worker {
    const w = this.workers.get(name);
    if (!w) throw new UnknownProjectionError(name, this.names);
    return w;
  }

  private async run(worker: Worker, signal: AbortSignal): Promise<void> {
    const name = worker.projection.name;
    let backoff = this.pollMs;
    while (!signal.aborted) {
      try {
        if (!(await this.takeLock(worker))) {
          await this.idle(this.standbyPollMs, signal);
          continue;
        }
        await this.dropRetired(worker);
        const builds = await this.builds(name);
        if (builds.state === 'stopped') {
          await this.idle(this.pollMs, signal);
          continue;
        }
        if (builds.state === 'error') {
          await this.options.db
            .updateTable('projection_registry')
            .set({ state: builds.rebuild === null ? 'running' : 'rebuilding', error: null })
            .where('name', '=', name)
            .execute();
        }
        const worked = await this.step(worker, builds);
        backoff = this.pollMs;
        if (!worked) await this.idle(this.pollMs, signal);
      } catch (err) {
        if (signal.aborted) break;
        const message = err instanceof Error ? err.message : String(err);
        this.options.log?.(`projection ${name}: ${message}`);
        await this.options.db
          .updateTable('projection_registry')
          .set({ state: 'error', error: message.slice(0, 2000), updated_at: new Date() })
          .where('name', '=', name)
          .execute()
          .catch(() => undefined);
        await this.idle(backoff, signal);
        backoff = Math.min(backoff * 2, 30_000);
      }
    }
  }

  /**
   * The projection's state, builds and their checkpoints, in one statement: a worker asks before
   * every step, and while a rebuild catches up each round trip saved is saved per page.
   */
  private async builds(name: string): Promise<Builds> {
    const { rows } = await sql<{
      state: ProjectionState;
      active_build: number;
      rebuild_build: number | null;
      active_position: string | null;
      rebuild_position: string | null;
    }>`
      SELECT r.state, r.active_build, r.rebuild_build, a.position AS active_position, b.position AS rebuild_position
      FROM projection_registry r
      LEFT JOIN projection_checkpoints a ON a.name = r.name AND a.build = r.active_build
      LEFT JOIN projection_checkpoints b ON b.name = r.name AND b.build = r.rebuild_build
      WHERE r.name = ${name}`.execute(this.options.db);
    const r = rows[0];
    if (!r) throw new Error(`projection ${name} is not registered`);
    const at = (build: number | null, position: string | null) =>
      build === null ? null : { build, after: position === null ? null : Number(position) };
    return { state: r.state, active: at(r.active_build, r.active_position)!, rebuild: at(r.rebuild_build, r.rebuild_position) };
  }

  /** One round: a batch for the active build and one for a rebuild; swaps a caught-up rebuild. True when anything moved. */
  private async step(worker: Worker, builds: Builds): Promise<boolean> {
    let moved = await this.applyBatch(worker, builds.active);
    if (builds.rebuild !== null) {
      const rebuilt = await this.applyBatch(worker, builds.rebuild);
      moved ||= rebuilt;
      if (!rebuilt) await this.swap(worker, builds.rebuild.build);
    }
    return moved;
  }

  /** Reads one batch after the build's checkpoint and applies it with the checkpoint in one transaction. */
  private async applyBatch(worker: Worker, { build, after }: BuildAt): Promise<boolean> {
    const { db } = this.options;
    const { projection } = worker;
    if (after === null) {
      worker.readAhead.delete(build);
      return false;
    }
    const limit = worker.behind.get(build) ? this.catchUpBatchSize : this.batchSize;
    const { events, lastPosition } = await this.read(worker, build, after, limit);
    const behind = events.length >= limit;
    worker.behind.set(build, behind);
    if (lastPosition <= after) return false;
    // While this batch is applied, the next page is read: the database reads while Node evolves.
    // A gap-safe page stays gap-safe (every event up to its last position has committed), so it can be used later.
    if (behind) {
      const page = this.sharedRead(lastPosition, this.catchUpBatchSize);
      page.catch(() => undefined);
      worker.readAhead.set(build, { after: lastPosition, limit: this.catchUpBatchSize, page });
    }
    const space = await this.inSpace(worker, build);
    const handled = new Set(projection.canHandle);
    const relevant: RecordedEvent[] = events.filter((e) => e.position > after && handled.has(e.type));
    const applied = await db.transaction().execute(async (trx) => {
      // The guard, first: the checkpoint moves from `after` to the batch's end, or nothing happens. Whoever
      // moved it first wins (a concurrent mover waits on the row lock, then finds the position changed);
      // a late or duplicate batch changes nothing. It commits with the batch's rows, so no reader sees one
      // without the other. The settings last until this transaction ends, set only when the guard passed:
      // - synchronous_commit off: projection rows are derived data and move with their checkpoint; a
      //   commit lost in a crash is simply applied again from the older checkpoint, so the batch need
      //   not wait for its WAL flush.
      // - jit off: a batch's statements look up a few rows per event, yet the planner's row estimates
      //   for array-driven joins run into the hundreds of thousands: JIT compilation then costs many
      //   times the query itself (bench/optimisations.md, item 8).
      // - search_path: a rebuild in a space of its own writes there (see build-space.ts).
      const { rows } = await sql`
        WITH moved AS (
          UPDATE projection_checkpoints SET position = ${lastPosition}, updated_at = now()
          WHERE name = ${projection.name} AND build = ${build} AND position = ${after}
          RETURNING 1)
        SELECT set_config('synchronous_commit', 'off', true), set_config('jit', 'off', true)${space ? sql`, ${searchPathOf(projection.name, build)}` : sql``}
        FROM moved`.execute(trx);
      if (rows.length === 0) return false;
      // Holding the checkpoint row, the space cannot be dropped under this batch (see `rebuild`).
      if (space && !(await buildSpaceAlive(trx, projection.name, build))) return 'lost';
      await projection.apply(relevant, { trx, build, after, to: lastPosition, catchingUp: behind });
      return true;
    });
    if (applied === 'lost') {
      await this.restartLost(worker, build);
      return true;
    }
    if (!applied) {
      worker.readAhead.delete(build);
      return false;
    }
    worker.appliedBatches++;
    await this.refreshStatistics(worker, build, after, lastPosition);
    return true;
  }

  /** Whether `build` is built in a space of its own (asked once per build and process). */
  private async inSpace(worker: Worker, build: number): Promise<boolean> {
    let space = worker.spaces.get(build);
    if (space === undefined) {
      space = !!worker.projection.tables && (await hasBuildSpace(this.options.db, worker.projection.name, build));
      worker.spaces.set(build, space);
    }
    return space;
  }

  /** The page after `after`: the one read ahead when it matches, else a fresh read. */
  private async read(worker: Worker, build: number, after: number, limit: number): Promise<ReadAllResult> {
    const ahead = worker.readAhead.get(build);
    worker.readAhead.delete(build);
    if (ahead && ahead.after === after && ahead.limit === limit) {
      try {
        return await ahead.page;
      } catch {
        /* read again below */
      }
    }
    return this.sharedRead(after, limit);
  }

  /**
   * One read of a page for every worker of this process: projections catching up side by side
   * (a rebuild of all of them, a first start) ask for the same pages, so the first asker reads
   * and the others take its result. A page is kept until each other worker has taken it, at
   * most one per worker (a worker further behind reads its own), and only while it is full: a
   * short page is the head as it was, and a later reader reads the head again.
   */
  private sharedRead(after: number, limit: number): Promise<ReadAllResult> {
    const key = `${after}:${limit}`;
    const shared = this.pages.get(key);
    if (shared) {
      if (--shared.left <= 0) this.pages.delete(key);
      return shared.page;
    }
    const page = this.options.store.readAll({ after, limit, omitDataFields: this.omitDataFields });
    if (this.workers.size > 1) {
      this.pages.set(key, { page, left: this.workers.size - 1 });
      page.then(
        (r) => {
          if (r.events.length < limit) this.pages.delete(key);
        },
        () => this.pages.delete(key),
      );
      for (const oldest of this.pages.keys()) {
        if (this.pages.size <= this.workers.size) break;
        this.pages.delete(oldest);
      }
    }
    return page;
  }

  /**
   * A build that grows from nothing (a rebuild, a first start) leaves the planner with the
   * statistics of a small table: it then picks plans that scan a build's whole current state
   * for each lookup, and every batch costs more than the one before. Statistics of the
   * projection's tables are refreshed when a build's position first passes FIRST_ANALYZE_AT,
   * then each time it grows fourfold (five ANALYZE runs over a million events), outside the
   * batch's transaction.
   */
  private async refreshStatistics(worker: Worker, build: number, after: number, position: number): Promise<void> {
    const lookups = worker.projection.lookups ?? [];
    if (lookups.length === 0) return;
    const next = worker.nextAnalyze.get(build) ?? Math.max(FIRST_ANALYZE_AT, ANALYZE_GROWTH * after);
    if (position < next) {
      worker.nextAnalyze.set(build, next);
      return;
    }
    worker.nextAnalyze.set(build, ANALYZE_GROWTH * position);
    // Only the looked-up columns: statistics of the text arrays would cost most of the time.
    const space = worker.spaces.get(build) === true;
    const table = (t: string) => (space ? spaceTable(worker.projection.name, build, t) : sql.table(t));
    const targets = lookups.map((l) => sql`${table(l.table)} (${sql.join(l.columns.map((c) => sql.ref(c)))})`);
    // Outside a transaction, so it holds no xid (the store's read fence) while it runs, and each table is
    // analysed in a transaction of its own, locked alone: it cannot deadlock with a rebuild dropping this
    // build's space. A space dropped just before leaves a name that no longer resolves: nothing to analyse.
    try {
      await sql`ANALYZE ${sql.join(targets)}`.execute(this.options.db);
    } catch (err) {
      const gone =
        space && (err as { code?: string }).code === '42P01' && !(await hasBuildSpace(this.options.db, worker.projection.name, build));
      if (!gone) throw err;
    }
  }

  /** Makes a caught-up rebuild the serving build, atomically, then drops the old build's rows. */
  private async swap(worker: Worker, build: number): Promise<void> {
    const { db } = this.options;
    const name = worker.projection.name;
    const old = await db.transaction().execute(async (trx) => {
      const reg = await trx.selectFrom('projection_registry').selectAll().where('name', '=', name).forUpdate().executeTakeFirstOrThrow();
      if (reg.rebuild_build !== build) return null;
      // The build's lock order (see `rebuild`): its checkpoint row, then its space.
      if (!(await lockCheckpoint(trx, name, build))) return null;
      if (await this.inSpace(worker, build)) {
        if (!(await buildSpaceAlive(trx, name, build))) return 'lost';
        await moveBuildSpace(trx, name, build, worker.projection.tables ?? []);
      }
      await trx
        .updateTable('projection_registry')
        .set({
          active_build: build,
          version: reg.rebuild_version ?? reg.version,
          rebuild_build: null,
          rebuild_version: null,
          state: 'running',
          error: null,
          updated_at: new Date(),
        })
        .where('name', '=', name)
        .execute();
      // The old build's checkpoint stays until its rows are dropped (`dropRetired`): were this process to die
      // before that, the next worker still knows they are there.
      return reg.active_build;
    });
    if (old === 'lost') return this.restartLost(worker, build);
    if (old === null) return;
    worker.spaces.set(build, false);
    this.options.log?.(`projection ${name}: build ${build} is now serving (was ${old})`);
    worker.retiredDue = true;
    await this.dropRetired(worker);
  }

  /**
   * Drops the rows of every retired build: one with a checkpoint that is neither serving nor being rebuilt
   * (the build a swap replaced, until its rows are gone). Run by the lock holder after a swap and when it
   * takes the lock, so rows a dead worker left behind are dropped by the next one. A retired build never
   * comes back (build numbers only grow), and queries resolve the serving build inside their statement
   * (or a repeatable-read snapshot), so dropping is safe at any time.
   */
  private async dropRetired(worker: Worker): Promise<void> {
    if (!worker.retiredDue) return;
    const { db } = this.options;
    const name = worker.projection.name;
    const { rows } = await sql<{ build: number }>`
      SELECT c.build FROM projection_checkpoints c JOIN projection_registry r ON r.name = c.name
      WHERE c.name = ${name} AND c.build <> r.active_build AND c.build IS DISTINCT FROM r.rebuild_build`.execute(db);
    for (const { build } of rows) {
      await worker.projection.dropBuild(db, build);
      await dropBuildSpace(db, name, build);
      await db.deleteFrom('projection_checkpoints').where('name', '=', name).where('build', '=', build).execute();
      this.options.log?.(`projection ${name}: dropped the rows of retired build ${build}`);
    }
    worker.retiredDue = false;
  }

  /**
   * The database crashed and came back while this worker ran: its crash recovery emptied the rebuild's
   * unlogged space, while the checkpoint (logged) kept its position. Applying on from there, or swapping,
   * would serve a build missing everything before the crash; the rebuild starts again from zero instead.
   */
  private async restartLost(worker: Worker, build: number): Promise<void> {
    const name = worker.projection.name;
    worker.readAhead.delete(build);
    worker.behind.delete(build);
    this.options.log?.(`projection ${name}: build ${build} was lost in a crash of the database; rebuilding from zero`);
    await this.startRebuild(name, (reg) => reg.rebuild_build === build);
  }

  /** The worker lock; taking it (a start, or a worker elsewhere died) makes the retired builds due. */
  private async takeLock(worker: Worker): Promise<boolean> {
    const held = worker.lock.held;
    if (!(await worker.lock.tryAcquire())) return false;
    if (!held) worker.retiredDue = true;
    return true;
  }

  private async listen(signal: AbortSignal): Promise<void> {
    const { store } = this.options;
    while (!signal.aborted) {
      try {
        const after = await store.headPosition();
        for await (const batch of store.subscribe({ after, batchSize: 1, signal })) {
          if (batch.length > 0) this.wake();
        }
      } catch {
        if (signal.aborted) return;
      }
      await this.idle(this.pollMs, signal);
    }
  }

  private wake(): void {
    const wakers = [...this.wakers];
    this.wakers.clear();
    for (const w of wakers) w();
  }

  private idle(ms: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      if (signal.aborted) return resolve();
      const done = () => {
        clearTimeout(timer);
        this.wakers.delete(done);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakers.add(done);
      signal.addEventListener('abort', done, { once: true });
    });
  }
}

/** Events stored in (after, upTo]: an index range of events_pkey. */
async function storedEventsBetween(db: ProjectionDb, after: number, upTo: number): Promise<number> {
  if (upTo <= after) return 0;
  const { rows } = await sql<{ n: string }>`
    SELECT count(*) AS n FROM events WHERE position > ${after}::bigint AND position <= ${upTo}::bigint`.execute(db);
  return Number(rows[0]?.n ?? 0);
}
