import type postgres from 'postgres';
import { ProjectionRunner, type Projection } from '@sitrep/projections';
import type { ProjectionDb } from '@sitrep/projections';
import { envInt, log, mib, now, RssSampler } from './measure.js';
import type { SectionContext } from './section.js';
import { loadSitrepStore } from './stores.js';

/** Upper bound of each projection phase so the suite always ends (BENCH_REBUILD_SECONDS). */
export const REBUILD_SECONDS = envInt('BENCH_REBUILD_SECONDS', 150);

export interface DriveResult {
  done: boolean;
  /** Events applied by the slowest projection's build when the phase ended. */
  progress: number;
  seconds: number;
  memory: { startMiB: number; peakMiB: number; growthMiB: number };
  /**
   * Flatness: how much the RSS peak still grew per 100,000 events after the first quarter of the
   * events applied (the start-up jump, heap sizing and first pages, is behind by then); null when
   * too few events were applied to tell.
   */
  laterGrowthPer100k: number | null;
}

/**
 * Runs the projection workers (`runner.start()`, as `sitrep serve` does) until
 * every projection has applied the whole history, or until REBUILD_SECONDS,
 * then stops them. `rebuild` asks the runner for a rebuild of each projection
 * first and waits for the swap. `initial` continues from the checkpoints the
 * projections already hold (a catch-up when they were built before).
 */
export async function driveRunner(
  ctx: Pick<SectionContext, 'db'>,
  projections: Projection[],
  head: number,
  mode: 'initial' | 'rebuild',
  capSeconds = REBUILD_SECONDS,
): Promise<DriveResult> {
  const { db, sql } = ctx.db;
  const store = (await loadSitrepStore(db, sql))!;
  const runner = new ProjectionRunner({
    db: db as unknown as ProjectionDb,
    sql,
    store,
    projections,
    subscribe: false,
    // The runner's own poll (1 s, as `sitrep serve`): at 50 ms a projection that had caught up (one side of a
    // rebuild of both, or both after the build) polled its registry and the head 20 times a second, half the
    // database's time in a 150k rebuild (bench/optimisations.md, item 27).
    log: (m) => log(m),
  });
  const sampler = new RssSampler().start();
  const started = now();
  let progress: number;
  let done: boolean;
  const peaks: Array<{ progress: number; peak: number }> = [];
  // The workers stop whatever happens: a failed statement must end the section with its error, not leave
  // them polling in a process nobody waits for (a rebuild that hit a deadlock once hung the bench that way).
  try {
    await runner.init();
    const before = mode === 'rebuild' ? await runner.status() : [];
    await runner.start();
    if (mode === 'rebuild') for (const name of runner.names) await runner.rebuild(name);
    for (let tick = 0; ; tick++) {
      await new Promise((r) => setTimeout(r, 250));
      const builds = await buildPositions(sql);
      progress = Math.min(
        ...builds.map((s) => {
          if (mode === 'initial') return s.activePosition;
          const swapped = s.rebuildBuild === null && s.activeBuild > before.find((b) => b.name === s.name)!.active.build;
          return swapped ? head : (s.rebuildPosition ?? 0);
        }),
      );
      done = progress >= head;
      sampler.sample();
      peaks.push({ progress, peak: sampler.peak });
      if (tick % 40 === 0) log(`projections ${mode}: ${progress.toLocaleString('en-US')} / ${head.toLocaleString('en-US')}`);
      if (done || now() - started > capSeconds * 1000) break;
    }
  } finally {
    await runner.stop();
  }
  const seconds = (now() - started) / 1000;
  const memory = sampler.stop();
  const quarter = peaks.find((p) => p.progress >= progress / 4);
  const later = quarter && progress - quarter.progress >= 50_000 ? progress - quarter.progress : 0;
  const laterGrowthPer100k = quarter && later ? mib(((memory.peakMiB * 2 ** 20 - quarter.peak) / later) * 100_000) : null;
  return { done, progress, seconds, memory, laterGrowthPer100k };
}

/** The serving builds, caught up from zero (HTTP reads them); `done` false when capped before the head. */
export async function buildProjections(
  ctx: Pick<SectionContext, 'db' | 'figure' | 'note'>,
  projections: Projection[],
  head: number,
): Promise<{ done: boolean; rate: number | null }> {
  const [{ built }] = await ctx.db.sql<{ built: string | null }[]>`
    SELECT min(c.position) AS built FROM projection_registry r JOIN projection_checkpoints c ON c.name = r.name AND c.build = r.active_build`;
  if (built !== null && Number(built) >= head) return { done: true, rate: null };
  const r = await driveRunner(ctx, projections, head, 'initial');
  ctx.figure({
    name: `projections built from zero (${projections.map((p) => p.name).join(' + ')})`,
    value: r.progress / r.seconds,
    unit: 'events/s',
    note: r.done
      ? `${r.seconds.toFixed(1)} s; RSS +${r.memory.growthMiB} MiB`
      : `stopped at the ${REBUILD_SECONDS} s cap after ${r.progress.toLocaleString('en-US')} events`,
  });
  // The build holds pages in flight and, while catching up, the build's current incidents: report what that costs.
  ctx.figure({
    name: 'projections built from zero: RSS growth',
    value: r.memory.growthMiB,
    unit: 'MiB',
    target: { op: '<', value: 256 },
    note: `peak ${r.memory.peakMiB} MiB over ${r.progress.toLocaleString('en-US')} events`,
  });
  if (r.laterGrowthPer100k !== null)
    ctx.figure({
      name: 'projections built from zero: RSS growth per 100,000 events after the first quarter',
      value: r.laterGrowthPer100k,
      unit: 'MiB',
      note: 'flat is about 0: what the build still grows by as the history grows, past the start-up jump',
    });
  if (!r.done)
    ctx.note(
      `Projections stopped at the cap before the head: the rebuild is skipped and HTTP GETs read incidents of the first ${r.progress.toLocaleString('en-US')} events only.`,
    );
  return { done: r.done, rate: r.progress / r.seconds };
}

/**
 * Each projection's builds and their checkpoints, in one statement. The progress poll reads
 * this rather than `runner.status()`, whose lag counts the events after every checkpoint: four
 * times a second over a rebuild's whole remaining history, work the database did for the
 * bench rather than for the rebuild (on 2 shared cores, ~7% of the database's time at 150k events).
 */
export async function buildPositions(sql: postgres.Sql) {
  const rows = await sql<
    { name: string; active_build: number; rebuild_build: number | null; active_position: string | null; rebuild_position: string | null }[]
  >`
    SELECT r.name, r.active_build, r.rebuild_build, a.position AS active_position, b.position AS rebuild_position
    FROM projection_registry r
    LEFT JOIN projection_checkpoints a ON a.name = r.name AND a.build = r.active_build
    LEFT JOIN projection_checkpoints b ON b.name = r.name AND b.build = r.rebuild_build`;
  return rows.map((r) => ({
    name: r.name,
    activeBuild: r.active_build,
    rebuildBuild: r.rebuild_build,
    activePosition: Number(r.active_position ?? 0),
    rebuildPosition: r.rebuild_position === null ? null : Number(r.rebuild_position),
  }));
}
