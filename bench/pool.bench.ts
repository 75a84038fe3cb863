// Extraction through the worker-thread pool the server uses, with the server's
// settings (SITREP_EXTRACTOR_WORKERS, _QUEUE, _TIMEOUT_MS, the workers' young
// generation): the dev corpus's reports, as POST /reports hands them over,
// after every worker is ready and warm. Prints
//   - throughput: BENCH_POOL_REPORTS (default 5,000) reports kept
//     BENCH_POOL_CONCURRENCY (default 32, bench:http's connections) in flight,
//     reports/s by the wall clock;
//   - CPU ms a report, all threads (process.cpuUsage counts the workers too)
//     and the main thread alone: on a loaded machine the figure to compare;
//   - how many pool tasks carried several reports (0 for a pool that does not batch);
//   - one report's latency, p50 and p99, BENCH_POOL_LATENCY_REPORTS (default
//     2,000) at BENCH_POOL_LATENCY_CONCURRENCY (default: one per worker).
// For A/B against another pool with the same constructor options and methods:
// BENCH_POOL_MODULE=<its .js> BENCH_POOL_WORKER=<its worker .js>.
// BENCH_POOL_YOUNG_MB overrides the young generation (0: V8's own sizing). Not a test.
import { pathToFileURL } from 'node:url';
import { loadConfig } from '@sitrep/config';
import type { ExtractionInput, ExtractionRecord } from '@sitrep/extraction';
import { ExtractionPool, type ExtractionPoolOptions } from '../apps/api/src/reports/application/extraction-pool/extraction-pool.js';
import { extractionPoolOptions, extractionWorkerFile } from '../apps/api/src/reports/application/extraction-pool/worker-pool.extractor.js';
import { envInt, Latencies } from './harness/measure.js';
import { loadCorpus } from './harness/payloads.js';

interface PoolUnderTest {
  start(): void;
  extract(input: ExtractionInput): Promise<ExtractionRecord>;
  stats(): { ready: number };
  readonly counters: { restarts: number; batches?: number };
  close(): Promise<void>;
}
type PoolClass = new (options: ExtractionPoolOptions) => PoolUnderTest;

const config = loadConfig();
const workerFile = process.env.BENCH_POOL_WORKER ? pathToFileURL(process.env.BENCH_POOL_WORKER) : extractionWorkerFile();
if (!workerFile) {
  console.error('bench: no built extraction.worker.js (run the build)');
  process.exit(2);
}
const options = extractionPoolOptions(config, workerFile, (m) => console.error(`pool: ${m}`));
const youngOverride = process.env.BENCH_POOL_YOUNG_MB;
if (youngOverride !== undefined) options.youngGenerationMb = Number(youngOverride) || undefined;
const Pool: PoolClass = process.env.BENCH_POOL_MODULE
  ? ((await import(pathToFileURL(process.env.BENCH_POOL_MODULE).href)) as { ExtractionPool: PoolClass }).ExtractionPool
  : ExtractionPool;
const label = process.env.BENCH_POOL_MODULE ? process.env.BENCH_POOL_MODULE : 'extraction-pool (this build)';

const inputs: ExtractionInput[] = (await loadCorpus()).map((r) => ({
  text: r.text,
  publishedOn: r.publishedOn,
  language: r.language,
  source: r.outlet,
}));
const total = envInt('BENCH_POOL_REPORTS', 5_000);
const concurrency = Math.min(envInt('BENCH_POOL_CONCURRENCY', 32), options.size + options.maxQueue);
const latencyReports = envInt('BENCH_POOL_LATENCY_REPORTS', 2_000);
const latencyConcurrency = envInt('BENCH_POOL_LATENCY_CONCURRENCY', options.size);

const pool = new Pool(options);
pool.start();
while (pool.stats().ready < options.size) await new Promise((resolve) => setTimeout(resolve, 20));
// Warm-up: every corpus report a few times on every worker (JIT, the countries the corpus names get indexed).
await drive(inputs.length * options.size * 3, concurrency);

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
const cpu0 = process.cpuUsage();
const main0 = process.threadCpuUsage();
const t0 = performance.now();
const batches0 = pool.counters.batches ?? 0;
const { events } = await drive(total, concurrency);
const batches = (pool.counters.batches ?? 0) - batches0;
const seconds = (performance.now() - t0) / 1000;
const allCpu = cpuMs(process.cpuUsage(cpu0)) / total;
const mainCpu = cpuMs(process.threadCpuUsage(main0)) / total;

const latencies = new Latencies();
const latencyBatches0 = pool.counters.batches ?? 0;
await drive(latencyReports, latencyConcurrency, latencies);
const latencyBatches = (pool.counters.batches ?? 0) - latencyBatches0;
await pool.close();

const young = options.youngGenerationMb ? `${options.youngGenerationMb} MiB` : "V8's own";
console.log(
  `pool: ${label}; ${options.size} workers, queue ${options.maxQueue}, time limit ${options.taskTimeoutMs} ms, young generation ${young}; ${pool.counters.restarts} worker restarts`,
);
console.log(
  `pool: ${total} reports at concurrency ${concurrency}, ${events} events in ${seconds.toFixed(2)} s: ${(total / seconds).toFixed(0)} reports/s (wall clock); ${batches} tasks of several reports`,
);
console.log(
  `pool: ${allCpu.toFixed(3)} ms CPU a report, all threads (main thread ${mainCpu.toFixed(3)}, workers ${(allCpu - mainCpu).toFixed(3)})`,
);
console.log(
  `pool: latency at concurrency ${latencyConcurrency} (${latencyReports} reports): p50 ${latencies.percentile(50).toFixed(2)} ms, p99 ${latencies.percentile(99).toFixed(2)} ms; ${latencyBatches} tasks of several reports`,
);

/** Hands `count` corpus reports to the pool, `inFlight` at a time; each one's latency into `latencies` if given. */
async function drive(count: number, inFlight: number, latencies?: Latencies): Promise<{ events: number }> {
  let next = 0;
  let events = 0;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < count) {
        const input = inputs[next++ % inputs.length]!;
        const started = performance.now();
        const record = await pool.extract(input);
        latencies?.add(performance.now() - started);
        events += record.events.length;
      }
    }),
  );
  return { events };
}
