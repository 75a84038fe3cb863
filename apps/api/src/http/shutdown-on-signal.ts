import type { EventEmitter } from 'node:events';

export interface ShutdownOnSignalOptions {
  /** Past this, the process exits with status 1 whatever is still open (SITREP_SHUTDOWN_TIMEOUT_MS). */
  timeoutMs: number;
  /** Where the signals come from and how the process ends (tests pass their own). */
  process?: Pick<EventEmitter, 'on'> & { exit(code: number): void };
  log?: (message: string) => void;
}

/**
 * SIGTERM or SIGINT closes the server gracefully (`close`: in-flight requests are answered, SSE
 * streams and idle keep-alive connections end, the projection worker finishes its batch, the
 * pools close), then exits with status 0. Shutdown is bounded: past `timeoutMs`, or at a second
 * signal, the process exits with status 1 at once. Nothing acknowledged is lost either way: a
 * write is answered only once committed, and a projection batch cut short rolls back.
 */
export function shutdownOnSignal(close: () => Promise<void>, options: ShutdownOnSignalOptions): void {
  const proc = options.process ?? process;
  const log = options.log ?? ((m: string) => process.stderr.write(`sitrep: ${m}\n`));
  let closing = false;
  const onSignal = (signal: string) => {
    if (closing) {
      log(`${signal} again: exiting now`);
      proc.exit(1);
      return;
    }
    closing = true;
    log(`${signal}: shutting down (at most ${options.timeoutMs} ms)`);
    const bound = setTimeout(() => {
      log(`shutdown took over ${options.timeoutMs} ms (SITREP_SHUTDOWN_TIMEOUT_MS): exiting now`);
      proc.exit(1);
    }, options.timeoutMs);
    bound.unref();
    close().then(
      () => {
        clearTimeout(bound);
        proc.exit(0);
      },
      (error: unknown) => {
        clearTimeout(bound);
        log(`shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
        proc.exit(1);
      },
    );
  };
  for (const signal of ['SIGTERM', 'SIGINT']) proc.on(signal, () => onSignal(signal));
}
