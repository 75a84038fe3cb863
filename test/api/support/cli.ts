import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { repoRoot } from '../../reports/support/reports-app.js';

const run = promisify(execFile);

export const buildCli = () => run(process.execPath, ['scripts/build.mjs', '--quiet'], { cwd: repoRoot });

/** The built `sitrep` CLI in a child process, as a user runs it. */
export async function sitrep(
  args: string[],
  env: Record<string, string> = {},
  input?: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = run(process.execPath, ['dist/apps/cli/src/main.js', ...args], {
    cwd: repoRoot,
    env: { ...process.env, LOG_LEVEL: 'silent', SITREP_DB_POOL_SIZE: '4', ...env },
    timeout: 120_000,
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
