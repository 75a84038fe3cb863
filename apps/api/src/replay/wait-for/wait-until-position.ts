import { pollWithBackoff } from '@sitrep/projections';

/**
 * Read-your-writes for queries: a client that just appended at global position
 * P asks a query to answer only once the projections behind it have applied P.
 * The projection runner commits a checkpoint per projection; this waits until
 * `read()` (that checkpoint) is >= P, polling with a short, growing interval
 * (pollWithBackoff).
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
  let position = 0;
  // An abort ends the wait early; the answer then carries the position reached so far.
  const reached = await pollWithBackoff(async () => ((position = await read()) >= target ? true : undefined), options);
  return { reached: reached ?? false, position, waitedMs: performance.now() - started };
}
