/**
 * Public API of the PostgreSQL event store. Everything else in Sitrep talks to
 * the store through these types only.
 */

/** `any`: no check. `no_stream`: the stream must not exist. `stream_exists`: it must. A number: its current version must equal it. */
export type ExpectedVersion = 'any' | 'no_stream' | 'stream_exists' | number;

export interface EventMetadata {
  correlationId?: string;
  causationId?: string;
  extractorVersion?: string;
  [key: string]: unknown;
}

/** An event as a writer hands it over. `id` makes re-appends idempotent; ids and times come from the caller, never from a clock inside the domain. */
export interface NewEvent<Type extends string = string, Data = unknown> {
  id: string;
  type: Type;
  data: Data;
  metadata?: EventMetadata;
  /** Payload schema version, default 1; evolve payloads with upcasters, never by renaming `type`. */
  schemaVersion?: number;
  /** When the fact happened or was stated, if known; defaults to the append time. */
  occurredAt?: Date;
}

export interface RecordedEvent<Type extends string = string, Data = unknown> {
  /** Global position, unique and increasing in commit-safe read order. */
  position: number;
  streamId: string;
  /** 1 for a stream's first event. */
  streamVersion: number;
  id: string;
  type: Type;
  schemaVersion: number;
  data: Data;
  metadata: EventMetadata;
  occurredAt: Date;
  recordedAt: Date;
  /** The writing transaction's id (xid8), as a decimal string. */
  transactionId: string;
}

export interface AppendOptions {
  expectedVersion?: ExpectedVersion;
}

export interface AppendResult {
  /** The stream's version after the append. */
  nextExpectedVersion: number;
  /** Global position of the last event of this batch (for read-your-writes). */
  lastPosition: number;
  /** True when every event id was already stored in this stream: nothing was written. */
  alreadyAppended: boolean;
  events: RecordedEvent[];
}

export interface ReadStreamOptions {
  /** First stream version to return (inclusive, default 1). */
  from?: number;
  /** Last stream version to return (inclusive). */
  to?: number;
}

export interface ReadAllOptions {
  /** Return events strictly after this global position (default 0). */
  after?: number;
  limit?: number;
}

export interface ReadAllResult {
  events: RecordedEvent[];
  /** Resume from here next time; equals `after` when nothing new is safely visible. */
  lastPosition: number;
}

export interface SubscribeOptions {
  after?: number;
  batchSize?: number;
  signal?: AbortSignal;
}

export interface EventStore {
  append(streamId: string, events: readonly NewEvent[], options?: AppendOptions): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** Gap-safe: never returns an event while an earlier position may still commit. */
  readAll(options?: ReadAllOptions): Promise<ReadAllResult>;
  /** Catch-up then live; yields batches in global order until `signal` aborts. */
  subscribe(options?: SubscribeOptions): AsyncIterable<RecordedEvent[]>;
  /** The highest position that readAll can return right now. */
  headPosition(): Promise<number>;
}
