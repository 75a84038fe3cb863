import type { EventStore, RecordedEvent } from '@sitrep/event-store';

export interface ReadHistoryOptions {
  /** Strictly after this position (default 0). */
  after?: number;
  /** Up to and including this position; default: the head when reading starts. */
  to?: number;
  batchSize?: number;
  signal?: AbortSignal;
}

/**
 * The history between two positions, page by page from the gap-safe readAll,
 * so that memory holds one page whatever the history's length. Without `to`
 * it stops at the head as it stood when it started: a replay is a snapshot,
 * `--follow` is the subscription's job.
 */
export async function* readHistory(
  store: Pick<EventStore, 'readAll' | 'headPosition'>,
  options: ReadHistoryOptions = {},
): AsyncGenerator<RecordedEvent[], void, undefined> {
  const batchSize = options.batchSize ?? 500;
  const head = await store.headPosition();
  const to = Math.min(options.to ?? head, head);
  let after = options.after ?? 0;
  while (after < to && !options.signal?.aborted) {
    const page = await store.readAll({ after, limit: batchSize });
    const events = page.events.filter((e) => e.position <= to);
    if (events.length > 0) yield events;
    if (page.lastPosition <= after) return; // nothing visible beyond; never spin
    after = page.lastPosition;
  }
}

/**
 * Catch-up then live, through the store's subscription, until `to` (if given)
 * has been passed or `signal` aborts. For `sitrep replay --follow`.
 */
export async function* followHistory(
  store: Pick<EventStore, 'subscribe'>,
  options: ReadHistoryOptions = {},
): AsyncGenerator<RecordedEvent[], void, undefined> {
  const { to, signal } = options;
  if (to !== undefined && to <= (options.after ?? 0)) return;
  try {
    for await (const batch of store.subscribe({ after: options.after ?? 0, batchSize: options.batchSize, signal })) {
      const events = to === undefined ? batch : batch.filter((e) => e.position <= to);
      if (events.length > 0) yield events;
      const last = batch.at(-1);
      if (to !== undefined && last && last.position >= to) return;
    }
  } catch (err) {
    if (!signal?.aborted) throw err;
  }
}
