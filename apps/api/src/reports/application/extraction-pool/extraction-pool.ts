import { Worker } from 'node:worker_threads';
import type { ExtractionInput, ExtractionRecord } from '@sitrep/extraction';
import { ExtractionFailedError, ExtractorBusyError, ExtractorUnavailableError } from './extraction-pool.errors.js';
import type { FromWorker, ToWorker } from './extraction-worker.protocol.js';

export interface ExtractionPoolOptions {
  /** Worker threads, started once. */
  size: number;
  /** Reports that may wait for a worker; one more is refused with 503 EXTRACTOR_BUSY. */
  maxQueue: number;
  /** A task running longer fails with EXTRACTION_FAILED and its worker is replaced. */
  taskTimeoutMs: number;
  /** The worker's script (JavaScript): extraction.worker.js, or a test double speaking the same protocol. */
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
  /** Workers that exited while they were not asked to (a crash, a timeout) and were replaced. */
  restarts: number;
}

interface Task {
  id: number;
  input: ExtractionInput;
  resolve(record: ExtractionRecord): void;
  reject(error: Error): void;
  attempts: number;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  task: Task | null;
  timer: NodeJS.Timeout | null;
  /** Being terminated (timeout, close): takes no new task. */
  retiring: boolean;
}

/** A worker that dies before it is ready this many times in a row makes the pool refuse work until one starts. */
const MAX_START_FAILURES = 3;
/** A report whose worker crashed is tried once more on a fresh worker; a second crash fails it. */
const MAX_ATTEMPTS = 2;

/**
 * A fixed set of worker threads running the pure extractor, so that extraction
 * (1–3 ms of CPU per report) runs beside the event loop instead of on it.
 *
 * - Bounded: at most `size` reports run and `maxQueue` wait; beyond that
 *   `extract` rejects at once with ExtractorBusyError (503 + Retry-After).
 * - A worker that crashes is replaced; the report it was running is tried once
 *   more on another worker, then fails with ExtractionFailedError. No caller
 *   is left waiting: every task ends resolved or rejected.
 * - `close()` refuses new work, lets queued and running reports finish, then
 *   terminates the workers.
 *
 * ```ts
 * const pool = new ExtractionPool({ size: 2, maxQueue: 256, taskTimeoutMs: 30_000, workerFile });
 * pool.start();
 * const record = await pool.extract({ text, publishedOn: '2022-09-13' });
 * await pool.close();
 * ```
 */
export class ExtractionPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Task[] = [];
  private nextTaskId = 1;
  private started = false;
  private closing = false;
  private startFailures = 0;
  private respawnTimer: NodeJS.Timeout | null = null;
  private knownVersion: string | null = null;
  private versionWaiters: Array<{ resolve(v: string): void; reject(e: Error): void }> = [];
  private idleWaiters: Array<() => void> = [];
  readonly counters: ExtractionPoolCounters = { completed: 0, failed: 0, rejected: 0, restarts: 0 };

  constructor(private readonly options: ExtractionPoolOptions) {
    if (!Number.isInteger(options.size) || options.size < 1) throw new RangeError(`ExtractionPool size must be >= 1, got ${options.size}`);
  }

  /** Starts the workers (once). They load the extractor in the background; tasks wait in the queue meanwhile. */
  start(): void {
    if (this.started) return;
    this.started = true;
    for (let i = 0; i < this.options.size; i++) this.spawn();
  }

  extract(input: ExtractionInput): Promise<ExtractionRecord> {
    if (this.closing) return this.refuse(new ExtractorUnavailableError('the server is shutting down'));
    this.start();
    if (this.broken()) return this.refuse(new ExtractorUnavailableError('no extraction worker could be started'));
    const idle = this.idleSlot();
    if (!idle && this.queue.length >= this.options.maxQueue)
      return this.refuse(new ExtractorBusyError(this.queue.length, this.options.size));
    return new Promise<ExtractionRecord>((resolve, reject) => {
      const task: Task = { id: this.nextTaskId++, input, resolve, reject, attempts: 0 };
      if (idle) this.run(idle, task);
      else this.queue.push(task);
      this.updateRefs();
    });
  }

  /** EXTRACTOR_VERSION as the workers report it (they run the same build as this process). */
  version(): Promise<string> {
    if (this.knownVersion !== null) return Promise.resolve(this.knownVersion);
    if (this.closing) return Promise.reject(new ExtractorUnavailableError('the server is shutting down'));
    this.start();
    if (this.broken()) return Promise.reject(new ExtractorUnavailableError('no extraction worker could be started'));
    return new Promise((resolve, reject) => {
      this.versionWaiters.push({ resolve, reject });
      this.updateRefs();
    });
  }

  stats(): ExtractionPoolStats {
    let ready = 0;
    let busy = 0;
    for (const slot of this.slots) {
      if (slot.ready && !slot.retiring) ready++;
      if (slot.task) busy++;
    }
    return { size: this.options.size, ready, busy, queued: this.queue.length };
  }

  /** Refuses new work, waits for queued and running reports (bounded by the task timeout), then stops the workers. */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    if (this.respawnTimer) clearTimeout(this.respawnTimer);
    this.respawnTimer = null;
    if (this.queue.length > 0 || this.busyCount() > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.options.taskTimeoutMs + 1000);
        this.idleWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    for (const task of this.queue.splice(0)) this.fail(task, new ExtractorUnavailableError('the server is shutting down'));
    for (const waiter of this.versionWaiters.splice(0)) waiter.reject(new ExtractorUnavailableError('the server is shutting down'));
    await Promise.all(
      [...this.slots].map((slot) => {
        slot.retiring = true;
        return slot.worker.terminate();
      }),
    );
  }

  private spawn(): void {
    const young = this.options.youngGenerationMb;
    const worker = new Worker(this.options.workerFile, {
      name: 'sitrep-extractor',
      ...(young ? { resourceLimits: { maxYoungGenerationSizeMb: young } } : {}),
    });
    const slot: Slot = { worker, ready: false, task: null, timer: null, retiring: false };
    this.slots.add(slot);
    worker.on('message', (message: FromWorker) => this.onMessage(slot, message));
    // An uncaught exception in the worker: 'exit' follows and does the recovery.
    worker.on('error', (error) => this.options.log?.(`extraction worker ${worker.threadId} failed: ${error.message}`));
    worker.on('exit', (code) => this.onExit(slot, code));
    this.updateRefs();
  }

  private onMessage(slot: Slot, message: FromWorker): void {
    if (message.type === 'ready') {
      slot.ready = true;
      this.startFailures = 0;
      if (this.knownVersion === null) {
        this.knownVersion = message.version;
        for (const waiter of this.versionWaiters.splice(0)) waiter.resolve(message.version);
      }
      this.dispatch();
      return;
    }
    const task = slot.task;
    if (!task || task.id !== message.id) return; // an answer after its timeout: already failed
    this.finishTask(slot);
    if (message.type === 'result') {
      this.counters.completed++;
      task.resolve(message.record);
    } else {
      this.fail(task, new ExtractionFailedError(`the extractor threw: ${message.message}`));
    }
    this.dispatch();
  }

  private onExit(slot: Slot, code: number): void {
    this.slots.delete(slot);
    if (slot.timer) clearTimeout(slot.timer);
    const task = slot.task;
    slot.task = null;
    if (this.closing) {
      if (task) this.fail(task, new ExtractorUnavailableError('the server is shutting down'));
      this.checkIdle();
      return;
    }
    if (!slot.ready) this.startFailures++;
    if (!slot.retiring)
      this.options.log?.(
        `extraction worker ${slot.worker.threadId} exited with code ${code}${task ? ' while extracting' : ''}; replacing it`,
      );
    this.counters.restarts++;
    if (task) {
      if (task.attempts < MAX_ATTEMPTS) this.queue.unshift(task);
      else this.fail(task, new ExtractionFailedError(`its worker crashed on ${task.attempts} attempts (exit code ${code})`));
    }
    if (this.broken()) {
      const error = new ExtractorUnavailableError('no extraction worker could be started');
      for (const queued of this.queue.splice(0)) this.fail(queued, error);
      for (const waiter of this.versionWaiters.splice(0)) waiter.reject(error);
    }
    this.scheduleRespawn();
    this.dispatch();
  }

  /** Replaces lost workers; after start failures, with a growing delay so a broken worker script does not spin. */
  private scheduleRespawn(): void {
    if (this.respawnTimer || this.closing) return;
    const delay = this.startFailures === 0 ? 0 : Math.min(100 * 2 ** (this.startFailures - 1), 5000);
    this.respawnTimer = setTimeout(() => {
      this.respawnTimer = null;
      if (this.closing) return;
      while (this.slots.size < this.options.size) this.spawn();
    }, delay);
    this.respawnTimer.unref();
  }

  private dispatch(): void {
    for (;;) {
      const slot = this.queue.length ? this.idleSlot() : undefined;
      if (!slot) break;
      this.run(slot, this.queue.shift()!);
    }
    this.updateRefs();
    this.checkIdle();
  }

  private run(slot: Slot, task: Task): void {
    task.attempts++;
    slot.task = task;
    slot.timer = setTimeout(() => {
      if (slot.task !== task) return;
      this.finishTask(slot);
      slot.retiring = true;
      this.fail(task, new ExtractionFailedError(`it ran over ${this.options.taskTimeoutMs} ms`));
      void slot.worker.terminate();
    }, this.options.taskTimeoutMs);
    const message: ToWorker = { type: 'extract', id: task.id, input: task.input };
    slot.worker.postMessage(message);
  }

  private finishTask(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.task = null;
  }

  private fail(task: Task, error: Error): void {
    this.counters.failed++;
    task.reject(error);
  }

  private refuse(error: Error): Promise<never> {
    this.counters.rejected++;
    return Promise.reject(error);
  }

  private idleSlot(): Slot | undefined {
    for (const slot of this.slots) if (slot.ready && !slot.task && !slot.retiring) return slot;
    return undefined;
  }

  private busyCount(): number {
    let busy = 0;
    for (const slot of this.slots) if (slot.task) busy++;
    return busy;
  }

  /** No worker is ready and the last few could not even start. */
  private broken(): boolean {
    return this.startFailures >= MAX_START_FAILURES && this.stats().ready === 0;
  }

  private checkIdle(): void {
    if (this.queue.length === 0 && this.busyCount() === 0) for (const waiter of this.idleWaiters.splice(0)) waiter();
  }

  /** A worker keeps the process alive only while it has work (or work waits for it to start). */
  private updateRefs(): void {
    for (const slot of this.slots) {
      if (slot.task || (!slot.ready && this.queue.length > 0) || (!slot.ready && this.versionWaiters.length > 0)) slot.worker.ref();
      else slot.worker.unref();
    }
  }
}
