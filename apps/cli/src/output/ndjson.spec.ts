import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeNdjson } from './ndjson.js';

async function* batches(n: number, size: number, produced?: { count: number }) {
  for (let i = 0; i < n; i++) {
    if (produced) produced.count++;
    yield Array.from({ length: size }, (_, j) => ({ position: i * size + j + 1 }));
  }
}

describe('writeNdjson', () => {
  it('writes one JSON document per line, in order', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const result = await writeNdjson(out, batches(3, 2));
    expect(result).toEqual({ written: 6, closed: false });
    const lines = Buffer.concat(chunks).toString().trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).position)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('waits for the reader instead of buffering everything (backpressure)', async () => {
    const produced = { count: 0 };
    let release!: () => void;
    const slow = new Writable({
      highWaterMark: 16,
      write(_chunk, _enc, cb) {
        release = cb;
      },
    });
    const done = writeNdjson(slow, batches(100, 10, produced));
    await new Promise((r) => setTimeout(r, 30));
    expect(produced.count).toBe(1);
    release();
    await new Promise((r) => setTimeout(r, 10));
    expect(produced.count).toBe(2);
    slow.destroy();
    await expect(done).resolves.toMatchObject({ closed: true });
  });

  it('stops quietly when the reader goes away (EPIPE)', async () => {
    const produced = { count: 0 };
    const out = new Writable({
      write(_chunk, _enc, cb) {
        cb(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const result = await writeNdjson(out, batches(1000, 1, produced));
    expect(result.closed).toBe(true);
    expect(produced.count).toBeLessThan(5);
  });

  it('rethrows other write errors', async () => {
    const out = new Writable({
      write(_chunk, _enc, cb) {
        cb(Object.assign(new Error('disk full'), { code: 'ENOSPC' }));
      },
    });
    await expect(writeNdjson(out, batches(1000, 1))).rejects.toThrow('disk full');
  });
});
