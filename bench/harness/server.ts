/** `sitrep serve` in a child process on loopback, for the parts that load the real HTTP server. */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// dist/bench/harness/server.js -> dist/apps/cli/src/main.js
const CLI = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'apps', 'cli', 'src', 'main.js');

export interface Server {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** The resident memory of a process, in bytes, from /proc (Linux; null elsewhere or once it has exited). */
export function processRss(pid: number): number | null {
  try {
    const resident = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    return resident * 4096;
  } catch {
    return null;
  }
}

/** CPU time a process has used so far, all its threads, user + system, in ms, from /proc (Linux; null elsewhere). */
export function processCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15, in clock ticks.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/**
 * Waits (at most two minutes) until the server's extraction workers have loaded the extractor: each loads the
 * world gazetteer when it starts, seconds of CPU on a loaded machine that would otherwise be counted against
 * the first requests measured (it had made the uncached GETs' server CPU 40 ms a request against 3-6 when warm).
 */
async function extractionWorkersReady(url: string, workers: number): Promise<void> {
  const deadline = performance.now() + 120_000;
  while (workers > 0 && performance.now() < deadline) {
    const metrics = await fetch(`${url}/metrics`)
      .then((r) => r.text())
      .catch(() => '');
    const ready = Number(/^sitrep_extractor_workers\{state="ready"\} (\d+)/m.exec(metrics)?.[1] ?? 0);
    if (ready >= workers) return;
    await sleep(250);
  }
}

/** USER_HZ: 100 on every Linux this runs on (getconf CLK_TCK). */
const CLOCK_TICKS = 100;

export async function startServer(databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<Server> {
  const child = spawn(process.execPath, [CLI, 'serve'], {
    // Warnings only: the figures are the API's, not the request logger's writes to a pipe.
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: process.env.BENCH_SERVER_LOG_LEVEL ?? 'warn',
      // One client IP sends everything here: the per-IP write limit would answer 429 to the load itself.
      SITREP_WRITE_RATE_LIMIT: '0',
      // A query-only instance (the documented scale-out shape): projection work is the replay part's figure,
      // and a runner catching up in this process would be measured as request latency.
      SITREP_PROJECTION_WORKERS: process.env.BENCH_SERVER_PROJECTIONS ?? 'off',
      // e.g. BENCH_SERVER_NODE_OPTIONS=--cpu-prof to profile the server under load.
      ...(process.env.BENCH_SERVER_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS } : {}),
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`sitrep serve did not start in 120 s:\n${stderr}`)), 120_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/[\w.:[\]]+/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[0]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`sitrep serve exited with ${code}:\n${stderr}`));
    });
  });
  child.stdout!.resume();
  await extractionWorkersReady(
    url,
    Number(extraEnv.SITREP_EXTRACTOR_WORKERS ?? process.env.SITREP_EXTRACTOR_WORKERS ?? availableParallelism()),
  );
  return {
    url,
    child,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await once(child, 'exit');
      clearTimeout(timer);
    },
  };
}

export interface Rebuild {
  child: ChildProcess;
  /** The CLI's last progress line ("incidents 41.0% (…)  casualties done (build 3)  12.3s"). */
  progress(): string;
  /** Resolves once the CLI printed its first progress line: the rebuilds are accepted and running. */
  started: Promise<void>;
  /** The exit code (0: every rebuild swapped in; 130: interrupted). */
  exited: Promise<number | null>;
  /** Interrupts the rebuild (the CLI stops its runner; the half-built build stays until the next rebuild replaces it). */
  interrupt(): Promise<number | null>;
}

/** `sitrep rebuild` (every projection) in a child process: it does the work itself when no server holds the projections' locks. */
export function startRebuild(databaseUrl: string): Rebuild {
  const child = spawn(process.execPath, [CLI, 'rebuild'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let last = '';
  let markStarted: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  child.stderr!.on('data', (d: Buffer) => {
    const lines = d
      .toString()
      .split(/[\r\n]+/)
      .filter(Boolean);
    if (lines.length) {
      last = lines.at(-1)!;
      if (/%|done/.test(last)) markStarted();
    }
  });
  child.stdout!.resume();
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  void exited.then(() => markStarted());
  return {
    child,
    progress: () => last,
    started,
    exited,
    async interrupt() {
      if (child.exitCode === null) child.kill('SIGINT');
      return exited;
    },
  };
}
