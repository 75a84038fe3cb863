import { AsyncLocalStorage } from 'node:async_hooks';
import type { Kysely } from 'kysely';
import type { SitrepConfig } from '@sitrep/config';
import { connect } from '@sitrep/database';
import { isDatabaseUnavailable } from '../http/database-unavailable.js';

/** Which database answered a read; sent to the client as the `Sitrep-Read-Source` header. */
export type ReadSource = 'primary' | 'replica';

export const READ_SOURCE_HEADER = 'sitrep-read-source';

/** The route of one request's reads; a read that finds the replica behind moves it to the primary. */
export interface ReadRoute {
  source: ReadSource;
  /** Called when the source changes after the route was opened (the header must follow). */
  onChange?: (source: ReadSource) => void;
}

/**
 * Sends the reads of a query request to the hot-standby replica
 * (DATABASE_READ_URL) or to the primary. A request's route lives in an
 * AsyncLocalStorage opened by the `@WaitFor` interceptor, so the query code
 * reads `router.db` and never chooses; outside a route (commands, the CLI, the
 * projection runner) `db` is the primary.
 *
 * ```ts
 * router.run({ source: 'replica' }, () => listIncidents(router.db, filter));   // reads the replica
 * listIncidents(router.db, filter);                                            // reads the primary
 * ```
 */
export class ReadRouter {
  private readonly routes = new AsyncLocalStorage<ReadRoute>();
  /** After a replica failure, reads go to the primary until then (ms since the epoch). */
  private replicaDownUntil = 0;

  constructor(
    readonly primary: Kysely<any>,
    /** Null without DATABASE_READ_URL: every read goes to the primary. */
    readonly replica: Kysely<any> | null,
    /** The longest a `waitFor` read waits for the replica before it answers from the primary. */
    readonly replicaWaitMs: number,
  ) {}

  /** Opens the replica's pool when DATABASE_READ_URL is set. */
  static fromConfig(config: SitrepConfig, primary: Kysely<any>): ReadRouter {
    const replica = config.databaseReadUrl
      ? connect(config.databaseReadUrl, { poolSize: config.dbPoolSize, applicationName: 'sitrep-read' }).db
      : null;
    return new ReadRouter(primary, replica, config.replicaWaitMs ?? 1000);
  }

  /** Where a new request should read: the replica unless there is none or it failed in the last seconds. */
  get preferred(): ReadSource {
    return this.replica && Date.now() >= this.replicaDownUntil ? 'replica' : 'primary';
  }

  /** The replica could not answer (down, restarting, a query cancelled by recovery): use the primary for a while. */
  replicaFailed(error: unknown, forMs = 5_000): boolean {
    if (!isReplicaFailure(error)) return false;
    this.replicaDownUntil = Date.now() + forMs;
    return true;
  }

  /** The database this request reads from. */
  get db(): Kysely<any> {
    return this.replica && this.routes.getStore()?.source === 'replica' ? this.replica : this.primary;
  }

  get source(): ReadSource {
    return this.replica && this.routes.getStore()?.source === 'replica' ? 'replica' : 'primary';
  }

  run<T>(route: ReadRoute, fn: () => T): T {
    return this.routes.run(route, fn);
  }

  /** The replica cannot give this request what it needs: the rest of its reads go to the primary. */
  usePrimary(): void {
    const route = this.routes.getStore();
    if (!route || route.source === 'primary') return;
    route.source = 'primary';
    route.onChange?.('primary');
  }

  async close(): Promise<void> {
    await this.replica?.destroy().catch(() => undefined);
  }
}

/** Unreachable, or a hot standby cancelling a query that conflicts with the WAL it replays (40001, 40P01). */
function isReplicaFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code ?? (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return isDatabaseUnavailable(error) || code === '40001' || code === '40P01';
}
