import { HttpProblem } from './http-problem.error.js';

/**
 * Reads a request body as fast as the client sends it, into memory, while the
 * consumer works through it at its own pace. Without this, a slow consumer
 * (extraction per line) applies back-pressure and a large batch can run past
 * the server's request timeout before its last byte is even read. Memory is
 * bounded by `maxBytes`; past it the iteration ends with BATCH_TOO_LARGE (413).
 */
export async function* eagerBody(source: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<Buffer> {
  const queue: Buffer[] = [];
  let done = false;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  void (async () => {
    let total = 0;
    try {
      for await (const chunk of source) {
        const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        total += buffer.length;
        if (total > maxBytes) {
          throw new HttpProblem('BATCH_TOO_LARGE', `The batch body is larger than ${maxBytes} bytes; split it into smaller batches.`);
        }
        queue.push(buffer);
        notify();
      }
    } catch (error) {
      failure = error;
    } finally {
      done = true;
      notify();
    }
  })();
  for (;;) {
    if (queue.length > 0) {
      yield queue.shift()!;
      continue;
    }
    if (done) {
      if (failure) throw failure;
      return;
    }
    await new Promise<void>((resolve) => (wake = resolve));
  }
}
