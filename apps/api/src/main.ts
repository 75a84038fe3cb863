import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { SitrepConfig } from '../../../libs/database/src/index.js';
import { createApp } from './create-app.js';

export interface RunningApi {
  app: NestFastifyApplication;
  url: string;
  /** Stops accepting connections, lets in-flight requests finish, then closes the database. */
  close(): Promise<void>;
}

/**
 * What `sitrep serve` runs: opens the database (embedded when DATABASE_URL is
 * unset), migrates, listens. SIGINT/SIGTERM shut down gracefully through
 * Nest's shutdown hooks (fastify close drains in-flight requests first).
 */
export async function startApi(config: SitrepConfig, overrides: { port?: number; host?: string } = {}): Promise<RunningApi> {
  const app = await createApp(config);
  const port = overrides.port ?? config.port;
  const host = overrides.host ?? config.host;
  await app.listen({ port, host });
  const address = app.getHttpServer().address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return { app, url: `http://${shownHost}:${boundPort}`, close: () => app.close() };
}
