import { describe, expect, it } from 'vitest';
import { WakeUp } from './wake-up.js';

describe('WakeUp', () => {
  it('a wake-up fired while busy is not lost: the next wait returns at once', async () => {
    const w = new WakeUp();
    w.fire();
    const began = Date.now();
    await w.wait(10_000);
    expect(Date.now() - began).toBeLessThan(500);
  });

  it('clear() forgets earlier wake-ups; the wait then ends on timeout, fire or abort', async () => {
    const w = new WakeUp();
    w.fire();
    w.clear();
    let began = Date.now();
    await w.wait(50);
    expect(Date.now() - began).toBeGreaterThanOrEqual(45);

    w.clear();
    began = Date.now();
    setTimeout(() => w.fire(), 20);
    await w.wait(10_000);
    expect(Date.now() - began).toBeLessThan(3_000);

    w.clear();
    const stop = new AbortController();
    began = Date.now();
    setTimeout(() => stop.abort(), 20);
    await w.wait(10_000, stop.signal);
    expect(Date.now() - began).toBeLessThan(3_000);
  });
});
