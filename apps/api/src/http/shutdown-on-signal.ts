import type { EventEmitter } from 'node:events';

export interface ShutdownOnSignalOptions {
  /** Past this, the process exits with status 1 whatever is still open (SITREP_SHUTDOWN_TIMEOUT_MS). */
  timeoutMs: number;
  /**
   * The start-up still under way, or null once it is over. A signal during it waits for it to settle before
   * closing (what it is opening, the pool, migrations, the workers, cannot be closed half-way), and the bound
   * starts then. Should the start-up fail, its own error ends the process.
   */
  startup?: () => Promise<unknown> | null;
  /** Where the signals come from and how the process ends (tests pass their own). */
  process?: Pick<EventEmitter, 'on'> & { exit(code: number): void };
  log?: (message: string) => void;
}

export interface Shutdown {
  /** A signal has come: a start-up under way must not go on to listen. */
  readonly requested: boolean;
}

/**
 * SIGTERM or SIGINT closes the server gracefully (`close`: in-flight requests are answered, SSE
 * streams and idle keep-alive connections end, the projection worker finishes its batch, the
 * pools close), then exits with status 0. Shutdown is bounded: past `timeoutMs`, or at a second
 * signal, the process exits with status 1 at once. Nothing acknowledged is lost either way: a
 * write is answered only once committed, and a projection batch cut short rolls back.
 */
export function shutdownOnSignal(close: () => Promise<void>, options: ShutdownOnSignalOptions): Shutdown {
  const proc = options.process ?? process;
  const log = options.log ?? ((m: string) => process.stderr.write(`sitrep: ${m}\n`));
  const state = { requested: false };
  const closeWithin = (timeoutMs: number) => {
    const bound = setTimeout(() => {
      log(`shutdown took over ${timeoutMs} ms (SITREP_SHUTDOWN_TIMEOUT_MS): exiting now`);
      proc.exit(1);
    }, timeoutMs);
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
  const onSignal = (signal: string) => {
    if (state.requested) {
      log(`${signal} again: exiting now`);
      proc.exit(1);
      return;
    }
    state.requested = true;
    const startup = options.startup?.() ?? null;
    if (startup === null) {
      log(`${signal}: shutting down (at most ${options.timeoutMs} ms)`);
      closeWithin(options.timeoutMs);
      return;
    }
    log(`${signal} during start-up: shutting down once it is done (then at most ${options.timeoutMs} ms)`);
    startup.then(
      () => closeWithin(options.timeoutMs),
      () => undefined,
    );
  };
  for (const signal of ['SIGTERM', 'SIGINT']) proc.on(signal, () => onSignal(signal));
  return state;
}
