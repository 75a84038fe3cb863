import { describe, expect, it } from 'vitest';
import { waitUntilPosition } from './wait-until-position.js';

describe('waitUntilPosition', () => {
  it('answers at once when the projection is already there', async () => {
    let reads = 0;
    const outcome = await waitUntilPosition(async () => (reads++, 10), 7, { timeoutMs: 1000 });
    expect(outcome).toMatchObject({ reached: true, position: 10 });
    expect(reads).toBe(1);
  });

  it('waits until the position is reached', async () => {
    let position = 0;
    setTimeout(() => (position = 5), 40);
    const outcome = await waitUntilPosition(async () => position, 5, { timeoutMs: 2000 });
    expect(outcome.reached).toBe(true);
    expect(outcome.waitedMs).toBeGreaterThanOrEqual(30);
  });

  it('gives up at the deadline with the last position seen', async () => {
    let reads = 0;
    const outcome = await waitUntilPosition(async () => (reads++, 3), 5, { timeoutMs: 80, maxPollMs: 20 });
    expect(outcome).toMatchObject({ reached: false, position: 3 });
    expect(outcome.waitedMs).toBeGreaterThanOrEqual(75);
    expect(outcome.waitedMs).toBeLessThan(400);
    expect(reads).toBeGreaterThan(2);
    expect(reads).toBeLessThan(30);
  });

  it('stops when the request is aborted', async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 20);
    const outcome = await waitUntilPosition(async () => 0, 5, { timeoutMs: 10_000, signal: ac.signal });
    expect(outcome.reached).toBe(false);
    expect(outcome.waitedMs).toBeLessThan(1000);
  });

  it('with a zero timeout reads once', async () => {
    const outcome = await waitUntilPosition(async () => 1, 5, { timeoutMs: 0 });
    expect(outcome).toMatchObject({ reached: false, position: 1 });
  });
});
