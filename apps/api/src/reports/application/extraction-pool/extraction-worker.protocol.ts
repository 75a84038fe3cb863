import type { ExtractionInput, ExtractionRecord } from '@sitrep/extraction';

/**
 * A task piscina hands to an extraction worker (structured clone, no shared
 * memory). Several reports waiting at once go as one batch: one hand-over
 * instead of one per report.
 */
export type ToWorker =
  { type: 'extract'; input: ExtractionInput } | { type: 'extract-batch'; inputs: ExtractionInput[] } | { type: 'version' };

/** One report's answer. An exception of the extractor is an answer, not a rejection (see FromWorker). */
export type ReportAnswer = { type: 'result'; record: ExtractionRecord } | { type: 'error'; message: string };

/**
 * A worker's answer to a task. An exception of the extractor comes back as an
 * answer, not a rejection, so that the pool can tell it from a worker that died
 * (which piscina reports as a rejected task): only the latter is retried.
 * A batch answers each report in its order.
 */
export type FromWorker = ReportAnswer | { type: 'batch'; answers: ReportAnswer[] } | { type: 'version'; version: string };

/** Posted by a worker once, when the extractor is loaded and warm (piscina passes it on as a pool 'message'). */
export type WorkerReady = { type: 'ready'; threadId: number; version: string };
