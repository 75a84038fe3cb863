import { describe, expect, it } from 'vitest';
import { FreshRead } from './fresh-read.js';

/** A loader whose reads the test finishes by hand; each read answers the state at the moment it began. */
function manualLoader() {
  let state = 0;
  const pending: Array<() => void> = [];
  let began = 0;
  const load = () => {
    began++;
    const seen = state;
    return new Promise<number>((resolve) => pending.push(() => resolve(seen)));
  };
  return {
    load,
    set: (s: number) => (state = s),
    began: () => began,
    finishOne: async () => {
      pending.shift()?.();
      await new Promise((r) => setImmediate(r));
    },
  };
}

describe('FreshRead', () => {
  it('shares one read among callers that arrive while none is under way', async () => {
    const loader = manualLoader();
    const fresh = new FreshRead(loader.load);
    const a = fresh.read();
    await loader.finishOne();
    expect(await a).toBe(0);
    expect(loader.began()).toBe(1);
  });

  it('never answers a caller with a read that began before it asked', async () => {
    const loader = manualLoader();
    const fresh = new FreshRead(loader.load);
    const early = fresh.read(); // begins read 1 with state 0
    loader.set(1); // e.g. the projection commits a batch
    const late1 = fresh.read(); // read 1 began before: must wait for read 2
    const late2 = fresh.read(); // shares read 2 with late1
    await loader.finishOne();
    expect(await early).toBe(0);
    expect(loader.began()).toBe(2);
    await loader.finishOne();
    expect(await late1).toBe(1);
    expect(await late2).toBe(1);
    expect(loader.began()).toBe(2);
  });

  it('passes a failed read to its callers and reads again for the next one', async () => {
    let calls = 0;
    const fresh = new FreshRead(async () => {
      calls++;
      if (calls === 1) throw new Error('connection reset');
      return calls;
    });
    await expect(fresh.read()).rejects.toThrow('connection reset');
    expect(await fresh.read()).toBe(2);
  });
});
