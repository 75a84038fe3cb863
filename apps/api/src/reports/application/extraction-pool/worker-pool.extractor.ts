import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Counter, Gauge } from 'prom-client';
import type { SitrepConfig } from '@sitrep/config';
import type { ExtractionInput, ExtractionRecord } from '@sitrep/extraction';
import type { MetricsService } from '../../../observability/metrics.service.js';
import type { ReportExtractor } from '../extractor.port.js';
import type { ExtractionPool, ExtractionPoolOptions } from './extraction-pool.js';

/**
 * Each extraction worker's young generation, in MiB. V8 would size it like the
 * main thread's (up to 3 x 32 MiB on a large machine) and each worker would keep
 * what it committed while loading the world gazetteer; a report needs a few MiB.
 */
export const EXTRACTOR_YOUNG_GENERATION_MB = 8;

/** The pool as the server runs it (bench/pool.bench.ts measures the same settings). */
export function extractionPoolOptions(
  config: Pick<SitrepConfig, 'extractorWorkers' | 'extractorQueue' | 'extractorTimeoutMs'>,
  workerFile: URL,
  log?: (message: string) => void,
): ExtractionPoolOptions {
  return {
    size: config.extractorWorkers,
    maxQueue: config.extractorQueue,
    taskTimeoutMs: config.extractorTimeoutMs,
    workerFile,
    youngGenerationMb: EXTRACTOR_YOUNG_GENERATION_MB,
    log,
  };
}

/** How long a starting server waits for its extraction workers before it listens anyway. */
const WORKERS_READY_WAIT_MS = 30_000;

/**
 * The write side's extractor backed by the worker-thread pool. The server
 * listens once its workers have loaded (onApplicationBootstrap, bounded): on a
 * fresh server their start-up otherwise took the cores from the first reads
 * (the dashboard's 10,000 map rows: 9.2 s against 4.8 s without workers, at
 * load 23 on 2 cores; bench/results/2026-12-06-map-route.md). Closed after the
 * HTTP server has drained (onApplicationShutdown), so in-flight requests finish
 * their extraction first.
 */
export class WorkerPoolExtractor implements ReportExtractor, OnApplicationBootstrap, OnApplicationShutdown {
  constructor(readonly pool: ExtractionPool) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!(await this.pool.whenAllReady(WORKERS_READY_WAIT_MS)))
      new Logger('Extraction').warn(`listening before every extraction worker is ready (${JSON.stringify(this.pool.stats())})`);
  }

  extract(input: ExtractionInput): Promise<ExtractionRecord> {
    return this.pool.extract(input);
  }

  version(): Promise<string> {
    return this.pool.version();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.close();
  }
}

/**
 * extraction.worker.js beside this module. Under vitest the sources run as
 * TypeScript, which a worker thread cannot load: the build's copy in dist/ is
 * used then (`npm test` builds first). Null when there is none.
 */
export function extractionWorkerFile(): URL | null {
  const here = new URL('./extraction.worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  const path = fileURLToPath(here);
  const at = path.lastIndexOf(`${join('apps', 'api', 'src')}`);
  if (at < 0) return null;
  const built = join(path.slice(0, at), 'dist', path.slice(at));
  return existsSync(built) ? pathToFileURL(built) : null;
}

/** The pool's state on /metrics: workers ready and busy, reports waiting, and what happened to tasks. */
export function registerExtractionPoolMetrics(metrics: MetricsService, pool: ExtractionPool): void {
  new Gauge({
    name: 'sitrep_extractor_workers',
    help: 'Extraction worker threads, by state (ready: loaded and taking tasks; busy: extracting now).',
    labelNames: ['state'] as const,
    registers: [metrics.registry],
    collect() {
      const s = pool.stats();
      this.set({ state: 'ready' }, s.ready);
      this.set({ state: 'busy' }, s.busy);
    },
  });
  new Gauge({
    name: 'sitrep_extractor_queue_length',
    help: 'Reports waiting for an extraction worker.',
    registers: [metrics.registry],
    collect() {
      this.set(pool.stats().queued);
    },
  });
  new Counter({
    name: 'sitrep_extractor_tasks_total',
    help: 'Extraction tasks by outcome: completed, failed (threw, crashed twice, timed out), rejected (queue full, shutting down).',
    labelNames: ['outcome'] as const,
    registers: [metrics.registry],
    collect() {
      this.reset();
      this.inc({ outcome: 'completed' }, pool.counters.completed);
      this.inc({ outcome: 'failed' }, pool.counters.failed);
      this.inc({ outcome: 'rejected' }, pool.counters.rejected);
    },
  });
  new Counter({
    name: 'sitrep_extractor_worker_restarts_total',
    help: 'Extraction workers replaced after a crash or a timeout.',
    registers: [metrics.registry],
    collect() {
      this.reset();
      this.inc(pool.counters.restarts);
    },
  });
}
