/**
 * A latch between NOTIFY callbacks and a subscription loop. A wake-up that
 * arrives while the loop is busy reading is remembered, so the loop never
 * sleeps through a commit it has not read yet.
 */
export class WakeUp {
  private pending = false;
  private release: (() => void) | null = null;

  fire(): void {
    this.pending = true;
    this.release?.();
  }

  /** Forget earlier wake-ups: call right before a read that will see their commits. */
  clear(): void {
    this.pending = false;
  }

  /** Resolves on the next fire (or at once if one is pending), after `timeoutMs`, or when `signal` aborts. */
  wait(timeoutMs: number, signal?: AbortSignal): Promise<void> {
    if (this.pending || signal?.aborted) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        this.release = null;
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      signal?.addEventListener('abort', done, { once: true });
      this.release = done;
    });
  }
}
