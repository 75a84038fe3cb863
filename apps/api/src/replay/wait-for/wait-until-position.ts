import { setTimeout as sleep } from 'node:timers/promises';

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
    // An abort ends the wait early; the loop then answers with the position reached so far.
    await sleep(Math.min(interval, deadline - now), undefined, { signal: options.signal }).catch(() => undefined);
    interval = Math.min(interval * 2, maxInterval);
  }
}
