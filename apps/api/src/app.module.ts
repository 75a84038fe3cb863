import { Module, RequestMethod, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { HealthModule } from './health/health.module.js';
import { DashboardConfigModule } from './dashboard/dashboard-config.controller.js';
import { InfrastructureModule, type InfrastructureOptions } from './infrastructure/infrastructure.module.js';
import { ObservabilityModule } from './observability/observability.module.js';
import { ReextractReportModule } from './reports/commands/reextract-report/reextract-report.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { ReplayModule } from './replay/replay.module.js';
import { ReadSideModule } from './queries/read-side.module.js';
import { ExportsModule } from './exports/exports.module.js';

/**
 * Feature modules of the HTTP app and of the CLI's application context. Add
 * yours here (one line); inject infrastructure through ./infrastructure/tokens.ts,
 * MetricsService, CommandBus/QueryBus/EventBus — all global.
 */
export const FEATURE_MODULES: NonNullable<ModuleMetadata['imports']> = [
  ReportsModule,
  ReextractReportModule,
  ReplayModule,
  ReadSideModule,
  ExportsModule,
  // read side: projections, incidents, replay
];

export interface AppModuleOptions extends InfrastructureOptions {
  /** Structured request logs (off for the CLI context, which prints its own summary). */
  httpLogging?: boolean;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** A caller's X-Request-Id is kept when it is sane, otherwise a fresh UUID. */
export function requestIdOf(req: IncomingMessage & { id?: unknown }): string {
  const header = req.headers['x-request-id'];
  const given = Array.isArray(header) ? header[0] : header;
  if (typeof given === 'string' && REQUEST_ID.test(given)) return given;
  return typeof req.id === 'string' && req.id !== '' ? req.id : randomUUID();
}

@Module({})
export class AppModule {
  static register(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        InfrastructureModule.forRoot(options),
        CqrsModule.forRoot(),
        ObservabilityModule,
        LoggerModule.forRoot({
          // nestjs-pino's default route pattern ('{/*splat}') matches nothing under this fastify adapter.
          forRoutes: [{ path: '{*splat}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: options.config.logLevel,
            autoLogging: (options.httpLogging ?? true) ? { ignore: (req) => req.url === '/metrics' } : false,
            genReqId: (req) => requestIdOf(req),
            redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
            serializers: {
              req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
            },
          },
        }),
        HealthModule,
        DashboardConfigModule,
        ...FEATURE_MODULES,
      ],
    };
  }
}
