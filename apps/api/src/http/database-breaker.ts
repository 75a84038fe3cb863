import {
  circuitBreaker,
  CircuitState,
  ConsecutiveBreaker,
  handleAll,
  timeout,
  TimeoutStrategy,
  type CircuitBreakerPolicy,
  type TimeoutPolicy,
} from 'cockatiel';
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
}

/**
 * A circuit breaker in front of the database (cockatiel's, opened by one
 * failure): once a request has failed with 503 SERVICE_UNAVAILABLE (the database
 * is unreachable), further requests are answered 503 at once instead of queueing
 * on a pool that is reconnecting with backoff — answers stay quick during an
 * outage. Every `probeIntervalMs` while open, a probe runs as the half-open trial
 * and closes the breaker as soon as the database answers, so the service
 * recovers without a restart.
 */
export class DatabaseBreaker {
  private readonly policy: CircuitBreakerPolicy;
  private readonly probeTimeout: TimeoutPolicy;
  private readonly probeIntervalMs: number;
  private timer: NodeJS.Timeout | null = null;
  trips = 0;

  constructor(private readonly options: DatabaseBreakerOptions) {
    this.probeIntervalMs = options.probeIntervalMs ?? 500;
    this.policy = circuitBreaker(handleAll, { halfOpenAfter: this.probeIntervalMs, breaker: new ConsecutiveBreaker(1) });
    this.probeTimeout = timeout(options.probeTimeoutMs ?? 1_000, TimeoutStrategy.Aggressive);
    this.policy.onBreak(() => this.schedule());
  }

  /** Open or half-open (a probe is running): requests fast-fail. */
  get open(): boolean {
    return this.policy.state !== CircuitState.Closed;
  }

  trip(): void {
    if (this.open) return;
    this.trips++;
    void this.policy.execute(() => Promise.reject(new Error('database unavailable'))).catch(() => undefined);
  }

  /** Stops probing (app shutdown). */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.probeOnce().finally(() => {
        if (this.open) this.schedule();
      });
    }, this.probeIntervalMs);
    this.timer.unref();
  }

  /** One probe (when the breaker is due for a trial); closes the breaker when the database answers. */
  async probeOnce(): Promise<void> {
    await this.policy.execute(() => this.probeTimeout.execute(() => this.options.probe())).catch(() => undefined);
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
