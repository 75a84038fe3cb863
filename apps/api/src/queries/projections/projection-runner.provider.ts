import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { Kysely } from 'kysely';
import type postgres from 'postgres';
import type { EventStore } from '@sitrep/event-store';
import { ProjectionRunner } from '@sitrep/projections';
import { createReadSideProjections } from '@sitrep/projections';
import type { ProjectionDb } from '@sitrep/projections';
import type { SitrepConfig } from '@sitrep/config';
import { connect, type DatabaseHandle } from '@sitrep/database';
import { CONFIG, DATABASE_HANDLE, EVENT_STORE, KYSELY } from '../../infrastructure/tokens.js';

/**
 * The projection runner of this node. Nodes with role `all` or `projector`
 * start workers; the advisory lock makes one of them apply each projection and
 * the others stand by (a standby takes the lock within `standbyPollMs` of the
 * holder's session ending). Role `api`, or `SITREP_PROJECTION_WORKERS=off`,
 * keeps a node query-only.
 */
@Injectable()
export class ProjectionRunnerProvider implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly runner: ProjectionRunner;
  private readonly logger = new Logger('Projections');

  /**
   * The connections the workers hold their advisory locks on, one per projection, apart from the
   * pool: taken from it, the locks of a small pool (SITREP_DB_POOL_SIZE=2, two projections) left the
   * batches no connection, and the workers, and a shutdown waiting for them, hung.
   */
  private readonly locks: postgres.Sql;

  constructor(
    @Inject(KYSELY) db: Kysely<any>,
    @Inject(DATABASE_HANDLE) handle: DatabaseHandle,
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(CONFIG) private readonly config: SitrepConfig,
  ) {
    const projections = createReadSideProjections();
    // Connects only when a worker first tries its lock (never on an api node).
    this.locks = connect(handle.url, { poolSize: projections.length, applicationName: 'sitrep-locks' }).sql;
    this.runner = new ProjectionRunner({
      db: db as ProjectionDb,
      sql: this.locks,
      store,
      projections,
      // Events per batch (default 1000); small batches let the chaos suite kill a worker mid-batch.
      batchSize: batchSizeFromEnv(process.env.SITREP_PROJECTION_BATCH_SIZE),
      log: (m) => this.logger.log(m),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.role === 'api' || (process.env.SITREP_PROJECTION_WORKERS ?? 'on').toLowerCase() === 'off') {
      await this.runner.init();
      return;
    }
    await this.runner.start();
  }

  // Before the infrastructure closes the pool: the worker finishes its batch and releases its lock.
  async beforeApplicationShutdown(): Promise<void> {
    await this.runner.stop();
    await this.locks.end({ timeout: 1 });
  }
}

/** SITREP_PROJECTION_BATCH_SIZE: a whole number from 1 to 10000; anything else stops the start with a clear message. */
export function batchSizeFromEnv(raw: string | undefined): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw.trim());
  if (!/^\d+$/.test(raw.trim()) || n < 1 || n > 10_000) {
    throw new Error(`SITREP_PROJECTION_BATCH_SIZE=${JSON.stringify(raw)} must be a whole number from 1 to 10000`);
  }
  return n;
}
