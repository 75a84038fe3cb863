import type postgres from 'postgres';

/**
 * A session-level PostgreSQL advisory lock held on a connection reserved for it:
 * when the process dies its connection closes and PostgreSQL releases the lock,
 * so a standby's next `pg_try_advisory_lock` succeeds.
 */
export class AdvisoryLock {
  private conn: postgres.ReservedSql | null = null;

  constructor(
    private readonly sql: postgres.Sql,
    readonly key: string,
  ) {}

  get held(): boolean {
    return this.conn !== null;
  }

  /** `SELECT pg_try_advisory_lock(hashtextextended($key, 0))` on a reserved connection. */
  async tryAcquire(): Promise<boolean> {
    if (this.conn) return this.stillHeld();
    const conn = await this.sql.reserve();
    try {
      const [row] = await conn<{ locked: boolean }[]>`SELECT pg_try_advisory_lock(hashtextextended(${this.key}, 0)) AS locked`;
      if (row?.locked) {
        this.conn = conn;
        return true;
      }
    } catch {
      // A failing connection simply means we do not hold the lock.
    }
    conn.release();
    return false;
  }

  /** True while the reserved connection still answers; a dead connection has lost the lock. */
  async stillHeld(): Promise<boolean> {
    if (!this.conn) return false;
    try {
      await this.conn`SELECT 1`;
      return true;
    } catch {
      this.conn = null;
      return false;
    }
  }

  async release(): Promise<void> {
    const conn = this.conn;
    this.conn = null;
    if (!conn) return;
    try {
      await conn`SELECT pg_advisory_unlock(hashtextextended(${this.key}, 0))`;
    } catch {
      // The connection is gone, and the lock with it.
    }
    conn.release();
  }
}
