import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { DomainError } from '@sitrep/domain';
import type { ExtractionInput, ExtractionRecord } from '@sitrep/extraction';
import { ExtractionFailedError, ExtractorBusyError, ExtractorUnavailableError } from './extraction-pool.errors.js';
import type { FromWorker, ReportAnswer, ToWorker, WorkerReady } from './extraction-worker.protocol.js';

export interface ExtractionPoolOptions {
  /** Worker threads, started at once and kept. */
  size: number;
  /** Reports that may wait for a worker; one more is refused with 503 EXTRACTOR_BUSY. */
  maxQueue: number;
  /**
   * A report not answered this long after it was handed to the pool (waiting
   * included) fails with EXTRACTION_FAILED; a worker still running it is replaced.
   * A batch that runs over is retried report by report, each with the whole
   * limit again, so that only the slow report fails.
   */
  taskTimeoutMs: number;
  /** The worker's module (JavaScript): extraction.worker.js, or a test double with the same protocol. */
  workerFile: URL | string;
  /**
   * Each worker's young generation, in MiB (V8's own sizing when unset). The
   * extractor keeps a few MiB a report alive for a millisecond or two, so a small
   * one costs nothing; V8's default lets each worker commit tens of MiB of it
   * while it loads the world gazetteer, and keep them.
   */
  youngGenerationMb?: number;
  log?: (message: string) => void;
}

export interface ExtractionPoolStats {
  size: number;
  /** Workers that have loaded the extractor and take tasks. */
  ready: number;
  busy: number;
  queued: number;
}

/** Cumulative counts, read by /metrics. */
export interface ExtractionPoolCounters {
  completed: number;
  failed: number;
  /** Refused at once: the queue was full, or the pool was closing or could not start a worker. */
  rejected: number;
  /** Workers that stopped while they were not asked to (a crash, a timeout) and were replaced. */
  restarts: number;
  /** Tasks that carried more than one report (reports that waited while every worker was busy). */
  batches: number;
}

/** A report accepted while every worker was busy: it waits here and goes in the next batch. */
interface WaitingReport {
  input: ExtractionInput;
  /** When its time limit runs out (Date.now() scale): waiting counts. */
  deadline: number;
  timer: NodeJS.Timeout;
  resolve(record: ExtractionRecord): void;
  reject(error: Error): void;
}

/** Workers that die before they are ready this many times in a row make the pool refuse work until one starts. */
const MAX_START_FAILURES = 3;
/** A report whose worker died is tried once more on another worker; a second death fails it. */
const MAX_ATTEMPTS = 2;
const SHUTTING_DOWN = 'the server is shutting down';
const NO_WORKER = 'no extraction worker could be started';
/**
 * Most reports in one task. A piscina task costs the same on both threads
 * whatever it carries (bench/results/2026-12-06-pool.md); a few reports share
 * that cost well while a batch still ends in milliseconds, so a worker is never
 * held long by one.
 */
const MAX_BATCH = 8;

/**
 * Worker threads (piscina) running the pure extractor, so that extraction
 * (1–3 ms of CPU per report) runs beside the event loop instead of on it.
 * piscina starts, feeds and replaces the workers; this class adds what the
 * write side promises its clients:
 *
 * - Bounded: at most `size` reports run and `maxQueue` wait; beyond that
 *   `extract` rejects at once with ExtractorBusyError (503 + Retry-After).
 * - A time limit per report (an AbortSignal on the piscina task: piscina
 *   terminates the worker running it and starts another).
 * - A report whose worker died is tried once more, then fails with
 *   ExtractionFailedError; an exception of the extractor is never retried.
 * - Workers that keep dying while they load make it answer
 *   ExtractorUnavailableError instead of letting reports wait.
 * - `close()` refuses new work, lets queued and running reports finish, then
 *   stops the workers. No caller is left waiting.
 * - Batches: a report that arrives while a worker has no task goes to it at
 *   once, alone. Reports that arrive while every worker has one wait here and
 *   the next free worker takes up to MAX_BATCH of them in one task, so the
 *   per-task cost of piscina is paid once for all. Each report keeps its own
 *   answer or error; a batch whose worker died or ran over the time limit is
 *   retried report by report (its second attempt), so only the report at fault fails.
 *
 * ```ts
 * const pool = new ExtractionPool({ size: 2, maxQueue: 256, taskTimeoutMs: 30_000, workerFile });
 * pool.start();
 * const record = await pool.extract({ text, publishedOn: '2022-09-13' });
 * await pool.close();
 * ```
 */
export class ExtractionPool {
  private pool: Piscina<ToWorker, FromWorker> | null = null;
  /** Thread ids of the workers that said they are ready (some may have died since: see readyCount). */
  private readonly readyThreads = new Set<number>();
  /** One per task on piscina, so that a pool found broken can let go of them. */
  private readonly cancels = new Set<AbortController>();
  /** Reports accepted and not yet answered. */
  private pending = 0;
  /** Reports waiting for a worker to have no task (FIFO). */
  private readonly waiting: WaitingReport[] = [];
  /** Tasks handed to piscina and not yet settled. */
  private tasksInFlight = 0;
  private closing = false;
  private closed: Promise<void> | null = null;
  private startFailures = 0;
  private probeTimer: NodeJS.Timeout | null = null;
  private knownVersion: string | null = null;
  private versionWaiters: Array<{ resolve(v: string): void; reject(e: Error): void }> = [];
  private idleWaiters: Array<() => void> = [];
  readonly counters: ExtractionPoolCounters = { completed: 0, failed: 0, rejected: 0, restarts: 0, batches: 0 };

  constructor(private readonly options: ExtractionPoolOptions) {
    if (!Number.isInteger(options.size) || options.size < 1) throw new RangeError(`ExtractionPool size must be >= 1, got ${options.size}`);
  }

  /** Starts the workers (once). They load the extractor in the background; tasks wait meanwhile. */
  start(): void {
    if (this.pool || this.closing) return;
    const { workerFile, size } = this.options;
    this.pool = new Piscina<ToWorker, FromWorker>({
      filename: workerFile instanceof URL ? fileURLToPath(workerFile) : workerFile,
      minThreads: size,
      maxThreads: size,
      idleTimeout: Infinity,
      recordTiming: false, // /metrics has its own counters
      ...(this.options.youngGenerationMb ? { resourceLimits: { maxYoungGenerationSizeMb: this.options.youngGenerationMb } } : {}),
    });
    this.pool.on('message', (message: WorkerReady) => this.onReady(message));
    this.pool.on('workerDestroy', (worker: { id: number }) => this.onWorkerGone(worker.id));
    // A worker that fails while it has no task (while loading): its 'workerDestroy' does the accounting.
    this.pool.on('error', (error: Error) => this.options.log?.(`extraction worker failed: ${error.message}`));
  }

  extract(input: ExtractionInput): Promise<ExtractionRecord> {
    if (this.closing) return this.refuse(new ExtractorUnavailableError(SHUTTING_DOWN));
    this.start();
    if (this.broken()) return this.refuse(new ExtractorUnavailableError(NO_WORKER));
    if (this.pending >= this.readyCount() + this.options.maxQueue)
      return this.refuse(new ExtractorBusyError(this.stats().queued, this.options.size));
    this.pending++;
    return this.extractOrWait(input)
      .then(
        (record) => {
          this.counters.completed++;
          return record;
        },
        (error: unknown) => {
          this.counters.failed++;
          throw error;
        },
      )
      .finally(() => {
        this.pending--;
        if (this.pending === 0) for (const waiter of this.idleWaiters.splice(0)) waiter();
      });
  }

  /** EXTRACTOR_VERSION as the workers report it (they run the same build as this process). */
  version(): Promise<string> {
    if (this.knownVersion !== null) return Promise.resolve(this.knownVersion);
    if (this.closing) return Promise.reject(new ExtractorUnavailableError(SHUTTING_DOWN));
    this.start();
    if (this.broken()) return Promise.reject(new ExtractorUnavailableError(NO_WORKER));
    return new Promise((resolve, reject) => this.versionWaiters.push({ resolve, reject }));
  }

  /**
   * True once every worker has loaded the extractor; false after `timeoutMs`, or at once when the pool is closing or
   * its workers cannot start. A server waits for this before it listens: each worker's start takes a core for
   * seconds, which the first requests would otherwise share.
   */
  async whenAllReady(timeoutMs: number): Promise<boolean> {
    const deadline = performance.now() + timeoutMs;
    while (this.pool && !this.closing) {
      if (this.readyCount() >= this.options.size) return true;
      if (this.broken() || performance.now() >= deadline) return false;
      await new Promise((r) => setTimeout(r, 20));
    }
    return false;
  }

  stats(): ExtractionPoolStats {
    const ready = this.readyCount();
    const busy = Math.min(this.pending, ready);
    return { size: this.options.size, ready, busy, queued: this.pending - busy };
  }

  /** Refuses new work, waits for queued and running reports (bounded by the task timeout), then stops the workers. */
  close(): Promise<void> {
    this.closing = true;
    this.closed ??= this.shutDown();
    return this.closed;
  }

  private async shutDown(): Promise<void> {
    if (this.probeTimer) clearTimeout(this.probeTimer);
    if (this.pending > 0) {
      const idle = new Promise<void>((resolve) => this.idleWaiters.push(resolve));
      await Promise.race([idle, sleep(this.options.taskTimeoutMs + 1000, undefined, { ref: false })]);
    }
    for (const waiter of this.versionWaiters.splice(0)) waiter.reject(new ExtractorUnavailableError(SHUTTING_DOWN));
    // Reports still there fail with 'Terminating worker thread', answered as EXTRACTOR_UNAVAILABLE (runTask).
    this.rejectWaiting(new ExtractorUnavailableError(SHUTTING_DOWN));
    await this.pool?.destroy();
  }

  /** Straight to a worker when one has no task; otherwise wait for the next batch. */
  private extractOrWait(input: ExtractionInput): Promise<ExtractionRecord> {
    const { taskTimeoutMs } = this.options;
    if (this.tasksInFlight < this.options.size) return this.extractAlone(input, taskTimeoutMs);
    return new Promise((resolve, reject) => {
      const report: WaitingReport = {
        input,
        deadline: Date.now() + taskTimeoutMs,
        timer: setTimeout(() => {
          const at = this.waiting.indexOf(report);
          if (at >= 0) this.waiting.splice(at, 1);
          reject(new ExtractionFailedError(`it ran over ${taskTimeoutMs} ms`));
        }, taskTimeoutMs).unref(),
        resolve,
        reject,
      };
      this.waiting.push(report);
    });
  }

  /** Hands waiting reports to the workers that have no task: one batch each. */
  private drain(): void {
    while (this.waiting.length > 0 && this.tasksInFlight < this.options.size) {
      const now = Date.now();
      const batch: WaitingReport[] = [];
      for (const report of this.waiting.splice(0, MAX_BATCH)) {
        clearTimeout(report.timer);
        if (report.deadline > now) batch.push(report);
        else report.reject(new ExtractionFailedError(`it ran over ${this.options.taskTimeoutMs} ms`));
      }
      if (batch.length === 0) continue;
      if (batch.length === 1) {
        const [report] = batch as [WaitingReport];
        this.extractAlone(report.input, report.deadline - Date.now()).then(report.resolve, report.reject);
      } else {
        void this.extractBatch(batch);
      }
    }
  }

  private async extractBatch(batch: WaitingReport[]): Promise<void> {
    this.counters.batches++;
    const limitMs = Math.max(...batch.map((report) => report.deadline)) - Date.now();
    let answer: FromWorker;
    try {
      answer = await this.runTask({ type: 'extract-batch', inputs: batch.map((report) => report.input) }, limitMs);
    } catch (error) {
      if (error instanceof ExtractorUnavailableError) return batch.forEach((report) => report.reject(error));
      // The worker died or ran over the limit under one of them: each goes again alone, so only that one fails.
      const reason = error instanceof Error ? error.message : String(error);
      this.options.log?.(`a batch of ${batch.length} reports failed (${reason}); trying each once more alone`);
      // One after another: each gets the whole limit from when it is handed over, not from behind the slow one.
      for (const report of batch) await this.extractAlone(report.input, this.options.taskTimeoutMs, 2).then(report.resolve, report.reject);
      return;
    }
    const answers = answer.type === 'batch' && answer.answers.length === batch.length ? answer.answers : null;
    batch.forEach((report, i) => {
      try {
        report.resolve(recordOf(answers ? answers[i]! : answer));
      } catch (failure) {
        report.reject(failure as Error);
      }
    });
  }

  /**
   * One report in a task of its own, with `limitMs` for its first attempt
   * (the time it has left) and the whole limit for the retry after its worker died.
   */
  private async extractAlone(input: ExtractionInput, limitMs: number, firstAttempt = 1): Promise<ExtractionRecord> {
    for (let attempt = firstAttempt; ; attempt++) {
      let answer: FromWorker;
      try {
        answer = await this.runTask({ type: 'extract', input }, attempt === firstAttempt ? limitMs : this.options.taskTimeoutMs);
      } catch (error) {
        if (error instanceof DomainError) throw error;
        const reason = error instanceof Error ? error.message : String(error);
        if (attempt >= MAX_ATTEMPTS) throw new ExtractionFailedError(`its worker died on ${attempt} attempts (${reason})`);
        this.options.log?.(`an extraction worker died under a report (${reason}); trying it once more`);
        continue;
      }
      return recordOf(answer);
    }
  }

  /**
   * One task on piscina, bounded by the time limit. Rejects with a DomainError
   * (time limit, shutting down, no worker can start), or with the error piscina
   * gives when the worker died under the task.
   */
  private async runTask(task: ToWorker, limitMs = this.options.taskTimeoutMs, cancellable = true): Promise<FromWorker> {
    const cancel = new AbortController();
    const { taskTimeoutMs } = this.options;
    const overTime = new ExtractionFailedError(`it ran over ${taskTimeoutMs} ms`);
    if (limitMs <= 0) throw overTime;
    const timer = setTimeout(() => cancel.abort(overTime), limitMs).unref();
    if (cancellable) this.cancels.add(cancel);
    this.tasksInFlight++;
    try {
      return await this.pool!.run(task, { signal: cancel.signal });
    } catch (error) {
      if (cancel.signal.aborted) throw cancel.signal.reason as Error;
      if (this.closing) throw new ExtractorUnavailableError(SHUTTING_DOWN);
      if (this.broken()) throw new ExtractorUnavailableError(NO_WORKER);
      throw error;
    } finally {
      clearTimeout(timer);
      this.cancels.delete(cancel);
      this.tasksInFlight--;
      this.drain();
    }
  }

  private onReady(message: WorkerReady): void {
    if (message?.type !== 'ready') return;
    this.readyThreads.add(message.threadId);
    this.startFailures = 0;
    if (this.knownVersion === null) {
      this.knownVersion = message.version;
      for (const waiter of this.versionWaiters.splice(0)) waiter.resolve(message.version);
    }
  }

  /**
   * piscina removed a worker (it crashed, or ran over the time limit) and
   * replaces it unless it died while loading: then the pool starts one itself,
   * with a growing delay, and gives up waiting reports once several failed in a row.
   */
  private onWorkerGone(threadId: number): void {
    if (this.closing) return;
    this.counters.restarts++;
    if (this.forgetThread(threadId)) {
      this.options.log?.('an extraction worker stopped (a crash, or a report over the time limit); replacing it');
      return;
    }
    this.startFailures++;
    this.options.log?.(`an extraction worker stopped before it was ready (${this.startFailures} in a row)`);
    if (this.broken()) {
      const error = new ExtractorUnavailableError(NO_WORKER);
      for (const cancel of this.cancels) cancel.abort(error);
      this.rejectWaiting(error);
      for (const waiter of this.versionWaiters.splice(0)) waiter.reject(error);
    }
    this.scheduleProbe();
  }

  /** Whether the worker was ready. A worker that exited has thread id -1: the ready ids no live worker has are its. */
  private forgetThread(threadId: number): boolean {
    if (threadId !== -1) return this.readyThreads.delete(threadId);
    const live = new Set(this.pool!.threads.map((worker) => worker.threadId));
    let found = false;
    for (const id of this.readyThreads) {
      if (live.has(id)) continue;
      this.readyThreads.delete(id);
      found = true;
    }
    return found;
  }

  /** piscina starts a worker for a task it cannot place: a version task does, after a delay so a broken script does not spin. */
  private scheduleProbe(): void {
    if (this.probeTimer || this.closing) return;
    const delay = Math.min(100 * 2 ** (this.startFailures - 1), 5000);
    this.probeTimer = setTimeout(() => {
      this.probeTimer = null;
      if (this.closing || this.pool!.threads.length >= this.options.size) return;
      this.runTask({ type: 'version' }, this.options.taskTimeoutMs, false).catch(() => undefined);
    }, delay).unref();
  }

  private readyCount(): number {
    if (!this.pool) return 0;
    let ready = 0;
    for (const worker of this.pool.threads) if (this.readyThreads.has(worker.threadId)) ready++;
    return ready;
  }

  /** No worker is ready and the last few could not even start. */
  private broken(): boolean {
    return this.startFailures >= MAX_START_FAILURES && this.readyCount() === 0;
  }

  private rejectWaiting(error: Error): void {
    for (const report of this.waiting.splice(0)) {
      clearTimeout(report.timer);
      report.reject(error);
    }
  }

  private refuse(error: Error): Promise<never> {
    this.counters.rejected++;
    return Promise.reject(error);
  }
}

function recordOf(answer: ReportAnswer | FromWorker): ExtractionRecord {
  if (answer.type === 'result') return answer.record;
  throw new ExtractionFailedError(answer.type === 'error' ? `the extractor threw: ${answer.message}` : 'the worker answered out of turn');
}
