import { describe, expect, it } from 'vitest';
import type { RecordedEvent, SubscribeOptions } from '@sitrep/event-store';
import { sseEventStream } from './event-stream.js';

function event(position: number, type = 'ReportSubmitted'): RecordedEvent {
  return {
    position,
    streamId: 'report-a',
    streamVersion: position,
    id: `e${position}`,
    type,
    schemaVersion: 1,
    data: { n: position },
    metadata: {},
    occurredAt: new Date('2022-09-13T00:00:00Z'),
    recordedAt: new Date('2026-01-01T00:00:00Z'),
    transactionId: '1',
  };
}

/** A subscription fed by the test: batches pushed with `push`, waiting (like the live phase) otherwise. */
function fakeStore() {
  const queue: RecordedEvent[][] = [];
  let wake: (() => void) | undefined;
  const seen: { options?: SubscribeOptions; finished: boolean } = { finished: false };
  return {
    seen,
    push(batch: RecordedEvent[]) {
      queue.push(batch);
      wake?.();
    },
    subscribe(options: SubscribeOptions = {}): AsyncIterable<RecordedEvent[]> {
      seen.options = options;
      return (async function* () {
        try {
          while (!options.signal?.aborted) {
            const batch = queue.shift();
            if (batch) {
              yield batch.filter((e) => e.position > (options.after ?? 0));
              continue;
            }
            await new Promise<void>((resolve) => {
              wake = resolve;
              options.signal?.addEventListener('abort', () => resolve(), { once: true });
            });
          }
        } finally {
          seen.finished = true;
        }
      })();
    },
  };
}

describe('sseEventStream', () => {
  it('opens with retry and a comment, then sends each event with its position as id', async () => {
    const store = fakeStore();
    store.push([event(1), event(2, 'ShellingReported')]);
    const ac = new AbortController();
    const it = sseEventStream(store, { after: 0, signal: ac.signal });
    expect((await it.next()).value).toBe('retry: 3000\n\n: events after 0\n\n');
    const chunk = (await it.next()).value as string;
    expect(chunk).toContain('id: 1\nevent: ReportSubmitted\ndata: {"position":1,');
    expect(chunk).toContain('id: 2\nevent: ShellingReported\n');
    expect(chunk.split('\n\n').filter(Boolean)).toHaveLength(2);
    const data = JSON.parse(/data: (.*)\n/.exec(chunk)![1]!);
    expect(data).toMatchObject({ position: 1, streamId: 'report-a', occurredAt: '2022-09-13T00:00:00.000Z' });
    ac.abort();
    expect((await it.next()).done).toBe(true);
    expect(store.seen.options).toMatchObject({ after: 0 });
  });

  it('passes the resume position to the subscription', async () => {
    const store = fakeStore();
    const it = sseEventStream(store, { after: 41, signal: new AbortController().signal });
    await it.next();
    void it.next();
    await new Promise((r) => setImmediate(r));
    expect(store.seen.options?.after).toBe(41);
    await it.return!();
  });

  it('sends a heartbeat comment when nothing happens, then the live event', async () => {
    const store = fakeStore();
    const ac = new AbortController();
    const it = sseEventStream(store, { after: 0, signal: ac.signal, heartbeatMs: 20 });
    await it.next();
    expect((await it.next()).value).toBe(': heartbeat\n\n');
    setTimeout(() => store.push([event(3)]), 5);
    expect((await it.next()).value).toMatch(/^id: 3\n/);
    ac.abort();
  });

  it('filters by type and still advances Last-Event-ID with a bare id', async () => {
    const store = fakeStore();
    store.push([event(1, 'ShellingReported'), event(2, 'ReportSubmitted')]);
    const ac = new AbortController();
    const it = sseEventStream(store, { after: 0, signal: ac.signal, types: new Set(['ShellingReported']) });
    await it.next();
    const chunk = (await it.next()).value as string;
    expect(chunk).toMatch(/^id: 1\nevent: ShellingReported\n/);
    expect(chunk.endsWith('\n\nid: 2\n\n')).toBe(true);
    expect(chunk).not.toContain('event: ReportSubmitted');
    ac.abort();
  });

  it('stops the subscription when the client goes away while waiting for live events', async () => {
    const store = fakeStore();
    const ac = new AbortController();
    const it = sseEventStream(store, { after: 0, signal: ac.signal, heartbeatMs: 60_000 });
    await it.next();
    const waiting = it.next();
    setTimeout(() => ac.abort(), 5);
    expect((await waiting).done).toBe(true);
    await new Promise((r) => setImmediate(r));
    expect(store.seen.finished).toBe(true);
  });

  it('stops the subscription when the consumer returns early', async () => {
    const store = fakeStore();
    store.push([event(1)]);
    const it = sseEventStream(store, { after: 0, signal: new AbortController().signal });
    await it.next();
    await it.next();
    await it.return!();
    await new Promise((r) => setImmediate(r));
    expect(store.seen.finished).toBe(true);
  });

  it('ends with an error comment when the store fails', async () => {
    const it = sseEventStream(
      {
        subscribe: () =>
          (async function* () {
            yield [] as RecordedEvent[];
            throw Object.assign(new Error('db down'), { code: 'ECONNRESET' });
          })(),
      },
      { after: 0, signal: new AbortController().signal },
    );
    await it.next();
    expect((await it.next()).value).toBe(': error: ECONNRESET\n\n');
    expect((await it.next()).done).toBe(true);
  });
});
