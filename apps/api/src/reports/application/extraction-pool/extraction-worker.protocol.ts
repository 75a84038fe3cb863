import type { ExtractionInput, ExtractionRecord } from '@sitrep/extraction';

/** A task piscina hands to an extraction worker (structured clone, no shared memory). */
export type ToWorker = { type: 'extract'; input: ExtractionInput } | { type: 'version' };

/**
 * A worker's answer to a task. An exception of the extractor comes back as an
 * answer, not a rejection, so that the pool can tell it from a worker that died
 * (which piscina reports as a rejected task): only the latter is retried.
 */
export type FromWorker =
  { type: 'result'; record: ExtractionRecord } | { type: 'error'; message: string } | { type: 'version'; version: string };

/** Posted by a worker once, when the extractor is loaded and warm (piscina passes it on as a pool 'message'). */
export type WorkerReady = { type: 'ready'; threadId: number; version: string };
