/**
 * Read-your-writes for queries: a client that just appended at global position
 * P asks a query to answer only once the projections behind it have applied P.
 * The projection runner commits a checkpoint per projection; this waits until
 * `read()` (that checkpoint) is >= P, polling with a short, growing interval
 * so that a projection that is already there answers at once and a lagging
 * one costs a handful of cheap reads, never a busy loop.
 */

export interface WaitUntilPositionOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  /** First poll interval; doubled after each miss up to `maxPollMs`. */
  minPollMs?: number;
  maxPollMs?: number;
}

export interface WaitOutcome {
  reached: boolean;
  /** The last position read. */
  position: number;
  waitedMs: number;
}

export async function waitUntilPosition(
  read: () => Promise<number>,
  target: number,
  options: WaitUntilPositionOptions,
): Promise<WaitOutcome> {
  const started = performance.now();
  const deadline = started + Math.max(0, options.timeoutMs);
  let interval = options.minPollMs ?? 5;
  const maxInterval = options.maxPollMs ?? 100;
  for (;;) {
    const position = await read();
    const now = performance.now();
    if (position >= target) return { reached: true, position, waitedMs: now - started };
    if (now >= deadline || options.signal?.aborted) return { reached: false, position, waitedMs: now - started };
    await sleep(Math.min(interval, deadline - now), options.signal);
    interval = Math.min(interval * 2, maxInterval);
  }
}

/** Resolves after `ms`, or at once when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
