import { AsyncLocalStorage } from 'node:async_hooks';
import type { Kysely } from 'kysely';
import type { SitrepConfig } from '@sitrep/config';
import { connect } from '@sitrep/database';
import { isDatabaseUnavailable } from '../http/database-unavailable.js';

/** Which database answered a read; sent to the client as the `Sitrep-Read-Source` header. */
export type ReadSource = 'primary' | 'replica';

export const READ_SOURCE_HEADER = 'sitrep-read-source';

/** One hot-standby replica of DATABASE_READ_URL; `index` is its place in that list (0-based). */
export interface Replica {
  readonly index: number;
  readonly db: Kysely<any>;
}

/** The route of one request's reads; a read that finds its replica behind moves to another or to the primary. */
export interface ReadRoute {
  /** The replica read; none: the primary (see sourceOf). */
  replica?: Replica;
  /** Called when the source changes after the route was opened (the header must follow). */
  onChange?: (source: ReadSource) => void;
}

/** Where a route's reads go. */
export const sourceOf = (route: ReadRoute): ReadSource => (route.replica ? 'replica' : 'primary');

/**
 * Sends the reads of a query request to one of the hot-standby replicas
 * (DATABASE_READ_URL, comma-separated) or to the primary. New routes take the
 * healthy replicas in turn (round robin); a replica that failed is skipped for a
 * few seconds. A request's route lives in an AsyncLocalStorage opened by the
 * `@WaitFor` interceptor, so the query code reads `router.db` and never
 * chooses; outside a route (commands, the CLI, the projection runner) `db` is the primary.
 *
 * ```ts
 * router.run(router.route(), () => listIncidents(router.db, filter));   // reads the next healthy replica
 * listIncidents(router.db, filter);                                     // reads the primary
 * ```
 */
export class ReadRouter {
  private readonly routes = new AsyncLocalStorage<ReadRoute>();
  /** After a replica's failure, routes skip it until then (ms since the epoch), by replica index. */
  private readonly downUntil: number[];
  private turn = 0;

  constructor(
    readonly primary: Kysely<any>,
    /** Empty without DATABASE_READ_URL: every read goes to the primary. */
    readonly replicas: readonly Replica[],
    /** The longest a `waitFor` read waits for its replica before it tries another replica, then the primary. */
    readonly replicaWaitMs: number,
  ) {
    this.downUntil = replicas.map(() => 0);
  }

  /** Opens one pool per replica of DATABASE_READ_URL. */
  static fromConfig(config: SitrepConfig, primary: Kysely<any>): ReadRouter {
    const replicas = (config.databaseReadUrls ?? []).map((url, index) => ({
      index,
      db: connect(url, { poolSize: config.dbPoolSize, applicationName: 'sitrep-read' }).db,
    }));
    return new ReadRouter(primary, replicas, config.replicaWaitMs ?? 1000);
  }

  /** A new request's route: the next healthy replica in turn, or the primary when none is. */
  route(onChange?: (source: ReadSource) => void): ReadRoute {
    const replica = this.nextHealthy();
    return { replica: replica ?? undefined, onChange };
  }

  /** The healthy replicas other than `except`, in list order (where a read may go when its own replica is behind). */
  healthyReplicas(except?: Replica): Replica[] {
    const now = Date.now();
    return this.replicas.filter((r) => r !== except && now >= this.downUntil[r.index]!);
  }

  /** The replica could not answer (down, restarting, a query cancelled by recovery): routes skip it for a while. */
  replicaFailed(error: unknown, replica: Replica | undefined, forMs = 5_000): boolean {
    if (!replica || !isReplicaFailure(error)) return false;
    this.downUntil[replica.index] = Date.now() + forMs;
    return true;
  }

  /** The database this request reads from. */
  get db(): Kysely<any> {
    return this.replica?.db ?? this.primary;
  }

  get source(): ReadSource {
    return this.replica ? 'replica' : 'primary';
  }

  /** The replica this request reads, if it reads one. */
  get replica(): Replica | undefined {
    return this.routes.getStore()?.replica;
  }

  run<T>(route: ReadRoute, fn: () => T): T {
    return this.routes.run(route, fn);
  }

  /** This request's replica cannot give it what it needs, `other` can: the rest of its reads go there. */
  useReplica(other: Replica): void {
    const route = this.routes.getStore();
    if (route) moveRoute(route, other);
  }

  /** No replica can give this request what it needs: the rest of its reads go to the primary. */
  usePrimary(): void {
    const route = this.routes.getStore();
    if (route) moveRoute(route, null);
  }

  async close(): Promise<void> {
    await Promise.all(this.replicas.map((r) => r.db.destroy().catch(() => undefined)));
  }

  private nextHealthy(): Replica | null {
    const now = Date.now();
    for (let i = 0; i < this.replicas.length; i++) {
      const replica = this.replicas[(this.turn + i) % this.replicas.length]!;
      if (now < this.downUntil[replica.index]!) continue;
      this.turn = replica.index + 1;
      return replica;
    }
    return null;
  }
}

/** Points `route` at `replica`, or at the primary when null; the header follows a change of source. */
export function moveRoute(route: ReadRoute, replica: Replica | null): void {
  const before = sourceOf(route);
  route.replica = replica ?? undefined;
  if (sourceOf(route) !== before) route.onChange?.(sourceOf(route));
}

/** Unreachable, or a hot standby cancelling a query that conflicts with the WAL it replays (40001, 40P01). */
function isReplicaFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code ?? (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return isDatabaseUnavailable(error) || code === '40001' || code === '40P01';
}
