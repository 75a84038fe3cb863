import type { Writable } from 'node:stream';

export interface WriteLinesResult {
  written: number;
  /** The reader went away (EPIPE, e.g. `sitrep replay | head`): not an error for a CLI. */
  closed: boolean;
}

/**
 * Writes one JSON document per line as the source yields them, waiting for
 * 'drain' whenever the pipe is full so that a slow reader slows the producer
 * down instead of the whole history piling up in memory. Stops (without
 * throwing) when the reader closes the pipe; the caller then stops reading.
 */
export async function writeNdjson(
  out: Writable,
  source: AsyncIterable<readonly unknown[]>,
  toLine: (item: unknown) => string = (item) => JSON.stringify(item),
): Promise<WriteLinesResult> {
  let written = 0;
  let closed = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const onError = (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') closed = true;
    else failure = err;
    wake?.();
  };
  const onClose = () => {
    closed = true;
    wake?.();
  };
  out.on('error', onError);
  out.on('close', onClose);
  try {
    for await (const batch of source) {
      if (closed || failure) break;
      let chunk = '';
      for (const item of batch) chunk += `${toLine(item)}\n`;
      if (chunk === '') continue;
      written += batch.length;
      if (!out.write(chunk)) {
        const drained = new Promise<void>((resolve) => (wake = resolve));
        const onDrain = () => wake?.();
        out.once('drain', onDrain);
        await drained;
        out.off('drain', onDrain);
        wake = undefined;
      }
      if (closed || failure) break;
    }
  } finally {
    out.off('error', onError);
    out.off('close', onClose);
    // A write that already failed with EPIPE may still emit; keep it from becoming an uncaught error.
    if (closed) out.on('error', () => undefined);
  }
  if (failure) throw failure;
  return { written, closed };
}
