// V8 sizes its heap from the machine's memory, so on a large host a long export
// (or a busy server) holds far more uncollected garbage in RSS than the one page
// it keeps alive (figures: bench/optimisations.md, "Figures moved out of source
// comments"). `sitrep export`
// (and `sitrep serve` with SITREP_V8_HEAP=small) start with a bounded young
// generation and V8's memory-saving heap growth instead. The flags only take effect at process start
// (v8.setFlagsFromString after start-up does not resize the heap: checked),
// hence the re-exec in place below.

/** SITREP_V8_HEAP: `small` (the default for `sitrep export`) or `node` (V8's own sizing: the default for `sitrep serve`). */
export const V8_HEAP_PROFILES = {
  small: ['--max-semi-space-size=8', '--optimize-for-size'],
  node: [],
} as const satisfies Record<string, readonly string[]>;

export class V8HeapSettingError extends Error {
  readonly code = 'INVALID_V8_HEAP';
}

/**
 * `small` costs the server a large share of its HTTP throughput (--optimize-for-size
 * also makes V8 optimise less), so `serve` keeps V8's sizing unless asked; a one-off
 * `sitrep export` takes the memory saving.
 */
const DEFAULT_PROFILE: Record<string, keyof typeof V8_HEAP_PROFILES> = { serve: 'node', export: 'small' };

/** The V8 flags a long-running command starts with, from SITREP_V8_HEAP or the command's default. */
export function boundedHeapFlags(env: NodeJS.ProcessEnv = process.env, command = 'export'): string[] {
  const name = env.SITREP_V8_HEAP?.trim() || (DEFAULT_PROFILE[command] ?? 'node');
  if (!Object.hasOwn(V8_HEAP_PROFILES, name)) {
    throw new V8HeapSettingError(`SITREP_V8_HEAP must be one of ${Object.keys(V8_HEAP_PROFILES).join(', ')}, got "${name}"`);
  }
  return [...V8_HEAP_PROFILES[name as keyof typeof V8_HEAP_PROFILES]];
}

/** True when the caller already passed heap-sizing flags (node flag or NODE_OPTIONS): theirs win. */
function heapFlagsAlreadySet(flags: string[]): boolean {
  const given = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ');
  return flags.some((flag) => given.includes(flag.split('=')[0]!));
}

/**
 * Replaces this process with itself started with the heap flags (same pid, so
 * signals, kill -9 and exit codes behave as without it). Returns when nothing is
 * to be done: flags already given, profile `node`, or no process.execve.
 */
export function restartWithBoundedHeap(command: string): void {
  const flags = boundedHeapFlags(process.env, command);
  if (flags.length === 0 || heapFlagsAlreadySet(flags) || typeof process.execve !== 'function') return;
  process.execve(process.execPath, [process.execPath, ...process.execArgv, ...flags, ...process.argv.slice(1)], process.env);
}
