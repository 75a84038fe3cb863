/**
 * Exports: a history of BENCH_EXPORT_EVENTS realistic events (default 100,000),
 * its projections built, then each export format streamed whole into a sink
 * that counts bytes, as `GET /exports/*` and `sitrep export` stream it. The
 * figure that matters is RSS growth while a format streams: it must stay flat
 * (< 100 MiB) whatever the history's length, since an export holds one page
 * (200 incidents, or 1,000 events for NDJSON) at a time.
 *
 * Each format runs in a fresh child process (this file with `--export FORMAT`),
 * so that its RSS starts from a small heap: measured in the process that just
 * built the projections, the export would hide inside the heap the build left.
 * It runs three times: with the flags `sitrep export` starts with
 * (SITREP_V8_HEAP, default `small`: a bounded young generation and
 * --optimize-for-size, apps/cli/src/runtime/v8-heap.ts: the figure with the
 * target), with V8's defaults for comparison (what plain `node` does on this
 * machine: semi-spaces sized from its memory and an old space collected
 * lazily), and with the heap held small (BOUNDED_HEAP), which only completes
 * if what the export keeps alive is bounded, so the two together tell garbage
 * V8 has not collected yet from memory the export holds.
 *
 *   npm run bench:export      (BENCH_EXPORT_EVENTS=300000 for a longer history)
 */
import { execFile } from 'node:child_process';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { exportPosition, exportStream, EXPORT_FORMATS, type ExportFormat } from '../apps/api/src/exports/export-streams.js';
import { openDatabase } from '@sitrep/database';
import { loadConfig } from '@sitrep/config';
import { PostgresEventStore } from '@sitrep/event-store';
import { countIncidents } from '@sitrep/projections';
import { gazetteerDirectory } from '@sitrep/projections';
import { placeChainOf } from '@sitrep/projections';
import { createReadSideProjections } from '@sitrep/projections';
import type { ProjectionDb } from '@sitrep/projections';
import { boundedHeapFlags } from '../apps/cli/src/runtime/v8-heap.js';
import { ensureEvents } from './harness/fixture.js';
import { envInt, mib, now, RssSampler } from './harness/measure.js';
import { buildProjections } from './harness/projections.js';
import { runSection, type SectionContext } from './harness/section.js';
import { processRss, startServer } from './harness/server.js';
import { loadSitrepStore } from './harness/stores.js';

const EVENTS = envInt('BENCH_EXPORT_EVENTS', 100_000);
/** `process`: exportStream in fresh child processes (three heap settings); `http`: GET /exports/* from `sitrep serve` as it starts by default. */
const MODES = new Set((process.env.BENCH_EXPORT_MODES ?? 'http,process').split(',').map((m) => m.trim()));
const FLAT_MIB = 100;
const BOUNDED_HEAP = ['--max-old-space-size=64', '--max-semi-space-size=4'];

interface ExportRun {
  format: ExportFormat;
  position: number;
  lines: number;
  bytes: number;
  seconds: number;
  startMiB: number;
  peakMiB: number;
  growthMiB: number;
  /** Peak RSS growth after the first quarter of the export: about 0 when memory is flat, whatever V8's start-up sizing. */
  laterGrowthMiB: number;
}

/** One format, streamed whole in this (child) process; prints its figures as one JSON line. */
async function exportOnce(format: ExportFormat, databaseUrl: string): Promise<void> {
  const handle = await openDatabase({ ...loadConfig(), databaseUrl, dbPoolSize: 4 }, { migrate: false });
  try {
    const store = new PostgresEventStore(handle.db, { sql: handle.sql });
    const sources = {
      db: handle.db as unknown as ProjectionDb,
      store,
      directory: gazetteerDirectory,
      chain: placeChainOf(gazetteerDirectory),
    };
    const position = await exportPosition(format, sources, null);
    let bytes = 0;
    let lines = 0;
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
        done();
      },
    });
    const total = EXPORT_FORMATS[format].reads === 'history' ? position : await countIncidents(sources.db, position);
    let quarterPeak: number | null = null;
    const sampler = new RssSampler().start(50);
    const onRead = (read: number) => {
      if (quarterPeak === null && read >= total / 4) quarterPeak = sampler.peak;
    };
    const started = now();
    await pipeline(exportStream(format, sources, { asOf: position }, { progress: { onRead } }), sink);
    const seconds = (now() - started) / 1000;
    const memory = sampler.stop();
    const laterGrowthMiB = Math.round(((memory.peakMiB * 2 ** 20 - (quarterPeak ?? 0)) / 2 ** 20) * 10) / 10;
    const run: ExportRun = { format, position, lines, bytes, seconds, ...memory, laterGrowthMiB };
    process.stdout.write(`${JSON.stringify(run)}\n`);
  } finally {
    await handle.close();
  }
}

async function main(): Promise<void> {
  await runSection('export', {}, async (ctx) => {
    const { db, sql } = ctx.db;
    const store = await loadSitrepStore(db, sql);
    if (!store) throw new Error('libs/event-store is not available');
    const fixture = await ensureEvents(sql, EVENTS);
    const head = await store.headPosition();
    const built = await buildProjections(ctx, createReadSideProjections(), head);
    if (!built.done) throw new Error('the projections did not reach the head within the cap; nothing to export');
    const incidents = await countIncidents(db as unknown as ProjectionDb, head);
    ctx.note(
      `History: ${fixture.events.toLocaleString('en-US')} events in ${fixture.reports.toLocaleString('en-US')} report streams, ${incidents.toLocaleString('en-US')} incidents; each format streamed whole into a byte-counting sink, each in a fresh process.`,
    );
    const [{ name }] = await sql<{ name: string }[]>`SELECT current_database() AS name`;
    const databaseUrl = Object.assign(new URL(ctx.db.url), { pathname: `/${name}` }).toString();
    const runChild = async (format: ExportFormat, flags: string[]): Promise<ExportRun> => {
      const { stdout } = await promisify(execFile)(process.execPath, [...flags, fileURLToPath(import.meta.url), '--export', format], {
        env: { ...process.env, LOG_LEVEL: 'silent', BENCH_EXPORT_DATABASE_URL: databaseUrl },
        maxBuffer: 1024 * 1024,
      }).catch((e: Error & { stderr?: string }) => {
        throw new Error(`export ${format} (${flags.join(' ') || 'V8 defaults'}) failed: ${e.stderr ?? e.message}`);
      });
      return JSON.parse(stdout.trim().split('\n').at(-1)!) as ExportRun;
    };
    const describe = (run: ExportRun) =>
      `${run.startMiB} → peak ${run.peakMiB} MiB, +${run.laterGrowthMiB} MiB after the first quarter; ${run.lines.toLocaleString('en-US')} lines, ${(run.bytes / 2 ** 20).toFixed(1)} MiB in ${run.seconds.toFixed(1)} s (${Math.round(head / run.seconds).toLocaleString('en-US')} events/s)`;
    // What `sitrep export` starts with (apps/cli/src/runtime/v8-heap.ts); `sitrep serve` with SITREP_V8_HEAP=small.
    const serverFlags = boundedHeapFlags(process.env, 'export');
    if (MODES.has('http')) await exportOverHttp(ctx, databaseUrl, head);
    for (const format of MODES.has('process') ? (Object.keys(EXPORT_FORMATS) as ExportFormat[]) : []) {
      const run = await runChild(format, serverFlags);
      ctx.figure({
        name: `export ${EXPORT_FORMATS[format].file} of ${head.toLocaleString('en-US')} events (sitrep export's ${serverFlags.join(' ') || 'V8 defaults'}): RSS growth`,
        value: run.growthMiB,
        unit: 'MiB',
        target: { op: '<', value: FLAT_MIB },
        note: describe(run),
      });
      const defaults = await runChild(format, []);
      ctx.figure({
        name: `export ${EXPORT_FORMATS[format].file}, plain node (V8 defaults, for comparison): RSS growth`,
        value: defaults.growthMiB,
        unit: 'MiB',
        note: describe(defaults),
      });
      const bounded = await runChild(format, BOUNDED_HEAP);
      ctx.figure({
        name: `export ${EXPORT_FORMATS[format].file}, heap held to ${BOUNDED_HEAP.join(' ')}: RSS growth`,
        value: bounded.growthMiB,
        unit: 'MiB',
        target: { op: '<', value: FLAT_MIB },
        note: describe(bounded),
      });
    }
  });
}

/**
 * Each export fetched whole from a fresh `sitrep serve` (query-only, as bench:http
 * runs it) for each heap profile of BENCH_EXPORT_SERVER_HEAP (default `server`,
 * serve's own default; e.g. `server,node` to compare with V8's sizing), the
 * server's RSS sampled from /proc every 50 ms: what a user of the API sees.
 */
async function exportOverHttp(ctx: SectionContext, databaseUrl: string, head: number): Promise<void> {
  const profiles = (process.env.BENCH_EXPORT_SERVER_HEAP ?? 'server').split(',').map((p) => p.trim());
  for (const format of Object.keys(EXPORT_FORMATS) as ExportFormat[]) {
    for (const profile of profiles) await exportOnceOverHttp(ctx, databaseUrl, head, format, profile);
  }
}

async function exportOnceOverHttp(
  ctx: SectionContext,
  databaseUrl: string,
  head: number,
  format: ExportFormat,
  profile: string,
): Promise<void> {
  const flags = boundedHeapFlags({ SITREP_V8_HEAP: profile }, 'serve').join(' ') || "V8's own sizing";
  const server = await startServer(databaseUrl, { SITREP_V8_HEAP: profile });
  try {
    const pid = server.child.pid!;
    // One small request, then until its RSS has settled: an idle server grows in the first seconds after
    // it answers (its extractor worker threads load the world gazetteer), which is not the export's.
    await (await fetch(`${server.url}/health`)).arrayBuffer().catch(() => undefined);
    const answeredRss = processRss(pid) ?? 0;
    const settling = now();
    const startRss = await settledRss(pid);
    const idle = `idle ${mib(answeredRss)} → ${mib(startRss)} MiB in the ${((now() - settling) / 1000).toFixed(0)} s after /health answered`;
    let peakRss = startRss;
    const timer = setInterval(() => (peakRss = Math.max(peakRss, processRss(pid) ?? 0)), 50);
    const started = now();
    let bytes = 0;
    let lines = 0;
    try {
      const response = await fetch(`${server.url}/exports/${EXPORT_FORMATS[format].file}`);
      if (!response.ok || !response.body) throw new Error(`GET /exports/${EXPORT_FORMATS[format].file}: ${response.status}`);
      const reader = response.body.getReader();
      for (let r = await reader.read(); !r.done; r = await reader.read()) {
        const chunk = r.value;
        bytes += chunk.length;
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
      }
    } finally {
      clearInterval(timer);
    }
    const seconds = (now() - started) / 1000;
    peakRss = Math.max(peakRss, processRss(pid) ?? 0);
    const growthMiB = mib(peakRss - startRss);
    ctx.figure({
      name: `GET /exports/${EXPORT_FORMATS[format].file} of ${head.toLocaleString('en-US')} events from \`sitrep serve\` (SITREP_V8_HEAP=${profile}: ${flags}): server RSS growth`,
      value: growthMiB,
      unit: 'MiB',
      target: { op: '<', value: FLAT_MIB },
      note: `${idle}; export ${mib(startRss)} → peak ${mib(peakRss)} MiB; ${lines.toLocaleString('en-US')} lines, ${(bytes / 2 ** 20).toFixed(1)} MiB in ${seconds.toFixed(1)} s (${Math.round(head / seconds).toLocaleString('en-US')} events/s)`,
    });
  } finally {
    await server.stop();
  }
}

/** A process's RSS once it has moved by under 2 MiB over 3 s (at most 90 s of waiting). */
async function settledRss(pid: number): Promise<number> {
  const samples: number[] = [];
  const deadline = now() + 90_000;
  for (;;) {
    samples.push(processRss(pid) ?? 0);
    const recent = samples.slice(-7);
    if (recent.length === 7 && Math.max(...recent) - Math.min(...recent) < 2 * 2 ** 20) return recent.at(-1)!;
    if (now() > deadline) return samples.at(-1)!;
    await new Promise((r) => setTimeout(r, 500));
  }
}

const child = process.argv.indexOf('--export');
if (child !== -1) await exportOnce(process.argv[child + 1] as ExportFormat, process.env.BENCH_EXPORT_DATABASE_URL!);
else await main();
