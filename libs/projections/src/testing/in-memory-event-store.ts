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
} from '../../../event-store/src/event-store.types.js';

/** A minimal in-memory EventStore for projection tests that do not need the PostgreSQL store's concurrency. */
export class InMemoryEventStore implements EventStore {
  readonly events: RecordedEvent[] = [];
  private listeners = new Set<() => void>();

  async append(streamId: string, events: readonly NewEvent[], _options?: AppendOptions): Promise<AppendResult> {
    const recorded: RecordedEvent[] = [];
    let version = this.events.filter((e) => e.streamId === streamId).length;
    for (const e of events) {
      const r: RecordedEvent = {
        position: this.events.length + 1,
        streamId,
        streamVersion: ++version,
        id: e.id,
        type: e.type,
        schemaVersion: e.schemaVersion ?? 1,
        data: e.data,
        metadata: e.metadata ?? {},
        occurredAt: e.occurredAt ?? new Date(),
        recordedAt: new Date(),
        transactionId: '1',
      };
      this.events.push(r);
      recorded.push(r);
    }
    for (const l of this.listeners) l();
    return { nextExpectedVersion: version, lastPosition: this.events.length, alreadyAppended: false, events: recorded };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return this.events.filter((e) => e.streamId === streamId && e.streamVersion >= (options.from ?? 1) && e.streamVersion <= (options.to ?? Infinity));
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllResult> {
    const after = options.after ?? 0;
    const events = this.events.slice(after, after + (options.limit ?? 1000));
    return { events, lastPosition: events.at(-1)?.position ?? after };
  }

  async *subscribe(options: SubscribeOptions = {}): AsyncIterable<RecordedEvent[]> {
    let after = options.after ?? 0;
    while (!options.signal?.aborted) {
      const { events, lastPosition } = await this.readAll({ after, limit: options.batchSize ?? 100 });
      if (events.length) {
        after = lastPosition;
        yield events;
        continue;
      }
      await new Promise<void>((resolve) => {
        const done = () => {
          this.listeners.delete(done);
          resolve();
        };
        this.listeners.add(done);
        options.signal?.addEventListener('abort', done, { once: true });
      });
    }
  }

  async headPosition(): Promise<number> {
    return this.events.length;
  }
}
