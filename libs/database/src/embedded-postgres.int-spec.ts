import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded-postgres.js';

// These start their own clusters, apart from the shared test server, because
// what they check is the embedded lifecycle itself.
describe('embedded PostgreSQL', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sitrep-embedded-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates a cluster, keeps its data across a restart, and stops cleanly', async () => {
    const first = await startEmbeddedPostgres({ dataDir: dir });
    expect(first.owner).toBe(true);
    const sql1 = postgres(first.url, { max: 1, onnotice: () => undefined });
    await sql1`CREATE TABLE kept (v text)`;
    await sql1`INSERT INTO kept VALUES ('survives')`;
    await sql1.end();
    await first.stop();
    await expect(readFile(join(dir, 'pg', 'postmaster.pid'))).rejects.toThrow();

    const second = await startEmbeddedPostgres({ dataDir: dir });
    const sql2 = postgres(second.url, { max: 1, onnotice: () => undefined });
    expect(await sql2`SELECT v FROM kept`).toEqual([{ v: 'survives' }]);
    const [{ listen }] = await sql2`SELECT current_setting('listen_addresses') AS listen`;
    expect(listen).toBe('127.0.0.1');
    await sql2.end();
    await second.stop();
  });

  it('a process started after an owner was killed with SIGKILL adopts the running server', async () => {
    // A child process starts the cluster and is then killed without any cleanup.
    const moduleUrl = pathToFileURL(join(import.meta.dirname, 'embedded-postgres.ts')).href;
    const script = `
      const { startEmbeddedPostgres } = await import(${JSON.stringify(moduleUrl)});
      const pg = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dir)} });
      process.stdout.write(String(pg.port) + '\\n');
      setInterval(() => {}, 1000);
    `;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout.once('data', (d: Buffer) => resolve(Number(d.toString().trim())));
      child.once('exit', (code) => reject(new Error(`child exited ${code}`)));
    });
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));

    const adopted = await startEmbeddedPostgres({ dataDir: dir });
    expect(adopted.port).toBe(port);
    expect(adopted.owner).toBe(true);
    const sql = postgres(adopted.url, { max: 1, onnotice: () => undefined });
    expect(await sql`SELECT v FROM kept`).toEqual([{ v: 'survives' }]);
    await sql.end();
    await adopted.stop();
  });
});
