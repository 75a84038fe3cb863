// V8 sizes its young generation from the machine's memory (on a 24 GiB host, up to
// ~96 MiB of semi-spaces), so a long export or a busy server holds that much
// uncollected garbage in RSS before the first scavenge looks at it. The server and
// `sitrep export` start with a bounded young generation instead; the flag only
// takes effect at process start (v8.setFlagsFromString after start-up does not
// resize the heap), hence the re-exec in place below.

/** Default semi-space size for `serve` and `export`, in MiB; SITREP_SEMI_SPACE_MIB overrides, 0 keeps V8's own sizing. */
export const DEFAULT_SEMI_SPACE_MIB = 8;
const FLAG = '--max-semi-space-size';

export class SemiSpaceSettingError extends Error {
  readonly code = 'INVALID_SEMI_SPACE';
}

/** The V8 flags the long-running commands start with, from SITREP_SEMI_SPACE_MIB. */
export function boundedHeapFlags(env: NodeJS.ProcessEnv = process.env): string[] {
  const raw = env.SITREP_SEMI_SPACE_MIB?.trim();
  const mib = raw === undefined || raw === '' ? DEFAULT_SEMI_SPACE_MIB : Number(raw);
  if (!Number.isInteger(mib) || mib < 0 || mib > 1024) {
    throw new SemiSpaceSettingError(`SITREP_SEMI_SPACE_MIB must be a whole number of MiB from 0 to 1024 (0 = V8's default), got "${raw}"`);
  }
  return mib === 0 ? [] : [`${FLAG}=${mib}`];
}

/** True when the caller already chose a semi-space size (node flag or NODE_OPTIONS): theirs wins. */
function semiSpaceAlreadySet(): boolean {
  return process.execArgv.some((a) => a.startsWith(FLAG)) || (process.env.NODE_OPTIONS ?? '').includes(FLAG);
}

/**
 * Replaces this process with itself started with the bounded-heap flags (same pid,
 * so signals, kill -9 and exit codes behave as without it). Returns when nothing is
 * to be done: flags already set, SITREP_SEMI_SPACE_MIB=0, or no process.execve.
 */
export function restartWithBoundedHeap(): void {
  const flags = boundedHeapFlags();
  if (flags.length === 0 || semiSpaceAlreadySet() || typeof process.execve !== 'function') return;
  process.execve(process.execPath, [process.execPath, ...process.execArgv, ...flags, ...process.argv.slice(1)], process.env);
}
