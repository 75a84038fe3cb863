// V8 sizes its heap from the machine's memory: on a large host big semi-spaces
// and an old generation that may grow to several times what survived the last
// full collection before the next one. A long export (or a busy server) then
// holds far more uncollected garbage in RSS than the one page it keeps alive:
// each page lives long enough to be promoted, then dies in the old generation
// (figures: bench/results/2026-12-06-export.md). `sitrep export` and `sitrep serve`
// start with a bounded young generation and a bounded old-generation growth
// instead. The flags only take effect at process start (v8.setFlagsFromString
// after start-up does not resize the heap: checked), hence the re-exec in place below.

/**
 * SITREP_V8_HEAP: `small` (the default for `sitrep export`), `server` (the default
 * for `sitrep serve`) or `node` (V8's own sizing).
 *
 * - `small`: 8 MiB semi-spaces and V8's memory-saving mode (--optimize-for-size,
 *   which also optimises less: 2-4x less HTTP throughput in a short bench:http run).
 * - `server`: 16 MiB semi-spaces and an old generation allowed to grow by half of
 *   what survived the last full collection (V8's own factor goes up to 4x on a
 *   large machine); the code is optimised as usual.
 */
export const V8_HEAP_PROFILES = {
  small: ['--max-semi-space-size=8', '--optimize-for-size'],
  server: ['--max-semi-space-size=16', '--heap-growing-percent=50'],
  node: [],
} as const satisfies Record<string, readonly string[]>;

export type V8HeapProfile = keyof typeof V8_HEAP_PROFILES;

export class V8HeapSettingError extends Error {
  readonly code = 'INVALID_V8_HEAP';
}

const DEFAULT_PROFILE: Record<string, V8HeapProfile> = { serve: 'server', export: 'small' };

/** The V8 flags a long-running command starts with, from SITREP_V8_HEAP or the command's default. */
export function boundedHeapFlags(env: NodeJS.ProcessEnv = process.env, command = 'export'): string[] {
  const name = env.SITREP_V8_HEAP?.trim() || (DEFAULT_PROFILE[command] ?? 'node');
  if (!Object.hasOwn(V8_HEAP_PROFILES, name)) {
    throw new V8HeapSettingError(`SITREP_V8_HEAP must be one of ${Object.keys(V8_HEAP_PROFILES).join(', ')}, got "${name}"`);
  }
  return [...V8_HEAP_PROFILES[name as V8HeapProfile]];
}

/** The profile's flags the caller did not give (as a node flag or in NODE_OPTIONS): theirs win, one flag at a time. */
export function flagsToAdd(flags: readonly string[], given: readonly string[]): string[] {
  const names = new Set(given.flatMap((arg) => arg.split(/\s+/)).map((arg) => arg.split('=')[0]!.replaceAll('_', '-')));
  return flags.filter((flag) => !names.has(flag.split('=')[0]!));
}

/**
 * Replaces this process with itself started with the heap flags (same pid, so
 * signals, kill -9 and exit codes behave as without it). Returns when nothing is
 * to be done: every flag already given, profile `node`, or no process.execve.
 */
export function restartWithBoundedHeap(command: string): void {
  const flags = flagsToAdd(boundedHeapFlags(process.env, command), [...process.execArgv, process.env.NODE_OPTIONS ?? '']);
  if (flags.length === 0 || typeof process.execve !== 'function') return;
  process.execve(process.execPath, [process.execPath, ...process.execArgv, ...flags, ...process.argv.slice(1)], process.env);
}
