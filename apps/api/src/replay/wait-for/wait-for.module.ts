import { Global, Module } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { KYSELY } from '../../infrastructure/tokens.js';
import { PROJECTION_POSITIONS, WAIT_FOR_OPTIONS, waitForOptionsFromEnv } from './projection-positions.port.js';
import { SqlProjectionPositions } from './sql-projection-positions.js';
import { WaitForInterceptor } from './wait-for.interceptor.js';

/**
 * Global so that any query controller can put `@WaitFor('<projection>')` on a
 * route without importing anything: the interceptor is built in the
 * controller's module and needs these providers there.
 */
@Global()
@Module({
  providers: [
    { provide: PROJECTION_POSITIONS, useFactory: (db: Kysely<any>) => new SqlProjectionPositions(db), inject: [KYSELY] },
    { provide: WAIT_FOR_OPTIONS, useFactory: () => waitForOptionsFromEnv() },
    WaitForInterceptor,
  ],
  exports: [PROJECTION_POSITIONS, WAIT_FOR_OPTIONS, WaitForInterceptor],
})
export class WaitForModule {}
