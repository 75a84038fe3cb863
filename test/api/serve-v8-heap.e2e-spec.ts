import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { repoRoot } from '../reports/support/reports-app.js';
import { requireBuiltCli, sitrep } from './support/cli.js';

/**
 * SITREP_V8_HEAP (apps/cli/src/runtime/v8-heap.ts): `sitrep serve` restarts in
 * place with its profile's V8 flags (read back from /proc/<pid>/cmdline: the pid
 * is the same after the restart), and a bad value stops it before anything starts.
 */
let tdb: TestDatabase;

beforeAll(async () => {
  requireBuiltCli();
  tdb = await createTestDatabase({ poolSize: 2 });
});

afterAll(async () => {
  await tdb?.close();
});

/** Starts `sitrep serve` on a free port, returns the command line it runs with once it listens, and stops it. */
async function serveCommandLine(env: Record<string, string>): Promise<string[]> {
  const child = spawn(process.execPath, ['dist/apps/cli/src/main.js', 'serve', '--port', '0'], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: tdb.url, LOG_LEVEL: 'silent', SITREP_DB_POOL_SIZE: '2', SITREP_EXTRACTOR_WORKERS: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-2000)));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (/^http:\/\//m.test(out)) resolve();
      });
      child.once('exit', (code) => reject(new Error(`sitrep serve exited with ${code}: ${err}`)));
    });
    return readFileSync(`/proc/${child.pid}/cmdline`, 'utf8').split('\0');
  } finally {
    // Only the command line is wanted here: no graceful shutdown to wait for (the database is a throwaway).
    if (child.exitCode === null) {
      child.kill('SIGKILL');
      await once(child, 'exit');
    }
  }
}

describe('sitrep serve and SITREP_V8_HEAP', () => {
  it.runIf(process.platform === 'linux')(
    'runs with the server profile by default, and with V8 sizing for `node`',
    async () => {
      const byDefault = await serveCommandLine({ SITREP_V8_HEAP: '' });
      expect(byDefault).toEqual(expect.arrayContaining(['--max-semi-space-size=16', '--heap-growing-percent=50']));
      const own = await serveCommandLine({ SITREP_V8_HEAP: 'node' });
      expect(own.filter((arg) => /semi-space|growing-percent|optimize-for-size/.test(arg))).toEqual([]);
    },
    300_000,
  );

  it('refuses an unknown profile with its code and exit status 2, before starting', async () => {
    const res = await sitrep(['serve', '--port', '0'], { DATABASE_URL: tdb.url, SITREP_V8_HEAP: 'huge' });
    expect(res.code).toBe(2);
    expect(res.stderr.trim()).toBe('sitrep: INVALID_V8_HEAP: SITREP_V8_HEAP must be one of small, server, node, got "huge"');
    expect(res.stdout).toBe('');
  });
});
