/**
 * Test helpers of the projections (`@sitrep/projections/testing`): fixtures,
 * the projection test kit, snapshots. Kept out of the main entry so production
 * code never loads vitest or the test database.
 */
export { goldReport, loadGoldSeeds } from './seed-gold.js';
export { reportIdFor } from './report-fixtures.js';
export { catchUpTo, testRunner } from './projection-test-kit.js';
export { snapshotProjections } from './snapshot.js';
export { extracted, PLACES, submitReport } from './report-fixtures.js';
