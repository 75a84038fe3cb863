import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { ReadRouter, sourceOf, type ReadRoute, type Replica } from './read-router.js';

const primary = { name: 'primary' } as unknown as Kysely<any>;
const replicaAt = (index: number): Replica => ({ index, db: { name: `replica ${index}` } as unknown as Kysely<any> });
const [r0, r1, r2] = [replicaAt(0), replicaAt(1), replicaAt(2)];
const down = Object.assign(new Error('down'), { code: 'ECONNREFUSED' });

describe('ReadRouter', () => {
  it('reads the primary outside a route, and when there is no replica', () => {
    expect(new ReadRouter(primary, [r0], 1000).db).toBe(primary);
    const alone = new ReadRouter(primary, [], 1000);
    const route = alone.route();
    expect(sourceOf(route)).toBe('primary');
    expect(alone.run(route, () => alone.db)).toBe(primary);
  });

  it('gives new routes the replicas in turn', () => {
    const router = new ReadRouter(primary, [r0, r1, r2], 1000);
    const chosen = Array.from({ length: 7 }, () => router.route().replica?.index);
    expect(chosen).toEqual([0, 1, 2, 0, 1, 2, 0]);
  });

  it('skips a failed replica for a while, and only for failures of the connection or of recovery', () => {
    const router = new ReadRouter(primary, [r0, r1, r2], 1000);
    expect(router.replicaFailed(Object.assign(new Error('syntax'), { code: '42601' }), r1)).toBe(false);
    expect(router.replicaFailed(Object.assign(new Error('conflict with recovery'), { code: '40001' }), r1)).toBe(true);
    expect(Array.from({ length: 4 }, () => router.route().replica?.index)).toEqual([0, 2, 0, 2]);
    expect(router.healthyReplicas(r0).map((r) => r.index)).toEqual([2]);
    expect(router.replicaFailed(down, r0)).toBe(true);
    expect(router.replicaFailed(down, r2)).toBe(true);
    const none = router.route();
    expect([sourceOf(none), none.replica]).toEqual(['primary', undefined]);
    expect(router.replicaFailed(down, undefined)).toBe(false);
    // A failure marked for 0 ms is over at once: the replica is back in the turn.
    const again = new ReadRouter(primary, [r0, r1], 1000);
    again.replicaFailed(down, r0, 0);
    expect([again.route().replica?.index, again.route().replica?.index]).toEqual([0, 1]);
  });

  it('reads the route replica across awaits, and moves the route to another replica or to the primary', async () => {
    const router = new ReadRouter(primary, [r0, r1], 1000);
    const changes: string[] = [];
    const route: ReadRoute = router.route((s) => changes.push(s));
    const seen = await router.run(route, async () => {
      const before = router.db;
      await new Promise((r) => setTimeout(r, 1));
      const afterAwait = router.db;
      router.useReplica(r1);
      const other = [router.db, router.source];
      router.usePrimary();
      router.usePrimary();
      return [before, afterAwait, ...other, router.db, router.source, router.replica];
    });
    expect(seen).toEqual([r0.db, r0.db, r1.db, 'replica', primary, 'primary', undefined]);
    expect(changes).toEqual(['primary']); // replica to replica keeps the header
  });
});
