import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../../reports/support/reports-app.js';

const run = promisify(execFile);
const CLI = join(repoRoot, 'dist', 'apps', 'cli', 'src', 'main.js');

/**
 * The end-to-end tests run the built CLI; `npm test` builds it (`npm run build:node`)
 * before any test starts. A test file does not build it itself: the build starts
 * by clearing dist/, which would pull the CLI from under a file running alongside.
 */
export function requireBuiltCli(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build:node\` first (npm test does)`);
}

/**
 * The built `sitrep` CLI in a child process, as a user runs it. `killAfterMs` (default 120 s) kills a child that has
 * not exited by then (code -1), so none outlives its test; a test that waits longer passes its own timeout.
 */
export async function sitrep(
  args: string[],
  env: Record<string, string> = {},
  input?: string,
  { killAfterMs = 120_000 }: { killAfterMs?: number } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = run(process.execPath, ['dist/apps/cli/src/main.js', ...args], {
    cwd: repoRoot,
    env: { ...process.env, LOG_LEVEL: 'silent', SITREP_DB_POOL_SIZE: '4', ...env },
    timeout: killAfterMs,
  });
  if (input !== undefined) child.child.stdin!.end(input);
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout: string; stderr: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout, stderr: e.stderr };
  }
}
