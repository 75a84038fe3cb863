import { Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { openDatabase, type DatabaseHandle } from '@sitrep/database';
import { type SitrepConfig } from '@sitrep/config';
import { verifyStore } from '../../../infrastructure/event-store.factory.js';
import { InfrastructureModule } from '../../../infrastructure/infrastructure.module.js';
import { ObservabilityModule } from '../../../observability/observability.module.js';
import { ReextractReportModule } from './reextract-report.module.js';

@Module({})
class ReextractContextModule {
  static register(config: SitrepConfig, handle: DatabaseHandle, ownsHandle: boolean): DynamicModule {
    return {
      module: ReextractContextModule,
      imports: [
        InfrastructureModule.forRoot({ config, handle, ownsHandle }),
        CqrsModule.forRoot(),
        ObservabilityModule,
        ReextractReportModule,
      ],
    };
  }
}

/**
 * The re-extraction use case without HTTP, for `sitrep reextract` (same
 * handler, buses and store as `POST /reports/:id/reextract`), built like
 * createWriteContext. Close it to close the database it opened.
 */
export async function createReextractContext(config: SitrepConfig, handle?: DatabaseHandle): Promise<INestApplicationContext> {
  const db = handle ?? (await openDatabase(config, { migrate: true, log: (m) => process.stderr.write(`sitrep: ${m}\n`) }));
  try {
    await verifyStore(db);
    const context = await NestFactory.createApplicationContext(ReextractContextModule.register(config, db, !handle), {
      logger: ['error', 'warn'],
      abortOnError: false,
    });
    return context;
  } catch (error) {
    if (!handle) await db.close();
    throw error;
  }
}
