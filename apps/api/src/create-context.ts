import { Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { openDatabase, type DatabaseHandle } from '@sitrep/database';
import { type SitrepConfig } from '@sitrep/config';
import { verifyStore } from './infrastructure/event-store.factory.js';
import { InfrastructureModule } from './infrastructure/infrastructure.module.js';
import { ObservabilityModule } from './observability/observability.module.js';
import { ReportsModule } from './reports/reports.module.js';

@Module({})
class WriteContextModule {
  static register(config: SitrepConfig, handle: DatabaseHandle, ownsHandle: boolean): DynamicModule {
    return {
      module: WriteContextModule,
      imports: [InfrastructureModule.forRoot({ config, handle, ownsHandle }), CqrsModule.forRoot(), ObservabilityModule, ReportsModule],
    };
  }
}

/**
 * The write side without HTTP: the same command handlers, buses and event store
 * as the API, for the CLI (`sitrep ingest`). Close it to close the database it opened.
 *
 * ```ts
 * const ctx = await createWriteContext(loadConfig());
 * await ctx.get(CommandBus).execute(SubmitReportCommand.from({ text }, commandMetadata()));
 * await ctx.close();
 * ```
 */
export async function createWriteContext(config: SitrepConfig, handle?: DatabaseHandle): Promise<INestApplicationContext> {
  const db = handle ?? (await openDatabase(config, { migrate: true, log: (m) => process.stderr.write(`sitrep: ${m}\n`) }));
  try {
    await verifyStore(db);
    const context = await NestFactory.createApplicationContext(WriteContextModule.register(config, db, !handle), {
      logger: ['error', 'warn'],
      abortOnError: false,
    });
    context.enableShutdownHooks();
    return context;
  } catch (error) {
    if (!handle) await db.close();
    throw error;
  }
}
