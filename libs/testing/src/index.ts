export { createTestDatabase, type TestDatabase } from './test-database.js';
export {
  chooseProvider,
  startTestDatabaseServer,
  withDatabase,
  type TestDatabaseProvider,
  type TestDatabaseServer,
} from './test-database-server.js';
