import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shutdownOnSignal } from './shutdown-on-signal.js';

/** A process stand-in: signals are emitted by hand, and the first exit status is kept. */
function fakeProcess() {
  const proc = Object.assign(new EventEmitter(), {
    codes: [] as number[],
    exited: null as Promise<number> | null,
    exit(code: number) {
      proc.codes.push(code);
      done(code);
    },
  });
  let done: (code: number) => void = () => undefined;
  proc.exited = new Promise<number>((resolve) => (done = resolve));
  return proc;
}

const quiet = () => undefined;

describe('shutdownOnSignal', () => {
  it('closes on SIGTERM and exits 0 once closed', async () => {
    const proc = fakeProcess();
    let closes = 0;
    shutdownOnSignal(async () => void closes++, { timeoutMs: 60_000, process: proc, log: quiet });
    proc.emit('SIGTERM');
    expect(await proc.exited).toBe(0);
    expect(closes).toBe(1);
  });

  it('exits 1 when closing takes longer than the bound', async () => {
    const proc = fakeProcess();
    shutdownOnSignal(() => new Promise<void>(() => undefined), { timeoutMs: 100, process: proc, log: quiet });
    proc.emit('SIGINT');
    expect(await proc.exited).toBe(1);
  });

  it('exits 1 at once at a second signal, and when closing fails', async () => {
    const twice = fakeProcess();
    shutdownOnSignal(() => new Promise<void>(() => undefined), { timeoutMs: 60_000, process: twice, log: quiet });
    twice.emit('SIGTERM');
    twice.emit('SIGINT');
    expect(await twice.exited).toBe(1);
    const failing = fakeProcess();
    shutdownOnSignal(() => Promise.reject(new Error('pool')), { timeoutMs: 60_000, process: failing, log: quiet });
    failing.emit('SIGTERM');
    expect(await failing.exited).toBe(1);
  });

  describe('during start-up', () => {
    afterEach(() => vi.useRealTimers());

    it('waits for the start-up, then closes and exits 0; the bound starts only then', async () => {
      vi.useFakeTimers();
      const proc = fakeProcess();
      let finishStart: () => void = () => undefined;
      let starting: Promise<void> | null = new Promise<void>((resolve) => (finishStart = resolve));
      let closes = 0;
      const shutdown = shutdownOnSignal(async () => void closes++, {
        timeoutMs: 100,
        startup: () => starting,
        process: proc,
        log: quiet,
      });
      expect(shutdown.requested).toBe(false);
      proc.emit('SIGTERM');
      expect(shutdown.requested).toBe(true);
      // Far past the bound: nothing is closed, and nothing exits, while the start-up is still opening things.
      await vi.advanceTimersByTimeAsync(1_000);
      expect([closes, proc.codes]).toEqual([0, []]);
      finishStart();
      starting = null;
      expect(await proc.exited).toBe(0);
      expect([closes, proc.codes]).toEqual([1, [0]]);
    });

    it('leaves a failed start-up to end the process by its own error', async () => {
      const proc = fakeProcess();
      let closes = 0;
      const failed = Promise.reject(new Error('database unreachable'));
      shutdownOnSignal(async () => void closes++, { timeoutMs: 60_000, startup: () => failed, process: proc, log: quiet });
      proc.emit('SIGTERM');
      await failed.catch(() => undefined);
      await new Promise((resolve) => setImmediate(resolve));
      expect([closes, proc.codes]).toEqual([0, []]);
    });

    it('a second signal still exits 1 at once', async () => {
      const proc = fakeProcess();
      shutdownOnSignal(async () => undefined, {
        timeoutMs: 60_000,
        startup: () => new Promise(() => undefined),
        process: proc,
        log: quiet,
      });
      proc.emit('SIGTERM');
      proc.emit('SIGTERM');
      expect(await proc.exited).toBe(1);
    });
  });
});
