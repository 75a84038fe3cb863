import { describe, expect, it } from 'vitest';
import { pollWithBackoff } from './poll-with-backoff.js';

describe('pollWithBackoff', () => {
  it('answers the first answer that is not undefined, false included, without asking again', async () => {
    let asked = 0;
    expect(await pollWithBackoff(async () => (++asked < 3 ? undefined : false), { timeoutMs: 10_000, minPollMs: 1 })).toBe(false);
    expect(asked).toBe(3);
  });

  it('gives undefined once the time is up, having asked more than once', async () => {
    let asked = 0;
    expect(await pollWithBackoff(async () => void asked++, { timeoutMs: 30, minPollMs: 1, maxPollMs: 5 })).toBeUndefined();
    expect(asked).toBeGreaterThan(1);
  });

  it('asks once when the signal has aborted already, and once with no time at all', async () => {
    let asked = 0;
    const signal = AbortSignal.abort();
    expect(await pollWithBackoff(async () => void asked++, { timeoutMs: 10_000, signal })).toBeUndefined();
    expect(await pollWithBackoff(async () => void asked++, { timeoutMs: 0 })).toBeUndefined();
    expect(asked).toBe(2);
  });

  it('lets an attempt that throws end the wait with its error', async () => {
    await expect(pollWithBackoff(() => Promise.reject(new Error('down')), { timeoutMs: 10_000 })).rejects.toThrow('down');
  });
});
