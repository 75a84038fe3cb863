import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { SitrepConfig } from '@sitrep/config';
import type { FastifyInstance } from 'fastify';
import { createApp } from './create-app.js';
import { shutdownOnSignal } from './http/shutdown-on-signal.js';

/** The HTTP port could not be bound; `code` is the system's (EADDRINUSE, EACCES, EADDRNOTAVAIL). */
export class ListenError extends Error {
  override readonly name = 'ListenError';
  readonly code: string;
  constructor(host: string, port: number, cause: unknown) {
    const code = (cause as { code?: string } | null)?.code ?? 'LISTEN_FAILED';
    const why: Record<string, string> = {
      EADDRINUSE: 'is already in use (stop the other server, or choose another port with --port or PORT)',
      EACCES: 'needs privileges this process does not have (choose a port above 1023)',
      EADDRNOTAVAIL: 'cannot be bound: the host is not an address of this machine (check --host or HOST)',
    };
    super(`cannot listen on ${host}:${port}: the port ${why[code] ?? `failed (${String((cause as Error)?.message ?? cause)})`}`, { cause });
    this.code = code;
  }
}

export interface RunningApi {
  app: NestFastifyApplication;
  url: string;
  /** Stops accepting connections, lets in-flight requests finish, then closes the database. */
  close(): Promise<void>;
}

/**
 * What `sitrep serve` runs: opens the database (embedded when DATABASE_URL is
 * unset), migrates, listens. SIGINT/SIGTERM shut down gracefully, within
 * SITREP_SHUTDOWN_TIMEOUT_MS (see shutdownOnSignal), then exit.
 */
export async function startApi(config: SitrepConfig, overrides: { port?: number; host?: string } = {}): Promise<RunningApi> {
  const app = await createApp(config);
  const port = overrides.port ?? config.port;
  const host = overrides.host ?? config.host;
  try {
    // fastify's own listen: Nest's would log the failure as a multi-line error before we can say it in one.
    await (app.getHttpAdapter().getInstance() as unknown as FastifyInstance).listen({ port, host });
  } catch (error) {
    // Close what createApp opened (the pool, the projection worker, an embedded PostgreSQL) so the process can end.
    await app.close().catch(() => undefined);
    throw new ListenError(host, port, error);
  }
  const address = app.getHttpServer().address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  shutdownOnSignal(() => app.close(), { timeoutMs: config.shutdownTimeoutMs ?? 10_000 });
  return { app, url: `http://${shownHost}:${boundPort}`, close: () => app.close() };
}
