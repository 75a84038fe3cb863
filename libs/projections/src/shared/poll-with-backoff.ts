import { ExponentialBackoff, noJitterGenerator, type IBackoff } from 'cockatiel';
import { setTimeout as sleep } from 'node:timers/promises';

export interface PollOptions {
  /** How long to keep asking; at least one attempt is made, even with 0. */
  timeoutMs: number;
  /** Ends the wait early (a client that hung up, a shutdown). */
  signal?: AbortSignal;
  /** First pause between attempts (default 5 ms), doubled after each one up to `maxPollMs` (default 100 ms). */
  minPollMs?: number;
  maxPollMs?: number;
}

/**
 * Asks `attempt` until it answers (anything but `undefined`), pausing between attempts on
 * cockatiel's exponential backoff without jitter, so that something already there answers at once
 * and a lagging one costs a handful of cheap reads, never a busy loop. Answers `undefined` once
 * `timeoutMs` has passed or `signal` aborted; the last pause is cut to the deadline, and an abort
 * ends it at once. Waiting for a projection position (read-your-writes, replicas) all goes through here.
 *
 * ```ts
 * const reached = await pollWithBackoff(async () => ((await read()) >= target ? true : undefined), { timeoutMs: 5000 });
 * ```
 */
export async function pollWithBackoff<T>(attempt: () => Promise<T | undefined>, options: PollOptions): Promise<T | undefined> {
  const deadline = performance.now() + Math.max(0, options.timeoutMs);
  let pause: IBackoff<unknown> = new ExponentialBackoff({
    initialDelay: options.minPollMs ?? 5,
    maxDelay: options.maxPollMs ?? 100,
    generator: noJitterGenerator,
  }).next();
  for (;;) {
    const answer = await attempt();
    if (answer !== undefined) return answer;
    const left = deadline - performance.now();
    if (left <= 0 || options.signal?.aborted) return undefined;
    await sleep(Math.min(pause.duration, left), undefined, { signal: options.signal }).catch(() => undefined);
    pause = pause.next(undefined);
  }
}
