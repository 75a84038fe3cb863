import type { CommandBus } from '@nestjs/cqrs';
import { ReportErrorCode, type CommandMetadata } from '@sitrep/domain';
import type { EventStore, RecordedEvent } from '@sitrep/event-store';
import { readHistory } from '../../../replay/read-history.js';
import type { ReextractCheckpoint, ReextractCheckpoints, ReextractRunKey } from './reextract-checkpoints.js';
import { ReextractReportCommand, type ReextractReportResult } from './reextract-report.command.js';
import { ReextractReportsCommand } from './reextract-reports.command.js';

export interface ReextractAllProgress {
  /** Reports looked at so far, those of the interrupted run this one resumed included. */
  done: number;
  reportId: string;
  outcome: ReextractReportResult['outcome'] | 'skipped' | 'failed';
  error?: { code?: string; message: string };
}

export interface ReextractAllSummary {
  /** Reports looked at by this invocation. */
  reports: number;
  reextracted: number;
  unchanged: number;
  /** Retracted reports: they no longer count, so they are not re-extracted. */
  skipped: number;
  failed: number;
  /** Global position of the last event appended (0 when none): `waitFor` for the whole run. */
  position: number;
  /** Reports an interrupted earlier run had already looked at; this one started after them (0 for a fresh run). */
  resumedAfter: number;
  /** Correlation id of the events this run appended (the same across its resumptions). */
  runId: string;
}

export interface ReextractAllOptions {
  force?: boolean;
  signal?: AbortSignal;
  onProgress?: (p: ReextractAllProgress) => void;
  /** Called once before the first report: how many reports the resumed run had already looked at. */
  onStart?: (start: { resumedAfter: number }) => void;
  /** Ignore an interrupted run's checkpoint and start from the first report. */
  restart?: boolean;
  /** Reports between two checkpoint writes (default 100). */
  checkpointEvery?: number;
  /**
   * Reports re-extracted at once (default 1): their reads, extractions (the
   * extractor pool's threads) and appends overlap. They are still counted,
   * reported and checkpointed in submission order. They go in batches of
   * half as many (ReextractReportsCommand: one read for the batch's streams),
   * so that one batch is read and extracted while the one before it appends.
   */
  concurrency?: number;
  /** How long to wait for reports an older open transaction hides from the gap-safe read (see readHistory). */
  hiddenWaitMs?: number;
}

export interface ReextractAllDeps {
  store: Pick<EventStore, 'readAll' | 'headPosition' | 'committedPosition' | 'readStream'>;
  commandBus: Pick<CommandBus, 'execute'>;
  checkpoints: Pick<ReextractCheckpoints, 'load' | 'save' | 'clear'>;
  extractorVersion: string;
  /** Metadata of each command, carrying the run's correlation id. */
  metadata: (correlationId: string) => CommandMetadata;
  newRunId: () => string;
}

/**
 * Every report, in the order they were submitted (found by their
 * ReportSubmitted in the global order, read page by page so the list is
 * never held in memory), re-extracted `concurrency` at a time (in batches of
 * `concurrency / 2`) and accounted in that order. One report failing does not
 * stop the others; it is counted and reported.
 *
 * Resumable: every `checkpointEvery` reports (and when stopped by the signal)
 * the position of the last report looked at is saved under the run's key
 * (extractor version, forced); a run with the same key after a crash starts
 * after it. The reports between the last checkpoint and the crash (at most
 * `checkpointEvery + concurrency - 1` of them) are looked
 * at again, and are not extracted twice: without force the handler finds the
 * version unchanged; with force a report whose stream already ends in this
 * run's ReportReextracted (same correlation id) is passed over.
 */
export async function reextractAll(deps: ReextractAllDeps, options: ReextractAllOptions = {}): Promise<ReextractAllSummary> {
  const key: ReextractRunKey = { extractorVersion: deps.extractorVersion, forced: !!options.force };
  const every = options.checkpointEvery ?? 100;
  const saved = options.restart ? null : await deps.checkpoints.load(key);
  const checkpoint: ReextractCheckpoint = saved ?? { runId: deps.newRunId(), afterPosition: 0, reportsDone: 0 };
  const summary: ReextractAllSummary = {
    reports: 0,
    reextracted: 0,
    unchanged: 0,
    skipped: 0,
    failed: 0,
    position: 0,
    resumedAfter: checkpoint.reportsDone,
    runId: checkpoint.runId,
  };
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const batches = new ReportBatches(deps, checkpoint.runId, !!options.force, Math.max(1, Math.floor(concurrency / 2)), summary);
  // What a crash can leave done beyond the checkpoint: the reports of one interval and those in flight.
  // Only a resumed forced run would do them again; it checks that many reports first.
  let mayHaveDone = saved !== null && key.forced ? every + concurrency : 0;
  await deps.checkpoints.save(key, checkpoint);
  options.onStart?.({ resumedAfter: checkpoint.reportsDone });

  const inFlight: Array<{ position: number; outcome: Promise<Omit<ReextractAllProgress, 'done'>> }> = [];
  const settleOldest = async () => {
    const { position, outcome } = inFlight.shift()!;
    const progress = await outcome;
    checkpoint.afterPosition = position;
    checkpoint.reportsDone++;
    options.onProgress?.({ ...progress, done: checkpoint.reportsDone });
    if (checkpoint.reportsDone % every === 0) await deps.checkpoints.save(key, checkpoint);
  };
  for await (const batch of readHistory(deps.store, {
    after: checkpoint.afterPosition,
    signal: options.signal,
    hiddenWaitMs: options.hiddenWaitMs,
  })) {
    for (const event of batch) {
      if (event.type !== 'ReportSubmitted' || options.signal?.aborted) continue;
      summary.reports++;
      const checkFirst = mayHaveDone-- > 0;
      const outcome = checkFirst
        ? lookAt(deps, event, checkpoint.runId, !!options.force, summary)
        : batches.add(event.position, reportIdOf(event));
      inFlight.push({ position: event.position, outcome });
      if (inFlight.length >= concurrency) await settleOldest();
    }
  }
  batches.send();
  while (inFlight.length > 0) await settleOldest();
  if (options.signal?.aborted) await deps.checkpoints.save(key, checkpoint);
  else await deps.checkpoints.clear(key);
  return summary;
}

type Looked = Omit<ReextractAllProgress, 'done'>;

const reportIdOf = (submitted: RecordedEvent) => (submitted.data as { reportId: string }).reportId;

/**
 * Reports gathered into ReextractReportsCommands of `size`: a batch goes when it is full (and
 * the last one when the history ends). With `size` at most half the reports in flight, the
 * oldest report in flight is never one still gathered. Each report's outcome settles with its
 * batch and is counted in `summary` then. Never rejects.
 */
class ReportBatches {
  private holding: Array<{ position: number; reportId: string; settle: (r: PromiseSettledResult<ReextractReportResult>) => void }> = [];

  constructor(
    private readonly deps: ReextractAllDeps,
    private readonly runId: string,
    private readonly force: boolean,
    private readonly size: number,
    private readonly summary: ReextractAllSummary,
  ) {}

  add(position: number, reportId: string): Promise<Looked> {
    const settled = new Promise<PromiseSettledResult<ReextractReportResult>>((settle) => this.holding.push({ position, reportId, settle }));
    if (this.holding.length >= this.size) this.send();
    return settled.then((result) => account(reportId, result, this.summary));
  }

  send(): void {
    const batch = this.holding;
    if (batch.length === 0) return;
    this.holding = [];
    const command = new ReextractReportsCommand(
      batch.map((r) => r.reportId),
      this.deps.metadata(this.runId),
      this.force,
    );
    this.deps.commandBus.execute(command).then(
      (results) => batch.forEach((r, i) => r.settle(results[i] ?? { status: 'rejected', reason: new Error('no answer for this report') })),
      (reason: unknown) => batch.forEach((r) => r.settle({ status: 'rejected', reason })),
    );
  }
}

/** One report's answer, counted. */
function account(reportId: string, result: PromiseSettledResult<ReextractReportResult>, summary: ReextractAllSummary): Looked {
  if (result.status === 'fulfilled') {
    const { outcome } = result.value;
    summary[outcome]++;
    if (result.value.outcome === 'reextracted') summary.position = Math.max(summary.position, result.value.position);
    return { reportId, outcome };
  }
  const e = result.reason as { code?: string; message?: string };
  if (e?.code === ReportErrorCode.REPORT_ALREADY_RETRACTED) {
    summary.skipped++;
    return { reportId, outcome: 'skipped' };
  }
  summary.failed++;
  return { reportId, outcome: 'failed', error: { code: e?.code, message: e?.message ?? String(result.reason) } };
}

/** A report a crashed run may have done already: passed over when this run re-extracted it, else re-extracted alone. Never rejects. */
async function lookAt(
  deps: ReextractAllDeps,
  submitted: RecordedEvent,
  runId: string,
  force: boolean,
  summary: ReextractAllSummary,
): Promise<Looked> {
  const reportId = reportIdOf(submitted);
  try {
    if (await endsInRun(deps.store, submitted, runId)) {
      summary.unchanged++;
      return { reportId, outcome: 'unchanged' };
    }
  } catch (err) {
    summary.failed++;
    return {
      reportId,
      outcome: 'failed',
      error: { code: (err as { code?: string }).code, message: (err as Error).message ?? String(err) },
    };
  }
  return reextractOne(deps, reportId, runId, force, summary);
}

async function reextractOne(
  deps: ReextractAllDeps,
  reportId: string,
  runId: string,
  force: boolean,
  summary: ReextractAllSummary,
): Promise<Looked> {
  const result = await Promise.allSettled([deps.commandBus.execute(new ReextractReportCommand(reportId, deps.metadata(runId), force))]);
  return account(reportId, result[0]!, summary);
}

/** Whether the report's latest re-extraction was appended by the run `runId`. */
async function endsInRun(store: Pick<EventStore, 'readStream'>, submitted: RecordedEvent, runId: string): Promise<boolean> {
  const events = await store.readStream(submitted.streamId);
  const last = events.findLast((e) => e.type === 'ReportReextracted');
  return last?.metadata.correlationId === runId;
}
