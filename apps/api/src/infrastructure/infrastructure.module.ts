import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { DatabaseHandle } from '@sitrep/database';
import type { SitrepConfig } from '@sitrep/config';
import type { EventStore } from '@sitrep/event-store';
import { REPORT_EXTRACTOR_OVERRIDE, type ReportExtractor } from '../reports/application/extractor.port.js';
import { createEventStore } from './event-store.factory.js';
import { ReadRouter } from './read-router.js';
import { CONFIG, DATABASE_HANDLE, EVENT_STORE, KYSELY, POSTGRES_SQL, READ_ROUTER } from './tokens.js';

export interface InfrastructureOptions {
  config: SitrepConfig;
  handle: DatabaseHandle;
  /** Close the handle (and stop an embedded PostgreSQL) when the app shuts down. */
  ownsHandle: boolean;
  /** Replaces the PostgreSQL event store (tests of failure paths). */
  eventStore?: EventStore;
  /** Replaces the in-process extractor (tests). */
  extractor?: ReportExtractor;
}

const OPTIONS = Symbol('INFRASTRUCTURE_OPTIONS');

/**
 * The one provider module for infrastructure: configuration, database pool and
 * event store under the tokens of ./tokens.ts. Global: import it once (AppModule
 * and the CLI context do) and inject anywhere.
 */
@Global()
@Module({})
export class InfrastructureModule implements OnApplicationShutdown {
  static forRoot(options: InfrastructureOptions): DynamicModule {
    return {
      module: InfrastructureModule,
      providers: [
        { provide: OPTIONS, useValue: options },
        { provide: CONFIG, useValue: options.config },
        { provide: DATABASE_HANDLE, useValue: options.handle },
        { provide: KYSELY, useValue: options.handle.db },
        { provide: POSTGRES_SQL, useValue: options.handle.sql },
        { provide: EVENT_STORE, useValue: options.eventStore ?? createEventStore(options.handle) },
        { provide: READ_ROUTER, useFactory: () => ReadRouter.fromConfig(options.config, options.handle.db) },
        ...(options.extractor ? [{ provide: REPORT_EXTRACTOR_OVERRIDE, useValue: options.extractor }] : []),
      ],
      exports: [
        CONFIG,
        DATABASE_HANDLE,
        KYSELY,
        POSTGRES_SQL,
        EVENT_STORE,
        READ_ROUTER,
        ...(options.extractor ? [REPORT_EXTRACTOR_OVERRIDE] : []),
      ],
    };
  }

  constructor(
    @Inject(OPTIONS) private readonly options: InfrastructureOptions,
    @Inject(READ_ROUTER) private readonly reads: ReadRouter,
  ) {}

  // Runs after every HTTP connection has drained (fastify close), so in-flight requests still had their pool.
  async onApplicationShutdown(): Promise<void> {
    await this.reads.close();
    if (this.options.ownsHandle) await this.options.handle.close();
  }
}
