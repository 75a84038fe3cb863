import { Inject } from '@nestjs/common';

/**
 * Injection tokens for what every module may need. All are provided by the
 * global InfrastructureModule, so a feature module injects them without importing it:
 *
 *   constructor(@Inject(KYSELY) private readonly db: Kysely<Database>) {}
 *   constructor(@InjectEventStore() private readonly store: EventStore) {}
 */
/** SitrepConfig (libs/database loadConfig()). */
export const CONFIG = 'SITREP_CONFIG';
/** DatabaseHandle: { db, sql, url, embedded, close }. Closed by the app on shutdown only when the app opened it. */
export const DATABASE_HANDLE = 'SITREP_DATABASE_HANDLE';
/** Kysely<Database>, the same pool as DATABASE_HANDLE.db. */
export const KYSELY = 'SITREP_KYSELY';
/** Postgres.js `sql` tag, the same pool as DATABASE_HANDLE.sql. */
export const POSTGRES_SQL = 'SITREP_POSTGRES_SQL';
/** EventStore (libs/event-store). */
export const EVENT_STORE = 'SITREP_EVENT_STORE';
/** ReadRouter (./read-router.ts): the replica of DATABASE_READ_URL, or the primary, per request. */
export const READ_ROUTER = 'SITREP_READ_ROUTER';

export const InjectConfig = () => Inject(CONFIG);
export const InjectDatabaseHandle = () => Inject(DATABASE_HANDLE);
export const InjectKysely = () => Inject(KYSELY);
export const InjectSql = () => Inject(POSTGRES_SQL);
export const InjectEventStore = () => Inject(EVENT_STORE);
