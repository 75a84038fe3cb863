import type {
  AppendOptions,
  AppendResult,
  EventStore,
  NewEvent,
  ReadAllOptions,
  ReadAllResult,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
} from '../../../../libs/event-store/src/event-store.types.js';

const conflict = (streamId: string, expectedVersion: unknown, actual: number) =>
  Object.assign(new Error(`stream ${streamId}: expected version ${String(expectedVersion)}, but it is at ${actual}`), {
    code: 'CONCURRENCY_CONFLICT',
  });

/** The EventStore contract in memory, for tests that exercise the HTTP and application layers without PostgreSQL. */
export class InMemoryEventStore implements EventStore {
  private readonly all: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  /** Makes the next append throw this error (failure-path tests). */
  failNextAppend: Error | null = null;

  async append(streamId: string, events: readonly NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    if (this.failNextAppend) {
      const error = this.failNextAppend;
      this.failNextAppend = null;
      throw error;
    }
    const stream = this.streams.get(streamId) ?? [];
    const stored = events.map((e) => stream.find((s) => s.id === e.id)).filter((e): e is RecordedEvent => !!e);
    if (stored.length === events.length && events.length > 0) {
      return { nextExpectedVersion: stream.length, lastPosition: stored.at(-1)!.position, alreadyAppended: true, events: stored };
    }
    const expected = options.expectedVersion ?? 'any';
    const version = stream.length;
    if (
      (expected === 'no_stream' && version !== 0) ||
      (expected === 'stream_exists' && version === 0) ||
      (typeof expected === 'number' && expected !== version)
    ) {
      throw conflict(streamId, expected, version);
    }
    const now = new Date();
    const recorded = events.map((e, i) => ({
      position: this.all.length + i + 1,
      streamId,
      streamVersion: version + i + 1,
      id: e.id,
      type: e.type,
      schemaVersion: e.schemaVersion ?? 1,
      data: structuredClone(e.data),
      metadata: structuredClone(e.metadata ?? {}),
      occurredAt: e.occurredAt ?? now,
      recordedAt: now,
      transactionId: '1',
    }));
    this.all.push(...recorded);
    this.streams.set(streamId, [...stream, ...recorded]);
    return {
      nextExpectedVersion: version + recorded.length,
      lastPosition: recorded.at(-1)!.position,
      alreadyAppended: false,
      events: recorded,
    };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return (this.streams.get(streamId) ?? []).filter(
      (e) => e.streamVersion >= (options.from ?? 1) && e.streamVersion <= (options.to ?? Number.MAX_SAFE_INTEGER),
    );
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllResult> {
    const events = this.all.filter((e) => e.position > (options.after ?? 0)).slice(0, options.limit ?? 1000);
    return { events, lastPosition: events.at(-1)?.position ?? options.after ?? 0 };
  }

  async *subscribe(options: SubscribeOptions = {}): AsyncIterable<RecordedEvent[]> {
    const { events } = await this.readAll({ after: options.after, limit: options.batchSize });
    if (events.length) yield events;
  }

  async headPosition(): Promise<number> {
    return this.all.length;
  }
}
