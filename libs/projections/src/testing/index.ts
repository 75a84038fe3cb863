/**
 * Test helpers of the projections (`@sitrep/projections/testing`): fixtures,
 * the projection test kit, snapshots. Kept out of the main entry so production
 * code never loads vitest or the test database.
 */
export {};
