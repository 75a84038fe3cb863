/**
 * What a load run cost per request, in the server process and in its database:
 * CPU time and database time do not queue behind other work the way latencies do,
 * so they compare runs on a machine shared with other jobs.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type postgres from 'postgres';
import { processCpuMs } from './server.js';

interface DatabaseCounters {
  /** Transactions committed or rolled back: one per statement outside an explicit transaction. */
  transactions: number;
  /** Time the database's backends spent running statements (pg_stat_database.active_time, PostgreSQL 14+). */
  activeMs: number;
  /** Shared buffers read, from the cache or from the OS. */
  blocks: number;
}

export interface CostMark {
  cpuMs: number | null;
  db: DatabaseCounters | null;
}

export interface RequestCost {
  /** Server CPU (all threads, user + system) per request, ms; null where /proc is not there. */
  cpuMs: number | null;
  transactions: number | null;
  dbMs: number | null;
  blocks: number | null;
}

/**
 * A backend publishes its counters at the end of a transaction at most once a second; one that then goes
 * idle publishes the rest after PGSTAT_IDLE_INTERVAL (10 s). Reading sooner would miss the run's last second.
 */
const STATS_PUBLISHED_MS = 11_000;

async function databaseCounters(sql: postgres.Sql): Promise<DatabaseCounters | null> {
  try {
    const [row] = await sql<{ transactions: string; active_ms: number | null; blocks: string }[]>`
      SELECT xact_commit + xact_rollback AS transactions, active_time AS active_ms, blks_hit + blks_read AS blocks
      FROM pg_stat_database WHERE datname = current_database()`;
    if (!row || row.active_ms === null) return null;
    return { transactions: Number(row.transactions), activeMs: Number(row.active_ms), blocks: Number(row.blocks) };
  } catch {
    return null; // before PostgreSQL 14 there is no active_time
  }
}

/** Marks the start of a run. With `sql`, the database's counters too (nothing else may use that database meanwhile). */
export async function markCost(pid: number, sql?: postgres.Sql): Promise<CostMark> {
  return { cpuMs: processCpuMs(pid), db: sql ? await databaseCounters(sql) : null };
}

/** The cost per request since `start`; waits for the database to publish the run's counters first. */
export async function costSince(start: CostMark, pid: number, requests: number, sql?: postgres.Sql): Promise<RequestCost> {
  const cpuMs = processCpuMs(pid);
  let db: DatabaseCounters | null = null;
  if (sql && start.db) {
    await sleep(STATS_PUBLISHED_MS);
    db = await databaseCounters(sql);
  }
  const per = (a: number | null | undefined, b: number | null | undefined) =>
    a === null || a === undefined || b === null || b === undefined || requests === 0 ? null : (a - b) / requests;
  return {
    cpuMs: per(cpuMs, start.cpuMs),
    // The read of the counters at the start is one transaction of ours.
    transactions: per(db && db.transactions - 1, start.db?.transactions),
    dbMs: per(db?.activeMs, start.db?.activeMs),
    blocks: per(db?.blocks, start.db?.blocks),
  };
}
