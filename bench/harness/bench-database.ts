import { openDatabase, type DatabaseHandle } from '@sitrep/database';
import { loadConfig } from '@sitrep/config';
import { log } from './measure.js';

export interface BenchDatabase extends DatabaseHandle {
  /** The throwaway database's name. */
  name: string;
  /** `embedded` or host:port of the server. */
  server: string;
}

/**
 * A fresh, migrated database for one benchmark run on the configured server
 * (DATABASE_URL, else the embedded PostgreSQL), dropped again by `close()` so
 * a benchmark never touches the user's data.
 *
 * BENCH_DATABASE_URL names an existing database to use instead (run-all shares
 * the 1,000,000-event fixture between the replay and HTTP parts); it is left
 * in place.
 */
export async function openBenchDatabase(label: string, options: { poolSize?: number } = {}): Promise<BenchDatabase> {
  const config = loadConfig();
  const poolSize = options.poolSize ?? Math.max(config.dbPoolSize, 20);
  const shared = process.env.BENCH_DATABASE_URL?.trim();
  if (shared) {
    const handle = await openDatabase(
      { ...config, databaseUrl: shared, dbPoolSize: poolSize },
      { applicationName: `sitrep-bench-${label}` },
    );
    return { ...handle, name: new URL(shared).pathname.slice(1), server: process.env.BENCH_SERVER_LABEL ?? hostOf(shared) };
  }
  const admin = await openDatabase({ ...config, dbPoolSize: 2 }, { migrate: false, applicationName: 'sitrep-bench-admin', log });
  const name = `sitrep_bench_${label.replace(/\W/g, '_')}_${Date.now()}`;
  await admin.sql.unsafe(`CREATE DATABASE ${name}`);
  // BENCH_SYNC=off: commits do not wait for their WAL flush, leaving the stores' own costs (profiling only).
  if (process.env.BENCH_SYNC === 'off') await admin.sql.unsafe(`ALTER DATABASE ${name} SET synchronous_commit = off`);
  const url = new URL(admin.url);
  url.pathname = `/${name}`;
  let handle: DatabaseHandle;
  try {
    handle = await openDatabase(
      { ...config, databaseUrl: url.toString(), dbPoolSize: poolSize },
      { applicationName: `sitrep-bench-${label}` },
    );
  } catch (err) {
    await admin.sql.unsafe(`DROP DATABASE IF EXISTS ${name}`).catch(() => undefined);
    await admin.close();
    throw err;
  }
  const keep = process.env.BENCH_KEEP_DB === '1';
  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      await handle.close();
      if (keep) log(`kept database ${url.toString()}`);
      else
        await admin.sql
          .unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
          .catch((e: Error) => log(`could not drop ${name}: ${e.message}`));
      await admin.close();
    })());
  return { ...handle, close, name, server: admin.embedded ? 'embedded' : (process.env.BENCH_SERVER_LABEL ?? hostOf(admin.url)) };
}

/** Creates an empty database beside the configured one and returns its URL and a dropper (run-all's shared fixture). */
export async function createScratchDatabase(label: string): Promise<{ url: string; server: string; drop(): Promise<void> }> {
  const config = loadConfig();
  const admin = await openDatabase({ ...config, dbPoolSize: 2 }, { migrate: false, applicationName: 'sitrep-bench-admin', log });
  const name = `sitrep_bench_${label.replace(/\W/g, '_')}_${Date.now()}`;
  await admin.sql.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(admin.url);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    server: admin.embedded ? 'embedded' : (process.env.BENCH_SERVER_LABEL ?? hostOf(admin.url)),
    async drop() {
      await admin.sql
        .unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        .catch((e: Error) => log(`could not drop ${name}: ${e.message}`));
      await admin.close();
    },
  };
}

const hostOf = (url: string) => {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}`;
};
