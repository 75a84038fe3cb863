import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DATABASE_RETRY_AFTER_SECONDS } from './database-unavailable.js';
import { PROBLEM_CONTENT_TYPE, problemType, titleFor, type ProblemDetails } from './problem-details.js';

export interface DatabaseBreakerOptions {
  /** Checks the database, e.g. `SELECT 1`; must settle by itself (a timeout is added). */
  probe: () => PromiseLike<unknown>;
  /** Time between probes while open (ms). */
  probeIntervalMs?: number;
  probeTimeoutMs?: number;
  /** Paths that never fast-fail (they report the outage themselves or need no database). */
  exempt?: (path: string) => boolean;
  now?: () => number;
}

/**
 * A circuit breaker in front of the database: once a request has failed with
 * 503 SERVICE_UNAVAILABLE (the database is unreachable), further requests are
 * answered 503 at once instead of queueing on a pool that is reconnecting with
 * backoff — answers stay quick during an outage. A probe runs every
 * `probeIntervalMs` while open and closes the breaker as soon as the database
 * answers, so the service recovers without a restart.
 */
export class DatabaseBreaker {
  private openSince: number | null = null;
  private probing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly now: () => number;
  trips = 0;

  constructor(private readonly options: DatabaseBreakerOptions) {
    this.now = options.now ?? Date.now;
  }

  get open(): boolean {
    return this.openSince !== null;
  }

  trip(): void {
    if (this.openSince !== null) return;
    this.openSince = this.now();
    this.trips++;
    this.schedule();
  }

  close(): void {
    this.openSince = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Stops probing (app shutdown). */
  dispose(): void {
    this.close();
  }

  private schedule(): void {
    if (this.timer || this.openSince === null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.probeOnce().finally(() => this.schedule());
    }, this.options.probeIntervalMs ?? 500);
    this.timer.unref();
  }

  /** One probe; closes the breaker when the database answers. */
  probeOnce(): Promise<void> {
    return (this.probing ??= (async () => {
      let timeout: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          Promise.resolve(this.options.probe()),
          new Promise((_, reject) => {
            timeout = setTimeout(() => reject(new Error('probe timeout')), this.options.probeTimeoutMs ?? 1_000);
          }),
        ]);
        this.close();
      } catch {
        /* still down */
      } finally {
        clearTimeout(timeout);
        this.probing = null;
      }
    })());
  }

  isExempt(path: string): boolean {
    return this.options.exempt?.(path) ?? false;
  }
}

const DEFAULT_EXEMPT = (path: string) => path === '/health' || path === '/metrics' || path === '/docs' || path.startsWith('/docs/');

/** Registers the breaker: trips on any 503 SERVICE_UNAVAILABLE answer, fast-fails requests while open. */
export function registerDatabaseBreaker(fastify: FastifyInstance, options: DatabaseBreakerOptions): DatabaseBreaker {
  const breaker = new DatabaseBreaker({ exempt: DEFAULT_EXEMPT, ...options });
  fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!breaker.open) return;
    const path = (request.url ?? '/').split('?')[0]!;
    if (breaker.isExempt(path)) return;
    const problem: ProblemDetails = {
      type: problemType('SERVICE_UNAVAILABLE'),
      title: titleFor(503),
      status: 503,
      detail: 'The database is unavailable right now; retry shortly.',
      code: 'SERVICE_UNAVAILABLE',
      instance: path,
      requestId: String(request.id),
      retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
    };
    await reply
      .status(503)
      .header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS))
      .header('content-type', PROBLEM_CONTENT_TYPE)
      .send(JSON.stringify(problem));
    return reply;
  });
  fastify.addHook('onSend', async (_request, reply, payload) => {
    if (reply.statusCode === 503 && typeof payload === 'string' && payload.includes('"SERVICE_UNAVAILABLE"')) breaker.trip();
    return payload;
  });
  fastify.addHook('onClose', async () => breaker.dispose());
  return breaker;
}
