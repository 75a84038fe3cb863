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
} from '../../../libs/event-store/src/event-store.types.js';

/**
 * The EventStore contract in memory, for exercising the HTTP layer without a
 * database (and, before the PostgreSQL store existed, for writing these tests).
 * Concurrency errors carry the same code as the real store's.
 */
export class InMemoryEventStore implements EventStore {
  private readonly events: RecordedEvent[] = [];
  private readonly waiters = new Set<() => void>();

  async append(streamId: string, events: readonly NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    const stream = this.events.filter((e) => e.streamId === streamId);
    const version = stream.length;
    const existing = events.map((n) => stream.find((e) => e.id === n.id));
    if (existing.every(Boolean) && events.length > 0) {
      return { nextExpectedVersion: version, lastPosition: existing.at(-1)!.position, alreadyAppended: true, events: existing as RecordedEvent[] };
    }
    const expected = options.expectedVersion ?? 'any';
    const ok =
      expected === 'any' ||
      (expected === 'no_stream' && version === 0) ||
      (expected === 'stream_exists' && version > 0) ||
      expected === version;
    if (!ok) throw Object.assign(new Error(`expected ${String(expected)}, stream at ${version}`), { code: 'CONCURRENCY_CONFLICT' });
    const now = new Date();
    const recorded = events.map((n, i) => ({
      position: this.events.length + i + 1,
      streamId,
      streamVersion: version + i + 1,
      id: n.id,
      type: n.type,
      schemaVersion: n.schemaVersion ?? 1,
      data: n.data,
      metadata: n.metadata ?? {},
      occurredAt: n.occurredAt ?? now,
      recordedAt: now,
      transactionId: String(this.events.length + 1),
    }));
    this.events.push(...recorded);
    for (const wake of this.waiters) wake();
    return { nextExpectedVersion: version + recorded.length, lastPosition: recorded.at(-1)?.position ?? 0, alreadyAppended: false, events: recorded };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return this.events.filter(
      (e) => e.streamId === streamId && e.streamVersion >= (options.from ?? 1) && (options.to === undefined || e.streamVersion <= options.to),
    );
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllResult> {
    const after = options.after ?? 0;
    const events = this.events.filter((e) => e.position > after).slice(0, options.limit ?? 1000);
    return { events, lastPosition: events.at(-1)?.position ?? after };
  }

  async headPosition(): Promise<number> {
    return this.events.length;
  }

  async *subscribe(options: SubscribeOptions = {}): AsyncGenerator<RecordedEvent[]> {
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
          this.waiters.delete(done);
          resolve();
        };
        this.waiters.add(done);
        options.signal?.addEventListener('abort', done, { once: true });
      });
    }
  }
}
