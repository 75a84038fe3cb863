import type { EventStore, RecordedEvent } from '@sitrep/event-store';
import { toRecordedEventJson } from '../recorded-event.json.js';
import { formatSseComment, formatSseMessage, formatSseRetry } from './sse-format.js';

export interface EventStreamOptions {
  /** Send events strictly after this global position. */
  after: number;
  /** Only these event types; others still advance the client's Last-Event-ID. */
  types?: ReadonlySet<string>;
  /** Aborted when the client goes away; stops the store subscription. */
  signal: AbortSignal;
  heartbeatMs?: number;
  retryMs?: number;
  batchSize?: number;
}

export const DEFAULT_HEARTBEAT_MS = 15_000;
export const DEFAULT_RETRY_MS = 3_000;

const HEARTBEAT = Symbol('heartbeat');
const STOPPED = Symbol('stopped');

/**
 * The body of `GET /events/stream`: SSE frames for every event after
 * `after`, catch-up first and then live, as the store's subscription yields
 * them. It is pulled by the HTTP layer only as fast as the socket drains
 * (at most one batch is read ahead), and a comment is sent whenever nothing
 * happened for `heartbeatMs`, so proxies do not close a quiet connection and
 * a client that left is noticed by the failed write.
 *
 * `id:` is the global position, so an EventSource that reconnects sends it
 * back as Last-Event-ID and resumes exactly after the last event it saw.
 */
export function sseEventStream(store: Pick<EventStore, 'subscribe'>, options: EventStreamOptions): AsyncIterableIterator<string> {
  // An async generator only handles return() once its current await settles,
  // which while waiting for live events may be never: return() aborts first.
  const stop = new AbortController();
  const frames = sseFrames(store, options, stop);
  return {
    next: () => frames.next(),
    return: (value?: unknown) => {
      stop.abort();
      return frames.return(value as undefined);
    },
    throw: (err?: unknown) => {
      stop.abort();
      return frames.throw(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

async function* sseFrames(
  store: Pick<EventStore, 'subscribe'>,
  options: EventStreamOptions,
  stop: AbortController,
): AsyncGenerator<string, void, undefined> {
  const { after, types, signal } = options;
  const heartbeatMs = options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
  const forward = () => stop.abort(signal.reason);
  if (signal.aborted) return;
  signal.addEventListener('abort', forward, { once: true });
  const stopped = new Promise<typeof STOPPED>((resolve) => {
    if (stop.signal.aborted) resolve(STOPPED);
    stop.signal.addEventListener('abort', () => resolve(STOPPED), { once: true });
  });

  const iterator = store.subscribe({ after, signal: stop.signal, batchSize: options.batchSize })[Symbol.asyncIterator]();
  let pending: Promise<IteratorResult<RecordedEvent[]>> | undefined;
  try {
    // Sent at once so that headers go out and the client knows it is connected.
    yield formatSseRetry(options.retryMs ?? DEFAULT_RETRY_MS) + formatSseComment(`events after ${after}`);
    while (!stop.signal.aborted) {
      pending ??= iterator.next();
      let timer: NodeJS.Timeout | undefined;
      const tick = new Promise<typeof HEARTBEAT>((resolve) => {
        timer = setTimeout(resolve, heartbeatMs, HEARTBEAT);
      });
      const result = await Promise.race([pending, tick, stopped]).finally(() => clearTimeout(timer));
      if (result === STOPPED) return;
      if (result === HEARTBEAT) {
        yield formatSseComment('heartbeat');
        continue;
      }
      pending = undefined;
      if (result.done) return;
      const chunk = formatBatch(result.value, types);
      if (chunk !== '') yield chunk;
    }
  } catch (err) {
    if (stop.signal.aborted) return;
    // Headers are gone; all we can do is say why and close. EventSource
    // reconnects with the Last-Event-ID it has, so nothing is lost.
    yield formatSseComment(`error: ${(err as { code?: string }).code ?? 'STREAM_FAILED'}`);
  } finally {
    signal.removeEventListener('abort', forward);
    stop.abort();
    pending?.catch(() => undefined);
    // Not awaited: an async generator that is mid-`await` only returns once that settles.
    void Promise.resolve(iterator.return?.()).catch(() => undefined);
  }
}

function formatBatch(events: readonly RecordedEvent[], types: ReadonlySet<string> | undefined): string {
  let out = '';
  let lastSentPosition: number | undefined;
  for (const e of events) {
    if (types && !types.has(e.type)) continue;
    out += formatSseMessage({ id: e.position, event: e.type, data: JSON.stringify(toRecordedEventJson(e)) });
    lastSentPosition = e.position;
  }
  const last = events.at(-1);
  if (last && lastSentPosition !== last.position) {
    // An id with no data moves the client's Last-Event-ID without dispatching
    // anything (HTML §9.2.6), so a filtered client does not rescan on reconnect.
    out += `id: ${last.position}\n\n`;
  }
  return out;
}
