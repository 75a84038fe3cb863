import { describe, expect, it } from 'vitest';
import { CommitNotifier } from './commit-notifier.js';

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe('CommitNotifier', () => {
  it('sends one NOTIFY per announcement when they do not overlap', async () => {
    const sent: number[] = [];
    const n = new CommitNotifier(async (p) => void sent.push(p));
    n.announce(3);
    await n.flushed();
    n.announce(7);
    await n.flushed();
    expect(sent).toEqual([3, 7]);
  });

  it('collapses announcements made while a NOTIFY is in flight into one, of the highest position', async () => {
    const sent: number[] = [];
    const gate = deferred();
    const n = new CommitNotifier(async (p) => {
      sent.push(p);
      if (sent.length === 1) await gate.promise;
    });
    n.announce(1);
    n.announce(5);
    n.announce(4);
    n.announce(9);
    gate.resolve();
    await n.flushed();
    expect(sent).toEqual([1, 9]);
  });

  it('goes on after a failed send', async () => {
    const sent: number[] = [];
    const n = new CommitNotifier(async (p) => {
      sent.push(p);
      if (p === 1) throw new Error('connection lost');
    });
    n.announce(1);
    await n.flushed();
    n.announce(2);
    await n.flushed();
    expect(sent).toEqual([1, 2]);
  });
});
