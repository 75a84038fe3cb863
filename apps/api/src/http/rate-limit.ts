import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE, problemType, titleFor, type ProblemDetails } from './problem-details.js';

export interface TokenBucketOptions {
  /** Tokens added per second (the sustained rate); 0 turns limiting off. */
  ratePerSecond: number;
  /** Bucket size: how many requests a client may send at once after being idle. */
  burst: number;
  /** Clients remembered at most; the least recently seen is forgotten first, so memory stays bounded. */
  maxClients?: number;
}

export type TakeResult = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * One token bucket per client key, in memory. Clock in milliseconds is injected
 * so the arithmetic is testable without waiting. A forgotten client starts again
 * with a full bucket, which errs on the side of serving.
 *
 * ```ts
 * const buckets = new TokenBuckets({ ratePerSecond: 20, burst: 100 });
 * buckets.take('203.0.113.9'); // { allowed: true, remaining: 99 }
 * ```
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly maxClients: number;

  constructor(
    private readonly options: TokenBucketOptions,
    private readonly now: () => number = () => performance.now(),
  ) {
    if (!(options.ratePerSecond >= 0) || !(options.burst >= 1)) throw new RangeError('ratePerSecond must be >= 0 and burst >= 1');
    this.maxClients = options.maxClients ?? 100_000;
  }

  get enabled(): boolean {
    return this.options.ratePerSecond > 0;
  }

  get size(): number {
    return this.buckets.size;
  }

  take(key: string, cost = 1): TakeResult {
    if (!this.enabled) return { allowed: true, remaining: Infinity };
    const now = this.now();
    const { ratePerSecond, burst } = this.options;
    const found = this.buckets.get(key);
    const bucket = found ?? { tokens: burst, updatedAt: now };
    const elapsedSeconds = Math.max(0, now - bucket.updatedAt) / 1000;
    bucket.tokens = Math.min(burst, bucket.tokens + elapsedSeconds * ratePerSecond);
    bucket.updatedAt = now;
    // Re-insert so Map order is least-recently-seen first.
    if (found) this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxClients) this.buckets.delete(this.buckets.keys().next().value as string);

    if (bucket.tokens >= cost) {
      bucket.tokens -= cost;
      return { allowed: true, remaining: Math.floor(bucket.tokens) };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((cost - bucket.tokens) / ratePerSecond)) };
  }
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Per-client rate limit on writes (POST/PUT/PATCH/DELETE), keyed by the socket's
 * address (`request.ip`; fastify's trustProxy is off, so X-Forwarded-For cannot
 * pick another client's bucket). Runs in onRequest, before the body is read.
 * Over the limit: 429 RATE_LIMITED, problem+json, with Retry-After in seconds.
 */
export function registerWriteRateLimit(fastify: FastifyInstance, options: TokenBucketOptions, now?: () => number): TokenBuckets {
  const buckets = new TokenBuckets(options, now);
  if (!buckets.enabled) return buckets;
  fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!WRITE_METHODS.has(request.method)) return;
    const result = buckets.take(request.ip ?? 'unknown');
    if (result.allowed) return;
    const problem: ProblemDetails = {
      type: problemType('RATE_LIMITED'),
      title: titleFor(429),
      status: 429,
      detail: `Too many writes from this client; retry in ${result.retryAfterSeconds} s.`,
      code: 'RATE_LIMITED',
      instance: (request.url ?? '/').split('?')[0]!,
      requestId: String(request.id),
      retryAfterSeconds: result.retryAfterSeconds,
    };
    await reply
      .status(429)
      .header('retry-after', String(result.retryAfterSeconds))
      .header('content-type', PROBLEM_CONTENT_TYPE)
      .send(JSON.stringify(problem));
    return reply;
  });
  return buckets;
}
