import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { ReadRouter, type ReadRoute } from './read-router.js';

const primary = { name: 'primary' } as unknown as Kysely<any>;
const replica = { name: 'replica' } as unknown as Kysely<any>;

describe('ReadRouter', () => {
  it('reads the primary outside a route, and when there is no replica', async () => {
    expect(new ReadRouter(primary, replica, 1000).db).toBe(primary);
    const alone = new ReadRouter(primary, null, 1000);
    expect(alone.preferred).toBe('primary');
    expect(alone.run({ source: 'replica' }, () => alone.db)).toBe(primary);
  });

  it('reads the replica inside a replica route, across awaits, and moves the route to the primary on demand', async () => {
    const router = new ReadRouter(primary, replica, 1000);
    const changes: string[] = [];
    const route: ReadRoute = { source: 'replica', onChange: (s) => changes.push(s) };
    const seen = await router.run(route, async () => {
      const before = router.db;
      await new Promise((r) => setTimeout(r, 1));
      const afterAwait = router.db;
      router.usePrimary();
      router.usePrimary();
      return [before, afterAwait, router.db, router.source];
    });
    expect(seen).toEqual([replica, replica, primary, 'primary']);
    expect(changes).toEqual(['primary']);
  });

  it('leaves a failing replica alone for a while, and only for failures of the connection or of recovery', () => {
    const router = new ReadRouter(primary, replica, 1000);
    expect(router.replicaFailed(Object.assign(new Error('syntax'), { code: '42601' }))).toBe(false);
    expect(router.preferred).toBe('replica');
    expect(router.replicaFailed(Object.assign(new Error('conflict with recovery'), { code: '40001' }))).toBe(true);
    expect(router.preferred).toBe('primary');
    expect(router.replicaFailed(Object.assign(new Error('down'), { code: 'ECONNREFUSED' }), 0)).toBe(true);
    expect(router.preferred).toBe('replica');
  });
});
