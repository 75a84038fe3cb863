/**
 * Public API of the PostgreSQL event store. Everything else in Sitrep talks to
 * the store through these types only.
 */

/**
 * `any`: no check. `no_stream`: the stream must not exist. `stream_exists`: it must.
 * A number: its current version must equal it (0 means "no stream": a stream
 * exists only once it holds an event). Checked in SQL under the stream's row lock.
 */
export type ExpectedVersion = 'any' | 'no_stream' | 'stream_exists' | number;

export interface EventMetadata {
  correlationId?: string;
  causationId?: string;
  extractorVersion?: string;
  [key: string]: unknown;
}

/** An event as a writer hands it over. `id` makes re-appends idempotent; ids and times come from the caller, never from a clock inside the domain. */
export interface NewEvent<Type extends string = string, Data = unknown> {
  /** A UUID, unique across all streams (derive it from content for idempotent posts); read back lower-case. */
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
  /**
   * Global position: unique, and strictly increasing in `readAll`/`subscribe`
   * order, so a checkpoint is a plain number and `a.position < b.position`
   * means "a comes first". Not dense: a rolled-back append leaves a gap.
   */
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
  /** Page size, 1..10 000 (default 1 000). */
  limit?: number;
  /**
   * Top-level fields of each event's `data` to leave out, for a reader that never looks at them
   * (a projection has no use for a report's whole text): the server neither renders nor sends them
   * and the client does not parse them. Everything else about the events is as stored.
   */
  omitDataFields?: readonly string[];
}

export interface ReadAllResult {
  events: RecordedEvent[];
  /** Resume from here next time; equals `after` when nothing new is safely visible. */
  lastPosition: number;
}

export interface SubscribeOptions {
  /** Start strictly after this position (a checkpoint), default 0. */
  after?: number;
  /** Most events per yielded batch (default 500). */
  batchSize?: number;
  /** Ends the iteration cleanly (no error) when aborted. */
  signal?: AbortSignal;
  /** Fallback poll when no NOTIFY arrives, in ms (default: the store's, 1 000). */
  pollIntervalMs?: number;
}

export interface EventStore {
  append(streamId: string, events: readonly NewEvent[], options?: AppendOptions): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /**
   * Several whole streams in one statement (one snapshot): each stream id maps to its events in
   * version order, as readStream would return them ([] for a stream that does not exist). At most
   * MAX_STREAMS_PER_READ ids; duplicates are read once.
   */
  readStreams(streamIds: readonly string[]): Promise<Map<string, RecordedEvent[]>>;
  /** Gap-safe: never returns an event while an earlier position may still commit. */
  readAll(options?: ReadAllOptions): Promise<ReadAllResult>;
  /** Catch-up then live; yields batches in global order until `signal` aborts. */
  subscribe(options?: SubscribeOptions): AsyncIterable<RecordedEvent[]>;
  /** The highest position that readAll can return right now. */
  headPosition(): Promise<number>;
  /**
   * The highest position of a committed event, readable now or not yet: above `headPosition()`
   * while a transaction older than that event is still open. What a snapshot read must reach.
   */
  committedPosition(): Promise<number>;
}
