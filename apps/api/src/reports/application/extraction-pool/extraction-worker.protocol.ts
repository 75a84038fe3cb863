import type { ExtractionInput, ExtractionRecord } from '@sitrep/extraction';

/** Messages between the pool and an extraction worker (structured clone, no shared memory). */
export type ToWorker = { type: 'extract'; id: number; input: ExtractionInput };

export type FromWorker =
  /** Sent once, when the extractor is loaded: the worker takes tasks from then on. */
  | { type: 'ready'; version: string }
  | { type: 'result'; id: number; record: ExtractionRecord }
  | { type: 'error'; id: number; message: string };
