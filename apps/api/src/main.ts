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
 * SITREP_SHUTDOWN_TIMEOUT_MS (see shutdownOnSignal), then exit; from the start,
 * not only once listening: a signal during start-up lets createApp finish (what
 * it is opening cannot be closed half-way), then closes everything it opened
 * (pool, projection worker, extraction workers, an embedded PostgreSQL) and
 * exits 0 without listening. Null then, the process being on its way out.
 */
export async function startApi(config: SitrepConfig, overrides: { port?: number; host?: string } = {}): Promise<RunningApi | null> {
  const port = overrides.port ?? config.port;
  const host = overrides.host ?? config.host;
  let app: NestFastifyApplication | undefined;
  let starting: Promise<void> | null = null;
  const shutdown = shutdownOnSignal(async () => app?.close(), {
    timeoutMs: config.shutdownTimeoutMs ?? 10_000,
    startup: () => starting,
  });
  starting = (async () => {
    app = await createApp(config);
    if (!shutdown.requested) await listen(app, host, port);
  })();
  try {
    await starting;
  } finally {
    starting = null;
  }
  if (shutdown.requested || !app) return null;
  const address = app.getHttpServer().address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  const running = app;
  return { app: running, url: `http://${shownHost}:${boundPort}`, close: () => running.close() };
}

async function listen(app: NestFastifyApplication, host: string, port: number): Promise<void> {
  try {
    // fastify's own listen: Nest's would log the failure as a multi-line error before we can say it in one.
    await (app.getHttpAdapter().getInstance() as unknown as FastifyInstance).listen({ port, host });
  } catch (error) {
    // Close what createApp opened (the pool, the projection worker, an embedded PostgreSQL) so the process can end.
    await app.close().catch(() => undefined);
    throw new ListenError(host, port, error);
  }
}
