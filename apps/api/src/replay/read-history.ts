import { HistoryNotVisibleError, type EventStore, type RecordedEvent } from '@sitrep/event-store';
import { pollWithBackoff } from '@sitrep/projections';

export interface ReadHistoryOptions {
  /** Strictly after this position (default 0). */
  after?: number;
  /** Up to and including this position; default: the last committed event when reading starts. */
  to?: number;
  batchSize?: number;
  signal?: AbortSignal;
  /**
   * How long to wait for committed events the gap-safe read still holds back (a transaction
   * older than them still open on the server) before failing with HISTORY_NOT_VISIBLE
   * (default 60 s).
   */
  hiddenWaitMs?: number;
}

export type HistoryStore = Pick<EventStore, 'readAll' | 'committedPosition'>;

/**
 * The history between two positions, page by page from the gap-safe readAll,
 * so that memory holds one page whatever the history's length. Without `to`
 * it stops at the last event committed when it started: a replay is a snapshot,
 * `--follow` is the subscription's job. Committed events the gap-safe read holds
 * back are waited for (`hiddenWaitMs`), never skipped: past the wait it throws
 * HistoryNotVisibleError rather than end short as if the history ended there.
 */
export async function* readHistory(
  store: HistoryStore,
  options: ReadHistoryOptions = {},
): AsyncGenerator<RecordedEvent[], void, undefined> {
  const batchSize = options.batchSize ?? 500;
  const committed = await store.committedPosition();
  const to = Math.min(options.to ?? committed, committed);
  let after = options.after ?? 0;
  while (after < to && !options.signal?.aborted) {
    const page = await nextVisiblePage(store, after, batchSize, options);
    if (!page) return; // aborted while waiting
    const events = page.events.filter((e) => e.position <= to);
    if (events.length > 0) yield events;
    after = page.lastPosition;
  }
}

/** The next page after `after` that moves on, waiting while older open transactions hold it back. */
async function nextVisiblePage(store: HistoryStore, after: number, limit: number, options: ReadHistoryOptions) {
  const waitMs = options.hiddenWaitMs ?? 60_000;
  const started = performance.now();
  const page = await pollWithBackoff(
    async () => {
      const p = await store.readAll({ after, limit });
      return p.lastPosition > after ? p : undefined;
    },
    { timeoutMs: waitMs, signal: options.signal, maxPollMs: 1_000 },
  );
  if (page || options.signal?.aborted) return page;
  throw new HistoryNotVisibleError(after, await store.committedPosition(), performance.now() - started);
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
