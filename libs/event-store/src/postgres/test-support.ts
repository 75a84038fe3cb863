/**
 * Helpers for this library's integration tests (no vitest import, so the
 * build can compile it like any other file).
 */
import { randomUUID } from 'node:crypto';
import type { NewEvent } from '../event-store.types.js';
import { setTimeout as sleep } from 'node:timers/promises';

export function newEvent(type = 'Tested', data: unknown = {}, extra: Partial<NewEvent> = {}): NewEvent {
  return { id: randomUUID(), type, data, ...extra };
}

export function newEvents(count: number, type = 'Tested'): NewEvent[] {
  return Array.from({ length: count }, (_, i) => newEvent(type, { i }));
}

/**
 * Retries `probe` until `done` accepts its result. The gap-safe read waits for
 * every transaction of the cluster older than an event, including other test
 * files' transactions on the same server: a positive expectation must wait.
 */
export async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > deadline) return value;
    await sleep(20);
  }
}

/** Whether `promise` is still pending after `ms`. */
export async function stillPending(promise: Promise<unknown>, ms: number): Promise<boolean> {
  const marker = Symbol('pending');
  const winner = await Promise.race([
    promise.then(
      () => 'settled',
      () => 'settled',
    ),
    sleep(ms).then(() => marker),
  ]);
  return winner === marker;
}

export { sleep };
