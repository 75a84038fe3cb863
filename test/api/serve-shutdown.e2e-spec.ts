import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import { createServer, connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { loadSeeds, repoRoot } from '../reports/support/reports-app.js';
import { requireBuiltCli } from './support/cli.js';

/**
 * A SIGTERM'd `sitrep serve` with an SSE client attached, an idle keep-alive connection and a
 * POST still arriving: the POST is answered 201 and stored, the stream and the idle connection
 * are ended by the server, and the process exits by itself with status 0 (SITREP_SHUTDOWN_TIMEOUT_MS
 * bounds the whole shutdown; the 10 s allowed here is a bound on correctness, not a speed test).
 */
let tdb: TestDatabase;
let child: ChildProcess | null = null;

beforeAll(async () => {
  requireBuiltCli();
  tdb = await createTestDatabase({ poolSize: 2 });
});

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL');
    await once(child, 'exit');
  }
  await tdb?.close();
});

async function serve(): Promise<{ child: ChildProcess; port: number; stderr: () => string }> {
  const c = spawn(process.execPath, ['dist/apps/cli/src/main.js', 'serve', '--port', '0'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATABASE_URL: tdb.url,
      LOG_LEVEL: 'warn',
      SITREP_EXTRACTOR_WORKERS: '1',
      SITREP_WRITE_RATE_LIMIT: '0',
      SITREP_SHUTDOWN_TIMEOUT_MS: '8000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = c;
  let err = '';
  c.stderr!.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    c.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^(http:\/\/\S+)$/m.exec(out);
      if (m) resolve(m[1]!);
    });
    c.once('exit', (code) => reject(new Error(`sitrep serve exited with ${code} during start: ${err}`)));
  });
  return { child: c, port: Number(new URL(url).port), stderr: () => err };
}

/** One request's answer, read whole. */
function answer(req: http.ClientRequest): Promise<{ status: number; body: string; socket: Socket }> {
  return new Promise((resolve, reject) => {
    req.once('response', (res) => {
      const socket = res.socket;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.once('end', () => resolve({ status: res.statusCode ?? 0, body, socket }));
      res.once('error', reject);
    });
    req.once('error', reject);
  });
}

describe('sitrep serve on SIGTERM', () => {
  it('answers the POST in flight, ends SSE streams and idle keep-alive connections, and exits 0', async () => {
    const server = await serve();
    const port = server.port;

    // An SSE client, following the live feed.
    const sse = http.get({ port, host: '127.0.0.1', path: '/events/stream' });
    const [sseRes] = (await once(sse, 'response')) as [http.IncomingMessage];
    expect(sseRes.statusCode).toBe(200);
    const sseEnded = new Promise<void>((resolve) => sseRes.once('close', () => resolve()));
    sseRes.resume();

    // A keep-alive connection that has had its answer and sits idle.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const health = await answer(http.get({ port, host: '127.0.0.1', path: '/health', agent }));
    expect(health.status).toBe(200);
    const idleSocket = health.socket;
    const idleClosed = new Promise<void>((resolve) => idleSocket.once('close', () => resolve()));

    // A POST whose body is still arriving when the signal comes.
    const seed = loadSeeds()[0]!;
    const body = Buffer.from(
      JSON.stringify({ text: seed.text, source: seed.outlet, publishedOn: seed.publishedOn, language: seed.language }),
    );
    const post = http.request({
      port,
      host: '127.0.0.1',
      method: 'POST',
      path: '/reports',
      headers: { 'content-type': 'application/json', 'content-length': body.length },
    });
    const posted = answer(post);
    post.write(body.subarray(0, 10));
    // Another request answered after the POST's first bytes were sent: the server has taken the POST in by then.
    expect((await answer(http.get({ port, host: '127.0.0.1', path: '/health', agent: false }))).status).toBe(200);

    const exited = once(server.child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    server.child.kill('SIGTERM');
    post.end(body.subarray(10));

    const created = await posted;
    expect(created.status, created.body).toBe(201);
    const { id } = JSON.parse(created.body) as { id: string };

    const bound = new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 10_000).unref());
    const outcome = await Promise.race([exited, bound]);
    expect(outcome, server.stderr()).toEqual([0, null]);
    await sseEnded;
    await idleClosed;
    agent.destroy();

    const stored = await tdb.sql<{ n: string }[]>`SELECT count(*)::text AS n FROM events WHERE stream_id = ${`report-${id}`}`;
    expect(Number(stored[0]!.n)).toBeGreaterThan(0);
  }, 180_000);
});

/**
 * A TCP relay to the test database that holds what its clients send until `release()`: a server started on it is
 * inside its start-up (opening the database) from its first connection until then. `connected` resolves at that
 * first connection.
 */
async function heldRelay(databaseUrl: string) {
  const target = new URL(databaseUrl);
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  let markConnected: () => void = () => undefined;
  const connected = new Promise<void>((resolve) => (markConnected = resolve));
  const sockets = new Set<Socket>();
  const relay = createServer((client) => {
    sockets.add(client);
    client.pause();
    markConnected();
    void released.then(() => {
      const upstream = connect(Number(target.port || 5432), target.hostname);
      sockets.add(upstream);
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
      client.pipe(upstream).pipe(client);
    });
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String((relay.address() as { port: number }).port);
  return {
    url: url.toString(),
    connected,
    release,
    close() {
      for (const socket of sockets) socket.destroy();
      relay.close();
    },
  };
}

describe('sitrep serve on SIGTERM during its start-up', () => {
  it('finishes opening, closes it all and exits 0 without listening', async () => {
    const relay = await heldRelay(tdb.url);
    try {
      const c = spawn(process.execPath, ['dist/apps/cli/src/main.js', 'serve', '--port', '0'], {
        cwd: repoRoot,
        env: { ...process.env, DATABASE_URL: relay.url, LOG_LEVEL: 'warn', SITREP_EXTRACTOR_WORKERS: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = c;
      let out = '';
      let err = '';
      c.stdout!.on('data', (d: Buffer) => (out += d.toString()));
      const signalSeen = new Promise<void>((resolve) =>
        c.stderr!.on('data', (d: Buffer) => {
          err += d.toString();
          if (err.includes('SIGTERM')) resolve();
        }),
      );
      const exited = once(c, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;

      await relay.connected; // inside start-up: its database pool is connecting
      c.kill('SIGTERM');
      // The database answers only once the signal has been taken: the start-up is still under way when it comes.
      await Promise.race([signalSeen, exited]);
      relay.release();

      expect(await exited, err).toEqual([0, null]);
      expect(err).toContain('SIGTERM during start-up: shutting down once it is done');
      expect(out, 'a server stopped during its start-up never listens').not.toMatch(/^http:\/\//m);
    } finally {
      relay.close();
    }
  }, 180_000);
});
