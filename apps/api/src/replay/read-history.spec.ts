import { describe, expect, it } from 'vitest';
import type { ReadAllOptions, RecordedEvent } from '@sitrep/event-store';
import { followHistory, readHistory, type HistoryStore } from './read-history.js';

/** A store whose gap-safe read shows nothing for its first `hiddenReads` reads (an older transaction open). */
function storeOf(positions: number[], hiddenReads = 0) {
  const calls: ReadAllOptions[] = [];
  const store: HistoryStore = {
    committedPosition: async () => positions.at(-1) ?? 0,
    readAll: async (o = {}) => {
      calls.push(o);
      if (calls.length <= hiddenReads) return { events: [], lastPosition: o.after ?? 0 };
      const events = positions
        .filter((p) => p > (o.after ?? 0))
        .slice(0, o.limit ?? 100)
        .map((position) => ({ position }) as RecordedEvent);
      return { events, lastPosition: events.at(-1)?.position ?? o.after ?? 0 };
    },
  };
  return { store, calls };
}

async function collect(it: AsyncIterable<RecordedEvent[]>) {
  const out: number[] = [];
  for await (const b of it) out.push(...b.map((e) => e.position));
  return out;
}

describe('readHistory', () => {
  // Positions with holes, as rolled-back transactions leave them.
  const positions = [1, 2, 4, 5, 9, 10, 11, 15];

  it('reads everything once, in order, page by page', async () => {
    const { store, calls } = storeOf(positions);
    expect(await collect(readHistory(store, { batchSize: 3 }))).toEqual(positions);
    expect(calls.map((c) => c.after)).toEqual([0, 4, 10]);
  });

  it('honours after and to', async () => {
    const { store } = storeOf(positions);
    expect(await collect(readHistory(store, { after: 2, to: 10, batchSize: 2 }))).toEqual([4, 5, 9, 10]);
  });

  it('waits for committed events an older open transaction holds back, and reads them all', async () => {
    const { store, calls } = storeOf(positions, 3);
    expect(await collect(readHistory(store, { batchSize: 3, hiddenWaitMs: 5_000 }))).toEqual(positions);
    expect(calls.slice(0, 4).map((c) => c.after)).toEqual([0, 0, 0, 0]);
  });

  it('fails with HISTORY_NOT_VISIBLE, never ends short, when they stay hidden past the wait', async () => {
    const { store } = storeOf(positions, Number.POSITIVE_INFINITY);
    await expect(collect(readHistory(store, { hiddenWaitMs: 30 }))).rejects.toMatchObject({
      code: 'HISTORY_NOT_VISIBLE',
      readUpTo: 0,
      committedUpTo: 15,
    });
  });

  it('ends quietly when aborted while waiting', async () => {
    const { store } = storeOf(positions, Number.POSITIVE_INFINITY);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    expect(await collect(readHistory(store, { hiddenWaitMs: 60_000, signal: controller.signal }))).toEqual([]);
  });

  it('stops at the last event committed when it started', async () => {
    const { store } = storeOf(positions);
    expect(await collect(readHistory(store, { to: 1000 }))).toEqual(positions);
  });

  it('reads nothing from an empty store', async () => {
    const { store, calls } = storeOf([]);
    expect(await collect(readHistory(store))).toEqual([]);
    expect(calls).toHaveLength(0);
  });
});

describe('followHistory', () => {
  function subscribing(batches: number[][]) {
    return {
      subscribe: ({ after = 0, signal }: { after?: number; signal?: AbortSignal } = {}) =>
        (async function* () {
          for (const b of batches) {
            if (signal?.aborted) throw Object.assign(new Error('aborted'), { name: 'AbortError' });
            yield b.filter((p) => p > after).map((position) => ({ position }) as RecordedEvent);
          }
          await new Promise((_, reject) =>
            signal?.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' }))),
          );
        })(),
    };
  }

  it('stops once `to` is passed', async () => {
    expect(await collect(followHistory(subscribing([[1, 2], [3, 4, 5], [6]]), { to: 4 }))).toEqual([1, 2, 3, 4]);
  });

  it('ends quietly when aborted while live', async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 10);
    expect(await collect(followHistory(subscribing([[1]]), { signal: ac.signal }))).toEqual([1]);
  });
});
