import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, type WriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { http } from './http.js';
import { setTimeout as sleep } from 'node:timers/promises';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CLI = join(REPO_ROOT, 'dist/apps/cli/src/main.js');
export const ADMIN_TOKEN = 'chaos-admin-token-0123456789';
/** Server logs of the last run stay here for a post-mortem (also in CI). */
export const LOG_DIR = join(REPO_ROOT, '.ci/out/chaos');

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface ServerOptions {
  /** DATABASE_URL of the server; each chaos file gives its own database. */
  databaseUrl: string;
  /** Extra environment (limits, tokens...). The write rate limit is off unless set here. */
  env?: Record<string, string>;
  /** Name of the log in LOG_DIR that gets the child's stdout/stderr (appended across restarts). */
  name: string;
  /** Arguments after `serve` (e.g. `--role api`). */
  args?: string[];
}

/**
 * `sitrep serve` as a child process on a fixed loopback port, so clients keep
 * one address across kill -9 and restart. Needs `npm run build` first.
 */
export class SitrepServer {
  private child: ChildProcess | null = null;
  private log: WriteStream | null = null;
  starts = 0;
  kills = 0;

  private constructor(
    readonly port: number,
    private readonly options: ServerOptions,
  ) {
    this.logFile = join(LOG_DIR, `${options.name}.serve.log`);
  }

  readonly logFile: string;

  static async create(options: ServerOptions): Promise<SitrepServer> {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
    mkdirSync(LOG_DIR, { recursive: true });
    return new SitrepServer(await freePort(), options);
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts the child and waits until GET /health answers 200. */
  async start(timeoutMs = 60_000): Promise<void> {
    if (this.running) throw new Error('already running');
    this.log ??= createWriteStream(this.logFile, { flags: this.starts === 0 ? 'w' : 'a' });
    this.log.write(`\n==== start #${this.starts + 1} at ${new Date().toISOString()}\n`);
    const child = spawn(process.execPath, [CLI, 'serve', ...(this.options.args ?? [])], {
      cwd: REPO_ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(this.port),
        DATABASE_URL: this.options.databaseUrl,
        SITREP_ADMIN_TOKEN: ADMIN_TOKEN,
        SITREP_WRITE_RATE_LIMIT: '0',
        LOG_LEVEL: 'warn',
        ...this.options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.pipe(this.log, { end: false });
    child.stderr!.pipe(this.log, { end: false });
    this.child = child;
    this.starts++;
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.running)
        throw new Error(`sitrep serve exited (${child.exitCode ?? child.signalCode}) during start; log:\n${await this.tail()}`);
      const r = await http(this.port, { path: '/health', timeoutMs: 2_000 });
      if (r.status === 200) return;
      await sleep(100);
    }
    throw new Error(`sitrep serve did not become healthy in ${timeoutMs} ms; log:\n${await this.tail()}`);
  }

  /** SIGKILL: no shutdown hook runs, in-flight requests die with their sockets. */
  async kill9(): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGKILL');
    await exited;
    this.kills++;
  }

  /** SIGTERM and wait for the graceful shutdown (kill -9 after `timeoutMs`). */
  async stop(timeoutMs = 20_000): Promise<number | string | null> {
    const child = this.child;
    if (!child) return null;
    if (this.running) {
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      await exited;
      clearTimeout(timer);
    }
    await new Promise((r) => setTimeout(r, 20));
    return child.exitCode ?? child.signalCode;
  }

  async close(): Promise<void> {
    await this.stop();
    await new Promise<void>((r) => (this.log ? this.log.end(r) : r()));
    this.log = null;
  }

  async tail(lines = 40): Promise<string> {
    const text = await readFile(this.logFile, 'utf8').catch(() => '');
    return text.split('\n').slice(-lines).join('\n');
  }
}
