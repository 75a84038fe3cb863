import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Replica } from '../../infrastructure/read-router.js';
import type { ProjectionPositions } from './projection-positions.port.js';
import { replicaFor, type ReplicaChoice } from './replica-for.js';

const replicaAt = (index: number): Replica => ({ index, db: {} as Kysely<any> });
const [r0, r1, r2] = [replicaAt(0), replicaAt(1), replicaAt(2)];
const at = (position: number): ProjectionPositions => ({ position: async () => position });
const broken: ProjectionPositions = {
  position: async () => {
    throw Object.assign(new Error('down'), { code: 'ECONNREFUSED' });
  },
};

/** Three replicas at the given positions, a primary at `primary`, every replica healthy but `chosen`'s own. */
function choice(primary: number, replicas: ProjectionPositions[], replicaWaitMs = 30) {
  const failed: number[] = [];
  const all = [r0, r1, r2];
  const c: ReplicaChoice = {
    primary: at(primary),
    positionsOf: (r) => replicas[r.index]!,
    others: (except) => all.filter((r) => r !== except && !failed.includes(r.index)),
    replicaWaitMs,
    failed: (_error, r) => failed.push(r.index),
  };
  return { c, failed };
}
const signal = new AbortController().signal;

describe('replicaFor (where a waitFor read is answered)', () => {
  it('keeps the chosen replica once it has the position', async () => {
    const { c } = choice(10, [at(10), at(10), at(10)]);
    expect(await replicaFor(c, r1, ['incidents'], 10, 1000, signal)).toBe(r1);
  });

  it('waits for the chosen replica while it catches up', async () => {
    let replayed = 5;
    const catchingUp: ProjectionPositions = { position: async () => (replayed += 1) };
    const { c } = choice(10, [at(0), catchingUp, at(0)], 10_000);
    expect(await replicaFor(c, r1, ['incidents'], 10, 5_000, signal)).toBe(r1);
  });

  it('moves to another replica that has the position once the primary has held it for the wait', async () => {
    const { c } = choice(10, [at(3), at(3), at(12)]);
    const started = performance.now();
    expect(await replicaFor(c, r0, ['incidents', 'casualties'], 10, 5_000, signal)).toBe(r2);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
  });

  it('gives the primary when no replica has the position, and skips replicas that fail', async () => {
    const { c, failed } = choice(10, [at(3), broken, at(9)]);
    expect(await replicaFor(c, r0, ['incidents'], 10, 5_000, signal)).toBeNull();
    expect(failed).toEqual([1]);
    const second = choice(10, [broken, at(10), at(10)]);
    expect(await replicaFor(second.c, r0, ['incidents'], 10, 5_000, signal)).toBe(r1);
    expect(second.failed).toEqual([0]);
  });

  it('gives the primary when nothing has the position within the timeout (the caller then answers 504)', async () => {
    const { c } = choice(5, [at(3), at(3), at(3)]);
    expect(await replicaFor(c, r0, ['incidents'], 10, 40, signal)).toBeNull();
  });
});
