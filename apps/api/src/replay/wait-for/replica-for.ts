import { pollWithBackoff } from '@sitrep/projections';
import type { Replica } from '../../infrastructure/read-router.js';
import type { ProjectionPositions } from './projection-positions.port.js';

/** What choosing a replica for a `waitFor` read looks at. */
export interface ReplicaChoice {
  /** The primary's projection positions. */
  primary: ProjectionPositions;
  /** Each replica's own projection positions (its replayed checkpoints). */
  positionsOf(replica: Replica): ProjectionPositions;
  /** The healthy replicas other than `except`, where a read may go when its own replica is behind. */
  others(except: Replica): readonly Replica[];
  /** How long the primary may have had the position while the chosen replica lacks it (SITREP_REPLICA_WAIT_MS). */
  replicaWaitMs: number;
  /** A replica failed to answer: it is skipped for a while. */
  failed(error: unknown, replica: Replica): void;
}

/**
 * The replica a `waitFor` read is answered from: `chosen` once its own
 * checkpoints have reached `position`; when the primary has had the position for
 * `replicaWaitMs` while `chosen` still lacks it (replay lag, a paused or failed
 * replica), another healthy replica that already has it; else null (the
 * primary answers). While the projections themselves are behind, every database
 * is, and `chosen` is still waited for, up to `timeoutMs`.
 *
 * ```ts
 * moveRoute(route, await replicaFor(choice, route.replica, ['incidents'], position, 5000, signal));
 * ```
 */
export async function replicaFor(
  choice: ReplicaChoice,
  chosen: Replica,
  projections: readonly string[],
  position: number,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<Replica | null> {
  if (await waitForReplica(choice, chosen, projections, position, timeoutMs, signal)) return chosen;
  for (const other of choice.others(chosen)) {
    try {
      if (await reachedAll(choice.positionsOf(other), projections, position)) return other;
    } catch (error) {
      choice.failed(error, other);
    }
  }
  return null;
}

/** Whether `replica` reached the position before the primary had held it for `replicaWaitMs` (or `timeoutMs` ran out). */
async function waitForReplica(
  choice: ReplicaChoice,
  replica: Replica,
  projections: readonly string[],
  position: number,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<boolean> {
  const positions = choice.positionsOf(replica);
  let primarySince: number | null = null;
  const answer = await pollWithBackoff(
    async () => {
      try {
        if (await reachedAll(positions, projections, position)) return true;
      } catch (error) {
        choice.failed(error, replica);
        return false;
      }
      const now = performance.now();
      if (primarySince === null && (await reachedAll(choice.primary, projections, position))) primarySince = now;
      return primarySince !== null && now - primarySince >= choice.replicaWaitMs ? false : undefined;
    },
    { timeoutMs, signal },
  );
  return answer ?? false;
}

async function reachedAll(positions: ProjectionPositions, projections: readonly string[], position: number): Promise<boolean> {
  for (const projection of projections) if ((await positions.position(projection)) < position) return false;
  return true;
}
