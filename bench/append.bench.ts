/**
 * Append throughput: Sitrep's event store beside Emmett's PostgreSQL store and
 * a bare multi-row INSERT, same process, same server, same payloads.
 *
 *   (a) one writer, batches of 10 events, each to a new stream
 *   (b) 16 writers, one event per append, each writer its own stream
 *   (c) 16 writers contending on 4 streams with expected versions
 *
 * BENCH_APPEND_SECONDS (per workload, store and round; default 5),
 * BENCH_ROUNDS (default 2, the stores take turns), BENCH_POOL_SIZE (default 16).
 */
import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@sitrep/event-store';
import { envInt, log, runWorkers } from './harness/measure.js';
import { loadPayloadSource, makeReport, reportEvents, type PayloadSource } from './harness/payloads.js';
import { type Figure } from './harness/results.js';
import { runSection, type SectionContext } from './harness/section.js';
import { emmettTarget, loadSitrepStore, rawTarget, sitrepTarget, type AppendTarget } from './harness/stores.js';

const SECONDS = envInt('BENCH_APPEND_SECONDS', 5);
const ROUNDS = envInt('BENCH_ROUNDS', 2);
const POOL = envInt('BENCH_POOL_SIZE', 16);
const WRITERS = 16;
const CONTENDED_STREAMS = 4;
const BATCH = 10;
const RUN = Date.now().toString(36);
/** BENCH_TARGETS=sitrep,emmett,raw and BENCH_WORKLOADS=a,b,c narrow a run while profiling. */
const ONLY_TARGETS = (process.env.BENCH_TARGETS ?? 'sitrep,emmett,raw').split(',').map((s) => s.trim().toLowerCase());
const ONLY_WORKLOADS = (process.env.BENCH_WORKLOADS ?? 'a,b,c').split(',').map((s) => s.trim().toLowerCase());

/** Batches of exactly 10 events: a report's ReportSubmitted and extracted events, topped up from the next reports. */
function buildBatches(source: PayloadSource, count: number): NewEvent[][] {
  const batches: NewEvent[][] = [];
  const now = new Date().toISOString();
  for (let i = 0; batches.length < count; i++) {
    const report = makeReport(source, i, `append-${RUN}-`);
    const events = reportEvents(source, report, now, randomUUID());
    for (let j = 1; events.length < BATCH; j++) {
      const more = reportEvents(source, makeReport(source, i + j * 1000, `append-${RUN}-`), now, randomUUID()).slice(1);
      events.push(...more.map((e, k) => ({ ...e, data: { ...(e.data as object), ordinal: events.length - 1 + k } })));
    }
    batches.push(events.slice(0, BATCH));
  }
  return batches;
}

interface Outcome {
  events: number;
  seconds: number;
  conflicts: number;
  retries: number;
}

type Workload = (target: AppendTarget, round: number) => Promise<Outcome>;

function workloads(batches: NewEvent[][]): Record<'a' | 'b' | 'c', Workload> {
  const singles = batches.flat();
  const ms = SECONDS * 1000;
  return {
    async a(target, round) {
      const r = await runWorkers(1, ms, async (_, i) => {
        await target.append(`bench-a-${RUN}-${round}-${i}`, batches[i % batches.length]!, 0);
        return BATCH;
      });
      return { ...r, conflicts: 0, retries: 0 };
    },
    async b(target, round) {
      const versions = new Array<number>(WRITERS).fill(0);
      const r = await runWorkers(WRITERS, ms, async (w, i) => {
        const res = await target.append(`bench-b-${RUN}-${round}-${w}`, [singles[(w * 7919 + i) % singles.length]!], versions[w]!);
        if ('conflict' in res) throw new Error(`unexpected conflict on an uncontended stream (${target.name})`);
        versions[w] = res.version;
        return 1;
      });
      return { ...r, conflicts: 0, retries: 0 };
    },
    async c(target, round) {
      const known = new Array<number>(WRITERS).fill(0);
      let conflicts = 0;
      let retries = 0;
      const r = await runWorkers(WRITERS, ms, async (w, i) => {
        const stream = `bench-c-${RUN}-${round}-${w % CONTENDED_STREAMS}`;
        const event = singles[(w * 7919 + i) % singles.length]!;
        for (let attempt = 0; ; attempt++) {
          if (attempt > 0) retries++;
          const res = await target.append(stream, [event], known[w]!);
          if ('version' in res) {
            known[w] = res.version;
            return 1;
          }
          conflicts++;
          known[w] = res.actual ?? (await target.currentVersion(stream, known[w]!));
        }
      });
      return { ...r, conflicts, retries };
    },
  };
}

const LABELS = {
  a: '(a) 1 writer, batches of 10, new streams',
  b: '(b) 16 writers, 1 event/append, distinct streams',
  c: '(c) 16 writers on 4 streams, expected versions',
} as const;

async function main(ctx: SectionContext): Promise<void> {
  const source = await loadPayloadSource();
  log(`payloads: ${source.kind} (${source.bases.length} corpus reports, extractor ${source.extractorVersion})`);
  const batches = buildBatches(source, 400);
  const bytes = batches.flat().reduce((n, e) => n + JSON.stringify(e.data).length, 0) / (batches.length * BATCH);
  ctx.note(
    `Payloads: ${source.kind === 'extractor' ? 'real extraction records' : 'records built from the corpus gold annotations (extractor not loadable)'} of ${source.bases.length} dev-corpus reports, varied; mean event data ${Math.round(bytes)} characters of JSON. Pool ${POOL} connections for every store; ${ROUNDS} round(s) of ${SECONDS} s per store and workload, stores taking turns.`,
  );

  const targets: AppendTarget[] = [];
  const sitrepStore = ONLY_TARGETS.includes('sitrep')
    ? await loadSitrepStore(ctx.db.db, ctx.db.sql, {
        ...(process.env.BENCH_SITREP_NOTIFY === '0' ? { notify: false } : {}),
        // BENCH_SITREP_GROUP=0: every append in its own transaction (the store's group commit off), for A/B.
        ...(process.env.BENCH_SITREP_GROUP === '0' ? { groupCommit: false } : {}),
      })
    : null;
  if (sitrepStore) targets.push(sitrepTarget(sitrepStore));
  else ctx.note('Sitrep: libs/event-store could not be loaded, so its figures are missing.');
  if (ONLY_TARGETS.includes('emmett')) targets.push(await emmettTarget(ctx.db.url, POOL));
  targets.push(await rawTarget(ctx.db.sql));

  const run = workloads(batches);
  // Warm-up: JIT, connections, prepared statements, Emmett's schema check.
  for (const t of targets) {
    await t.append(`bench-warm-${RUN}-${t.name}`, batches[0]!, 0);
    await runWorkers(WRITERS, 300, async (w, i) => {
      await t.append(`bench-warm-${RUN}-${t.name}-${w}-${i}`, [batches[1]![w % BATCH]!], 0);
      return 1;
    });
  }

  const totals = new Map<string, Outcome>();
  for (const key of (['a', 'b', 'c'] as const).filter((k) => ONLY_WORKLOADS.includes(k))) {
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate the order so no store always runs right after another one's writes.
      const order = round % 2 === 0 ? targets : [...targets].reverse();
      for (const t of order) {
        const o = await run[key](t, round);
        const id = `${key}|${t.name}`;
        const prev = totals.get(id) ?? { events: 0, seconds: 0, conflicts: 0, retries: 0 };
        totals.set(id, {
          events: prev.events + o.events,
          seconds: prev.seconds + o.seconds,
          conflicts: prev.conflicts + o.conflicts,
          retries: prev.retries + o.retries,
        });
        log(`${key} ${t.name} round ${round + 1}: ${Math.round(o.events / o.seconds)} events/s`);
      }
    }
    const rate = (name: string) => {
      const o = totals.get(`${key}|${name}`);
      return o ? o.events / o.seconds : null;
    };
    const sitrep = rate('Sitrep');
    const emmett = rate('Emmett');
    const raw = rate('raw INSERT');
    for (const t of targets) {
      const o = totals.get(`${key}|${t.name}`)!;
      const f: Figure = { name: `${LABELS[key]} — ${t.name}`, value: o.events / o.seconds, unit: 'events/s' };
      if (t.name === 'Sitrep' && key === 'b') f.target = { op: '>=', value: 5000 };
      if (key === 'c' && t.name !== 'raw INSERT') {
        f.note = `${Math.round(o.conflicts / o.seconds)} conflicts/s, ${(o.retries / Math.max(1, o.events)).toFixed(2)} retries per appended event`;
      }
      if (key === 'c' && t.name === 'raw INSERT') f.note = 'no version check: the ceiling for the same single-row inserts';
      if (t.name === 'Sitrep' && raw)
        f.note = [f.note, `${Math.round((100 * o.events) / o.seconds / raw)}% of raw`].filter(Boolean).join('; ');
      ctx.figure(f);
    }
    if (!sitrepStore) ctx.figure({ name: `${LABELS[key]} — Sitrep`, value: null, unit: 'events/s', note: 'event store not available' });
    ctx.figure({
      name: `${LABELS[key]} — Sitrep/Emmett`,
      value: sitrep !== null && emmett ? sitrep / emmett : null,
      unit: 'x',
      target: { op: '>=', value: 1 },
    });
  }

  // The ceiling of the ceiling: one writer, 1,000-row INSERTs of the same payloads.
  const raw = targets.find((t) => t.name === 'raw INSERT')!;
  const big = batches.flat().slice(0, 1000);
  const bulk = await runWorkers(1, Math.min(5, SECONDS) * 1000, async (_, i) => {
    await raw.append(`bench-bulk-${RUN}-${i}`, big, null);
    return big.length;
  });
  ctx.figure({ name: 'raw PostgreSQL bulk ceiling (1 writer, 1,000-row INSERTs)', value: bulk.events / bulk.seconds, unit: 'events/s' });

  for (const t of targets) await t.close();
}

await runSection('append', { poolSize: POOL }, main);
