/**
 * Re-extraction of the whole archive (`sitrep reextract --all`, issue 17) as a
 * measured workload:
 *   - N report streams written with COPY (the replay fixture's reports), their
 *     ReportSubmitted saying an older extractor made them, so every report is
 *     due for re-extraction by the current one (no code changed, no override);
 *   - the projections built up to that history (setup);
 *   - every report re-extracted through the same path as the CLI (reextract
 *     context: command bus, handler, extractor pool, store, checkpoints),
 *     appending ReportReextracted and the new extracted events;
 *   - the projections caught up with what the re-extraction appended.
 *
 * BENCH_REEXTRACT_REPORTS (default 100,000, issue 17's workload; `npm run bench`
 * runs 2,000 unless it is given), BENCH_REEXTRACT_CONCURRENCY
 * (reports in flight, default 32 as the CLI), BENCH_REEXTRACT_PROJECTION_SECONDS
 * (cap of each projection phase, default 3,600), BENCH_REEXTRACT_KILL_AT (default 0,
 * off): the re-extraction starts as the real CLI (`sitrep reextract --all`, a child
 * process), is killed with SIGKILL once its checkpoint says that many reports are done,
 * and is finished by a resumed run in this process; the rate then counts both runs.
 * BENCH_REEXTRACT_PROJECTIONS=off: the re-extraction alone (no projection build before it,
 * no catch-up after it); with BENCH_DATABASE_URL naming a kept database that already holds
 * the fixture, the re-extraction starts at once.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CommandBus } from '@nestjs/cqrs';
import { loadConfig } from '@sitrep/config';
import { EXTRACTOR_VERSION } from '@sitrep/extraction';
import { createReadSideProjections } from '@sitrep/projections';
import { EVENT_STORE, POSTGRES_SQL } from '../apps/api/src/infrastructure/tokens.js';
import { commandMetadata } from '../apps/api/src/reports/application/command-metadata.js';
import { reextractAll } from '../apps/api/src/reports/commands/reextract-report/reextract-all.js';
import { postgresReextractCheckpoints } from '../apps/api/src/reports/commands/reextract-report/reextract-checkpoints.js';
import { createReextractContext } from '../apps/api/src/reports/commands/reextract-report/reextract-context.js';
import type { EventStore } from '@sitrep/event-store';
import { ensureReports } from './harness/fixture.js';
import { envInt, log, mib, now, RssSampler } from './harness/measure.js';
import { driveRunner } from './harness/projections.js';
import { runSection, type SectionContext } from './harness/section.js';
import { loadSitrepStore } from './harness/stores.js';

const REPORTS = envInt('BENCH_REEXTRACT_REPORTS', 100_000);
const CONCURRENCY = envInt('BENCH_REEXTRACT_CONCURRENCY', 32);
const PROJECTION_SECONDS = envInt('BENCH_REEXTRACT_PROJECTION_SECONDS', 3_600);
const KILL_AT = envInt('BENCH_REEXTRACT_KILL_AT', 0);
const WITH_PROJECTIONS = process.env.BENCH_REEXTRACT_PROJECTIONS !== 'off';
/** The built CLI, beside this file in dist/. */
const CLI = fileURLToPath(new URL('../apps/cli/src/main.js', import.meta.url));
/** What the fixture's ReportSubmitted say made their extraction: anything but the current version. */
const PREVIOUS_VERSION = `${EXTRACTOR_VERSION}-bench-previous`;

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

async function main(ctx: SectionContext): Promise<void> {
  const { sql } = ctx.db;
  const fixture = await ensureReports(sql, REPORTS, { extractorVersion: PREVIOUS_VERSION, salt: 'reextract-' });
  ctx.note(
    `History: ${fmt(fixture.reports)} report streams, ${fmt(fixture.events)} events (dev-corpus reports varied by the replay fixture), ` +
      `each extracted by "${PREVIOUS_VERSION}"; re-extracted by ${EXTRACTOR_VERSION}. Fixture written with COPY in ${fixture.seconds.toFixed(0)} s (setup).`,
  );

  const projections = createReadSideProjections();
  const headBefore = await headOf(sql);
  if (WITH_PROJECTIONS) {
    const built = await driveRunner(ctx, projections, headBefore, 'initial', PROJECTION_SECONDS);
    ctx.note(
      `Projections (${projections.map((p) => p.name).join(' + ')}) built up to the fixture first (setup): ${built.done ? 'done' : 'capped'} in ${built.seconds.toFixed(0)} s.`,
    );
    if (!built.done) throw new Error(`projections did not reach the fixture's head within ${PROJECTION_SECONDS} s`);
  } else {
    ctx.note('BENCH_REEXTRACT_PROJECTIONS=off: the re-extraction alone, no projection build before it nor catch-up after it.');
    await untilReadable(ctx, headBefore);
  }

  const killed = KILL_AT > 0 ? await killCliMidRun(ctx) : null;
  const run = await reextractEverything(ctx);
  const headAfter = await headOf(sql);
  const appended = headAfter - headBefore;
  const seconds = (killed?.seconds ?? 0) + run.seconds;
  const reports = run.summary.resumedAfter + run.summary.reports;
  ctx.figure({
    name: `re-extraction of every report (${fmt(reports)}), ${CONCURRENCY} at a time${killed ? ', killed and resumed' : ''}`,
    value: reports / seconds,
    unit: 'reports/s',
    note: `${seconds.toFixed(1)} s; ${fmt(run.summary.reextracted)} re-extracted${killed ? ' by the resumed run' : ''}, ${run.summary.unchanged} unchanged, ${run.summary.failed} failed; issue 17 sets no rate, the extraction alone targets >= 1,000 reports/s`,
  });
  if (killed)
    ctx.figure({
      name: 're-extraction: reports behind the checkpoint when the CLI was killed (kill -9), resumed after',
      value: run.summary.resumedAfter,
      unit: 'reports',
      note:
        `CLI killed after ${killed.seconds.toFixed(1)} s with its checkpoint at ${fmt(killed.checkpointDone)} reports and ${fmt(killed.reextracted)} re-extracted; ` +
        `the resumed run started after ${fmt(run.summary.resumedAfter)}, found ${run.summary.unchanged} of them done already (one read each) and took ${run.seconds.toFixed(1)} s for the rest`,
    });
  const looked = Math.max(1, run.summary.reports);
  ctx.figure({
    name: "re-extraction: main thread's CPU per report (this process's run)",
    value: run.cpu.mainMs / looked,
    unit: 'ms',
    note:
      `${fmt(run.cpu.mainMs)} ms over ${fmt(looked)} reports (read, decide, validate, append, bus: what bounds the rate); ` +
      `every other thread of the process (the extractor pool's, libuv's, the collector's) ${(run.cpu.otherMs / looked).toFixed(2)} ms a report; ` +
      'CPU time, steadier than the wall clock on a loaded machine',
  });
  ctx.figure({
    name: 're-extraction: events appended',
    value: appended,
    unit: 'events',
    note: `${fmt(appended / seconds)} events/s; ReportReextracted + the new extracted events`,
  });
  ctx.figure({
    name: 're-extraction: RSS peak',
    value: run.memory.peakMiB,
    unit: 'MiB',
    note: `+${run.memory.growthMiB} MiB over the run, most of it the extractor pool's threads starting (each loads the lexicons and gazetteer)`,
  });
  if (run.laterGrowthMiB !== null)
    ctx.figure({
      name: 're-extraction: RSS growth after the first tenth of the reports',
      value: run.laterGrowthMiB,
      unit: 'MiB',
      target: { op: '<', value: 256 },
      note: 'flat is about 0: what the run still grows by as the archive grows, past the start-up',
    });

  if (!WITH_PROJECTIONS) return;
  const caught = await driveRunner(ctx, projections, headAfter, 'initial', PROJECTION_SECONDS);
  ctx.figure({
    name: 'projections caught up with the re-extraction',
    value: caught.seconds,
    unit: 's',
    note: caught.done
      ? `${fmt(appended)} events at ${fmt(appended / caught.seconds)} events/s; RSS +${caught.memory.growthMiB} MiB, peak ${caught.memory.peakMiB} MiB`
      : `capped at ${PROJECTION_SECONDS} s, ${fmt(caught.progress - headBefore)} of ${fmt(appended)} events applied`,
  });
  ctx.figure({
    name: 'whole workload: re-extraction + projection catch-up',
    value: seconds + caught.seconds,
    unit: 's',
    note: `${fmt(reports)} reports; ${(reports / (seconds + caught.seconds)).toFixed(1)} reports/s end to end`,
  });
}

async function reextractEverything(ctx: SectionContext) {
  const app = await createReextractContext(loadConfig({ ...process.env, DATABASE_URL: ctx.db.url, LOG_LEVEL: 'silent' }), ctx.db);
  try {
    const store = app.get<EventStore>(EVENT_STORE);
    const sampler = new RssSampler().start();
    const cpuBefore = { thread: process.threadCpuUsage(), process: process.cpuUsage() };
    const started = now();
    let lastLog = started;
    let resumedAfter = 0;
    let peakAtTenth: number | null = null;
    const tenth = Math.max(1, Math.floor(REPORTS / 10));
    const summary = await reextractAll(
      {
        store,
        commandBus: app.get(CommandBus),
        checkpoints: postgresReextractCheckpoints(app.get(POSTGRES_SQL, { strict: false })),
        extractorVersion: EXTRACTOR_VERSION,
        metadata: commandMetadata,
        newRunId: () => `bench-reextract-${Date.now()}`,
      },
      {
        concurrency: CONCURRENCY,
        onStart: (start) => {
          resumedAfter = start.resumedAfter;
          if (resumedAfter > 0) log(`reextract: resuming after ${fmt(resumedAfter)} reports done by the killed run`);
        },
        onProgress: ({ done }) => {
          if (done - resumedAfter === tenth) peakAtTenth = sampler.peak;
          if (now() - lastLog < 10_000) return;
          lastLog = now();
          log(
            `reextract: ${fmt(done)} / ${fmt(REPORTS)} reports, ${((done - resumedAfter) / ((lastLog - started) / 1000)).toFixed(1)} reports/s`,
          );
        },
      },
    );
    const seconds = (now() - started) / 1000;
    const cpu = cpuMs(cpuBefore);
    const memory = sampler.stop();
    const laterGrowthMiB = peakAtTenth === null ? null : mib(memory.peakMiB * 2 ** 20 - peakAtTenth);
    return { summary, seconds, memory, laterGrowthMiB, cpu };
  } finally {
    await app.close();
  }
}

/** CPU since `before`, in ms: this (main) thread's, and the rest of the process's threads'. */
function cpuMs(before: { thread: NodeJS.CpuUsage; process: NodeJS.CpuUsage }): { mainMs: number; otherMs: number } {
  const thread = process.threadCpuUsage(before.thread);
  const all = process.cpuUsage(before.process);
  const mainMs = (thread.user + thread.system) / 1000;
  return { mainMs, otherMs: (all.user + all.system) / 1000 - mainMs };
}

/**
 * `sitrep reextract --all` as a user runs it, killed with SIGKILL once its checkpoint row says
 * KILL_AT reports are done: what an interrupted run leaves for the resumed one.
 */
async function killCliMidRun(ctx: SectionContext) {
  const { sql } = ctx.db;
  const started = now();
  const child = spawn(process.execPath, [CLI, 'reextract', '--all', '--concurrency', `${CONCURRENCY}`], {
    env: { ...process.env, DATABASE_URL: ctx.db.url, LOG_LEVEL: 'silent' },
    stdio: 'ignore',
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  let done = 0;
  let lastLog = started;
  while (done < KILL_AT && exitCode === undefined) {
    await new Promise((r) => setTimeout(r, 250));
    const [row] = await sql<{ reports_done: number }[]>`SELECT reports_done FROM reextract_checkpoints`;
    done = row?.reports_done ?? 0;
    if (now() - lastLog >= 10_000) {
      lastLog = now();
      log(`reextract (CLI, killed at ${fmt(KILL_AT)}): checkpoint at ${fmt(done)} reports`);
    }
  }
  if (exitCode !== undefined) throw new Error(`the CLI exited (${exitCode}) before its checkpoint reached ${KILL_AT} reports`);
  child.kill('SIGKILL');
  await exited;
  const seconds = (now() - started) / 1000;
  const [row] = await sql<{ reports_done: number }[]>`SELECT reports_done FROM reextract_checkpoints`;
  const [{ count }] = await sql<{ count: string }[]>`SELECT count(*) AS count FROM events WHERE type = 'ReportReextracted'`;
  log(
    `reextract: CLI killed after ${seconds.toFixed(1)} s, checkpoint at ${fmt(row?.reports_done ?? 0)}, ${fmt(Number(count))} re-extracted`,
  );
  return { seconds, checkpointDone: row?.reports_done ?? 0, reextracted: Number(count) };
}

/**
 * The gap-safe readAll shows an event only once every transaction older than it has ended, on the
 * whole server (the fence is the snapshot's xmin): a fixture just written may not be readable yet,
 * and `reextractAll` would find no report. The projection build waits for it; without one, this does.
 */
async function untilReadable(ctx: SectionContext, head: number): Promise<void> {
  const store = (await loadSitrepStore(ctx.db.db, ctx.db.sql))!;
  const started = now();
  while ((await store.readAll({ after: head - 1, limit: 1 })).events.length === 0) {
    if (now() - started > 600_000) throw new Error(`the fixture's head ${head} was not readable within 600 s`);
    await new Promise((r) => setTimeout(r, 250));
  }
  if (now() - started > 1_000) log(`fixture readable after ${((now() - started) / 1000).toFixed(1)} s (gap-safe fence)`);
}

/** The store's head as written (max position): the projections' goal. */
async function headOf(sql: SectionContext['db']['sql']): Promise<number> {
  const [{ head }] = await sql<{ head: string | null }[]>`SELECT max(position) AS head FROM events`;
  return Number(head ?? 0);
}

await runSection('reextract', {}, main);
