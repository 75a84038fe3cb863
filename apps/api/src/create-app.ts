import { NestFactory, Reflector } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { FastifyInstance } from 'fastify';
import type { IncomingMessage } from 'node:http';
import { Logger as PinoLogger } from 'nestjs-pino';
import { openDatabase, type DatabaseHandle } from '@sitrep/database';
import { tileOrigin, type SitrepConfig } from '@sitrep/config';
import type { EventStore } from '@sitrep/event-store';
import { AppModule, requestIdOf } from './app.module.js';
import type { ReportExtractor } from './reports/application/extractor.port.js';
import { verifyStore } from './infrastructure/event-store.factory.js';
import { acceptedMediaTypesOf, type AcceptedMediaTypes, DEFAULT_BODY_LIMIT, registerBodyParsers } from './http/body-parsers.js';
import { registerDatabaseBreaker } from './http/database-breaker.js';
import { answerClientError, answerFrameworkError } from './http/framework-errors.js';
import { acceptRawUtf8Urls } from './http/raw-utf8-url.js';
import { registerNulInUrlGuard } from './http/nul-in-url.js';
import { registerNodeRole } from './http/node-role.js';
import { registerGracefulShutdown } from './http/graceful-shutdown.js';
import { ProblemDetailsDto } from './http/api-problem.decorator.js';
import { completeOpenApi } from './http/openapi-completion.js';
import { KnownQueryParametersInterceptor } from './http/known-query-parameters.interceptor.js';
import { ProblemDetailsFilter } from './http/problem-details.filter.js';
import { registerWriteRateLimit } from './http/rate-limit.js';
import { registerDocsSlashRedirect } from './http/docs-redirect.js';
import { registerRouteTable } from './http/route-table.js';
import { registerSecurityHeaders } from './http/security-headers.js';
import { registerHttpMetrics } from './observability/http-metrics.js';
import { registerDashboard } from './dashboard/dashboard.static.js';
import { MetricsService } from './observability/metrics.service.js';

export interface CreateAppOptions {
  /** Replace the event store (tests). */
  eventStore?: EventStore;
  /** Replace the in-process extractor (tests). */
  extractor?: ReportExtractor;
  /** Close `handle` on shutdown; default: only when createApp opened it itself. */
  ownsHandle?: boolean;
  /** Request logs; default on. */
  httpLogging?: boolean;
}

/**
 * Builds the HTTP app (initialised, not listening). Without `handle`, opens the
 * database from `config` (embedded PostgreSQL when DATABASE_URL is unset) and
 * closes it on shutdown.
 *
 * ```ts
 * const app = await createApp(loadConfig(), handle);
 * const res = await app.inject({ method: 'GET', url: '/health' });   // tests
 * await app.listen(config.port, config.host);                        // sitrep serve
 * ```
 */
export async function createApp(
  config: SitrepConfig,
  handle?: DatabaseHandle,
  options: CreateAppOptions = {},
): Promise<NestFastifyApplication> {
  const ownsHandle = options.ownsHandle ?? !handle;
  const db = handle ?? (await openDatabase(config, { migrate: true, log: (m) => process.stderr.write(`sitrep: ${m}\n`) }));
  try {
    if (!options.eventStore) await verifyStore(db);
    const bodyLimit = config.bodyLimit ?? DEFAULT_BODY_LIMIT;
    const adapter = new FastifyAdapter({
      bodyLimit,
      // Slow senders (slowloris) lose their socket once the whole request has not arrived in time.
      requestTimeout: config.requestTimeoutMs ?? 30_000,
      // Router errors (over-long path segment, bad percent-encoding) as problem+json with the security headers.
      frameworkErrors: answerFrameworkError,
      // Requests Node's parser refuses (never a request object) get the same problem+json shape.
      clientErrorHandler: answerClientError,
      genReqId: (req: IncomingMessage) => requestIdOf(req),
      // Answer in-flight requests on close, refuse new ones; keep-alive sockets are closed when idle.
      return503OnClosing: true,
      forceCloseConnections: 'idle',
      routerOptions: { ignoreTrailingSlash: true },
    });
    const app = await NestFactory.create<NestFastifyApplication>(
      AppModule.register({
        config,
        handle: db,
        ownsHandle,
        eventStore: options.eventStore,
        extractor: options.extractor,
        httpLogging: options.httpLogging,
      }),
      adapter,
      {
        bodyParser: false,
        bufferLogs: true,
        // Off unless SITREP_CORS_ORIGINS lists origins: then only those, without credentials.
        cors: config.corsOrigins?.length ? { origin: config.corsOrigins, credentials: false, maxAge: 600 } : false,
        abortOnError: false,
      },
    );
    app.useLogger(app.get(PinoLogger));
    acceptRawUtf8Urls(app.getHttpServer());
    app.useGlobalFilters(new ProblemDetailsFilter());
    app.useGlobalInterceptors(new KnownQueryParametersInterceptor(app.get(Reflector)));

    const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
    const acceptedMediaTypes: AcceptedMediaTypes = new Map();
    registerBodyParsers(fastify, bodyLimit, acceptedMediaTypes);
    registerSecurityHeaders(fastify, config.tileUrl ? [tileOrigin(config.tileUrl)] : []);
    registerRouteTable(fastify);
    registerDocsSlashRedirect(fastify);
    registerGracefulShutdown(fastify);
    registerNulInUrlGuard(fastify);
    registerNodeRole(fastify, config.role ?? 'all');
    await registerWriteRateLimit(fastify, { ratePerSecond: config.writeRateLimit ?? 20, burst: config.writeRateBurst ?? 120 });
    // During a database outage: quick 503s instead of requests queueing on a reconnecting pool; closes itself when SELECT 1 answers.
    registerDatabaseBreaker(fastify, { probe: () => db.sql`SELECT 1` });
    registerHttpMetrics(fastify, app.get(MetricsService));

    const document = completeOpenApi(
      SwaggerModule.createDocument(
        app,
        new DocumentBuilder()
          .setTitle('Sitrep API')
          .setDescription('Event-sourced conflict-incident tracker. Errors are application/problem+json (RFC 9457) with a stable `code`.')
          .setVersion('0.1.0')
          .addBearerAuth(
            { type: 'http', scheme: 'bearer', description: 'SITREP_ADMIN_TOKEN, sent as `Authorization: Bearer <token>`' },
            'admin',
          )
          .build(),
        { extraModels: [ProblemDetailsDto] },
      ),
    );
    for (const [route, types] of acceptedMediaTypesOf(document)) acceptedMediaTypes.set(route, types);
    SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json', yamlDocumentUrl: 'docs/openapi.yaml' });

    // The dashboard (apps/web, built into dist/web) at `/`.
    await registerDashboard(fastify);

    await app.init();
    await fastify.ready();
    return app;
  } catch (error) {
    if (ownsHandle) await db.close();
    throw error;
  }
}
