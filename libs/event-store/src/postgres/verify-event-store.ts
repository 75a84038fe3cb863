import { TransactionIdAheadError, UnsupportedPostgresError } from '../event-store.errors.js';
import { type EventStoreExecutor, rebaseTransactionIdsSql, storeHealthSql } from './event-store.sql.js';

/**
 * Call once at start, after migrations, before serving. Refuses to run when
 * stored transaction ids lie at or beyond the server's next id (a restore into
 * another cluster): appends would then be ordered wrongly against history and
 * the gap-safe read would stall. Also checks the server is PostgreSQL >= 14.
 *
 * ```ts
 * await migrateToLatest(db);
 * await verifyEventStore(db); // throws TransactionIdAheadError (code TRANSACTION_ID_AHEAD)
 * ```
 */
export async function verifyEventStore(db: EventStoreExecutor): Promise<void> {
  const health = await storeHealthSql(db);
  if (health.server_version_num < 140000) throw new UnsupportedPostgresError(health.server_version_num);
  const next = BigInt(health.next_xid);
  const stored = health.highest_stored_xid === null ? 0n : BigInt(health.highest_stored_xid);
  const allocator = BigInt(health.highest_allocator_xid);
  const highest = stored > allocator ? stored : allocator;
  if (highest >= next) throw new TransactionIdAheadError(highest.toString(), next.toString());
}

/**
 * The operator's fix for {@link TransactionIdAheadError}, after a restore into
 * another cluster: resets the stored transaction ids of the committed history
 * (positions, and so the order every reader sees, do not change). Stop every
 * writer first. Returns the number of events rewritten.
 *
 * ```ts
 * await rebaseTransactionIds(db); // then verifyEventStore(db) passes
 * ```
 */
export async function rebaseTransactionIds(db: EventStoreExecutor): Promise<number> {
  return db.transaction().execute((trx) => rebaseTransactionIdsSql(trx));
}
