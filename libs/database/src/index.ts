export { connect, type ConnectOptions, type Connection } from './connection.js';
export type { Database } from './database.js';
export { EmbeddedPostgresError, startEmbeddedPostgres, type EmbeddedPostgres, type EmbeddedPostgresOptions } from './embedded-postgres.js';
export { folderMigrationProvider, MIGRATIONS_FOLDER, MigrationError, migrateToLatest } from './migrations.js';
export { openDatabase, type DatabaseHandle, type OpenDatabaseOptions } from './open-database.js';
export {
  assertPostgresDriverPatched,
  PATCHED_POSTGRES_VERSION,
  PostgresDriverError,
  postgresDriverState,
  type PostgresDriverState,
} from './postgres-driver.js';
export {
  CONNECTION_LOST_CODES,
  isDriverConnectionError,
  tolerateDriverConnectionRejections,
  unhandledRejectionPolicy,
} from './driver-rejections.js';
