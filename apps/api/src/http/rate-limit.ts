import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpProblem } from './http-problem.error.js';

export interface WriteRateLimitOptions {
  /** Sustained writes per second per client; 0 turns limiting off. */
  ratePerSecond: number;
  /** Writes a client may send in one window; the window lasts `burst / ratePerSecond` seconds. */
  burst: number;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Per-client limit on writes (POST/PUT/PATCH/DELETE) with @fastify/rate-limit:
 * `burst` writes per window of `burst / ratePerSecond` seconds, so the sustained
 * rate is `ratePerSecond`. Keyed by the socket's address (`request.ip`; fastify's
 * trustProxy is off, so X-Forwarded-For cannot pick another client's counter).
 * Over the limit: 429 RATE_LIMITED through the problem-details filter, with
 * Retry-After in seconds. Register before the routes (it hooks each route as it is added).
 */
export async function registerWriteRateLimit(fastify: FastifyInstance, options: WriteRateLimitOptions): Promise<void> {
  const { ratePerSecond, burst } = options;
  if (!(ratePerSecond >= 0) || !(burst >= 1)) throw new RangeError('ratePerSecond must be >= 0 and burst >= 1');
  if (ratePerSecond === 0) return;
  await fastify.register(rateLimit, {
    max: burst,
    timeWindow: Math.max(1, Math.round((burst / ratePerSecond) * 1000)),
    keyGenerator: (request: FastifyRequest) => request.ip ?? 'unknown',
    allowList: (request: FastifyRequest) => !WRITE_METHODS.has(request.method),
    // Clients remembered at most; the least recently seen is forgotten first.
    cache: 100_000,
    addHeadersOnExceeding: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false },
    addHeaders: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false, 'retry-after': true },
    errorResponseBuilder: (_request, context) => {
      const retryAfterSeconds = Math.max(1, Math.ceil(context.ttl / 1000));
      return new HttpProblem('RATE_LIMITED', `Too many writes from this client; retry in ${retryAfterSeconds} s.`, {
        retryAfterSeconds,
      });
    },
  });
}
