import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
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
});
