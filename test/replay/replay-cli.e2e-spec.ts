import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../apps/api/src/create-app.js';
import type { RecordedEventJson } from '../../apps/api/src/replay/recorded-event.json.js';
import { loadConfig } from '@sitrep/config';
import { type EventStore, PostgresEventStore } from '@sitrep/event-store';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { requireBuiltCli } from '../api/support/cli.js';

/** `sitrep replay` as a user runs it (the built CLI, a real PostgreSQL), compared with GET /events. */
const run = promisify(execFile);
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = 'dist/apps/cli/src/main.js';

let tdb: TestDatabase;
let app: NestFastifyApplication;
let store: EventStore;
let env: NodeJS.ProcessEnv;
const TOTAL = 1200;

function sitrep(...args: string[]) {
  return run(process.execPath, [CLI, ...args], { cwd: repoRoot, env, maxBuffer: 64 * 1024 * 1024 });
}

async function eventsThroughHttp(after = 0): Promise<RecordedEventJson[]> {
  const all: RecordedEventJson[] = [];
  for (;;) {
    const page = (await app.inject({ url: `/events?after=${after}&limit=1000` })).json() as {
      items: RecordedEventJson[];
      next: number;
      nextCursor: string | null;
    };
    all.push(...page.items);
    if (page.nextCursor === null) return all;
    after = page.next;
  }
}

const parseLines = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as RecordedEventJson);

beforeAll(async () => {
  requireBuiltCli();
  tdb = await createTestDatabase({ poolSize: 4 });
  env = { ...process.env, DATABASE_URL: tdb.url, LOG_LEVEL: 'silent', SITREP_PROJECTION_WORKERS: 'off' };
  const config = loadConfig({ DATABASE_URL: tdb.url, LOG_LEVEL: 'silent' });
  const handle = { db: tdb.db, sql: tdb.sql, url: tdb.url, embedded: false, close: async () => undefined };
  process.env.SITREP_PROJECTION_WORKERS = 'off';
  app = await createApp(config, handle, { ownsHandle: false, httpLogging: false });
  // Seeded through the store itself, not the app's schema-checking wrapper: replay is about any recorded event.
  store = new PostgresEventStore(tdb.db, { sql: tdb.sql });
  // More than one page of the CLI's reads (500) and of /events (1000).
  for (let i = 0; i < TOTAL / 100; i++) {
    await store.append(
      `cli-${i % 7}`,
      Array.from({ length: 100 }, (_, j) => ({ id: randomUUID(), type: j % 2 ? 'Odd' : 'Even', data: { i, j, text: 'قصف جرموك' } })),
    );
  }
  const deadline = Date.now() + 30_000;
  while ((await store.headPosition()) < TOTAL && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
}, 180_000);

afterAll(async () => {
  delete process.env.SITREP_PROJECTION_WORKERS;
  await app?.close();
  await tdb?.close();
});

describe('sitrep replay', () => {
  it('prints the whole history as NDJSON, line for line what GET /events answers', async () => {
    const { stdout } = await sitrep('replay');
    expect(stdout.endsWith('\n')).toBe(true);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(TOTAL);
    const http = await eventsThroughHttp();
    expect(lines).toEqual(http.map((e) => JSON.stringify(e)));
  });

  it('honours --after and --to (inclusive), and --types', async () => {
    const { stdout } = await sitrep('replay', '--after', '250', '--to', '260');
    expect(parseLines(stdout).map((e) => e.position)).toEqual(Array.from({ length: 10 }, (_, i) => 251 + i));
    const odd = parseLines((await sitrep('replay', '--to', '20', '--types', 'Odd')).stdout);
    expect(odd).toHaveLength(10);
    expect(odd.every((e) => e.type === 'Odd')).toBe(true);
  });

  it('stops quietly when the reader goes away (EPIPE, as with `| head -1`)', async () => {
    const child = spawn(process.execPath, [CLI, 'replay'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const firstLine = await new Promise<string>((resolve) => {
      let buf = '';
      child.stdout.on('data', (c: Buffer) => {
        buf += c.toString();
        if (buf.includes('\n')) {
          resolve(buf.slice(0, buf.indexOf('\n')));
          child.stdout.destroy();
        }
      });
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(JSON.parse(firstLine)).toMatchObject({ position: 1 });
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|Error/);
  });

  it('refuses a bad position with a usage error', async () => {
    await expect(sitrep('replay', '--after', '-3')).rejects.toMatchObject({ code: 1 });
  });

  it('--follow catches up, then prints a live event, and stops at --to', async () => {
    const child = spawn(process.execPath, [CLI, 'replay', '--follow', '--after', String(TOTAL - 2), '--to', String(TOTAL + 1)], {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    const deadline = Date.now() + 60_000;
    while (out.split('\n').filter(Boolean).length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await store.append('cli-live', [{ id: randomUUID(), type: 'Live', data: {} }]);
    expect(await exited).toBe(0);
    const printed = parseLines(out);
    expect(printed.map((e) => e.position)).toEqual([TOTAL - 1, TOTAL, TOTAL + 1]);
    expect(printed.at(-1)).toMatchObject({ type: 'Live', streamId: 'cli-live' });
  }, 90_000);
});
