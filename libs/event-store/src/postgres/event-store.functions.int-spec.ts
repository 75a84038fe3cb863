import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { EVENT_STORE_FUNCTIONS } from './event-store.functions.js';

describe('event-store.functions.ts (the live SQL functions in one file)', () => {
  let tdb: TestDatabase;
  let live: Map<string, string>;

  beforeAll(async () => {
    tdb = await createTestDatabase();
    const { rows } = await sql<{ signature: string; definition: string }>`
      SELECT p.oid::regprocedure::text AS signature, pg_get_functiondef(p.oid) AS definition
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = current_schema() AND p.proname LIKE 'sitrep\\_%'`.execute(tdb.db);
    live = new Map(rows.map((r) => [r.signature, r.definition]));
  });
  afterAll(() => tdb.close());

  it('names every function the migrations leave, and no other', () =>
    expect([...live.keys()].sort()).toEqual(Object.keys(EVENT_STORE_FUNCTIONS).sort()));

  it.each(Object.keys(EVENT_STORE_FUNCTIONS))('holds the migrated definition of %s', (signature) =>
    expect(live.get(signature)).toBe(EVENT_STORE_FUNCTIONS[signature]),
  );
});
