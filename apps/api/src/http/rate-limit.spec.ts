import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerWriteRateLimit, TokenBuckets } from './rate-limit.js';

const clock = (start = 0) => {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
};

describe('TokenBuckets', () => {
  it('allows a burst, then refuses until tokens refill at the configured rate', () => {
    const c = clock();
    const buckets = new TokenBuckets({ ratePerSecond: 2, burst: 3 }, c.now);
    expect([1, 2, 3].map(() => buckets.take('a').allowed)).toEqual([true, true, true]);
    expect(buckets.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    c.advance(499);
    expect(buckets.take('a').allowed).toBe(false);
    c.advance(1);
    expect(buckets.take('a')).toEqual({ allowed: true, remaining: 0 });
    expect(buckets.take('a').allowed).toBe(false);
  });

  it('never refills above the burst after a long idle time', () => {
    const c = clock();
    const buckets = new TokenBuckets({ ratePerSecond: 10, burst: 2 }, c.now);
    buckets.take('a');
    c.advance(3_600_000);
    expect(buckets.take('a')).toEqual({ allowed: true, remaining: 1 });
    expect(buckets.take('a')).toEqual({ allowed: true, remaining: 0 });
    expect(buckets.take('a').allowed).toBe(false);
  });

  it('keeps clients apart', () => {
    const buckets = new TokenBuckets({ ratePerSecond: 1, burst: 1 }, clock().now);
    expect(buckets.take('a').allowed).toBe(true);
    expect(buckets.take('a').allowed).toBe(false);
    expect(buckets.take('b').allowed).toBe(true);
  });

  it('rounds Retry-After up to whole seconds, at least 1', () => {
    const buckets = new TokenBuckets({ ratePerSecond: 0.1, burst: 1 }, clock().now);
    buckets.take('a');
    expect(buckets.take('a')).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });

  it('is off with a rate of 0', () => {
    const buckets = new TokenBuckets({ ratePerSecond: 0, burst: 1 }, clock().now);
    expect(buckets.enabled).toBe(false);
    for (let i = 0; i < 1000; i++) expect(buckets.take('a').allowed).toBe(true);
    expect(buckets.size).toBe(0);
  });

  it('remembers a bounded number of clients, forgetting the least recently seen', () => {
    const buckets = new TokenBuckets({ ratePerSecond: 1, burst: 1, maxClients: 2 }, clock().now);
    buckets.take('a');
    buckets.take('b');
    buckets.take('a'); // a is now the most recent
    buckets.take('c'); // evicts b
    expect(buckets.size).toBe(2);
    expect(buckets.take('b').allowed).toBe(true); // b starts afresh; evicts a
    expect(buckets.take('c').allowed).toBe(false);
  });

  it('rejects nonsense options', () => {
    expect(() => new TokenBuckets({ ratePerSecond: -1, burst: 1 })).toThrow(RangeError);
    expect(() => new TokenBuckets({ ratePerSecond: 1, burst: 0 })).toThrow(RangeError);
    expect(() => new TokenBuckets({ ratePerSecond: Number.NaN, burst: 1 })).toThrow(RangeError);
  });
});

describe('registerWriteRateLimit', () => {
  const app = async (ratePerSecond: number, c = clock()) => {
    const fastify = Fastify();
    registerWriteRateLimit(fastify, { ratePerSecond, burst: 2 }, c.now);
    fastify.post('/reports', async () => ({ ok: true }));
    fastify.get('/reports', async () => ({ ok: true }));
    await fastify.ready();
    return fastify;
  };

  it('answers 429 problem+json with Retry-After once a client exceeds its writes', async () => {
    const fastify = await app(1);
    const post = () => fastify.inject({ method: 'POST', url: '/reports?x=1', remoteAddress: '10.0.0.1' });
    expect((await post()).statusCode).toBe(200);
    expect((await post()).statusCode).toBe(200);
    const refused = await post();
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('1');
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.json()).toMatchObject({ status: 429, code: 'RATE_LIMITED', instance: '/reports', retryAfterSeconds: 1 });
    // another client is unaffected; reads are never limited
    expect((await fastify.inject({ method: 'POST', url: '/reports', remoteAddress: '10.0.0.2' })).statusCode).toBe(200);
    expect((await fastify.inject({ method: 'GET', url: '/reports', remoteAddress: '10.0.0.1' })).statusCode).toBe(200);
    await fastify.close();
  });

  it('ignores X-Forwarded-For (no trusted proxy): a client cannot pick a fresh bucket', async () => {
    const fastify = await app(1);
    for (let i = 0; i < 2; i++) await fastify.inject({ method: 'POST', url: '/reports', remoteAddress: '10.0.0.1' });
    const spoofed = await fastify.inject({
      method: 'POST',
      url: '/reports',
      remoteAddress: '10.0.0.1',
      headers: { 'x-forwarded-for': '1.2.3.4' },
    });
    expect(spoofed.statusCode).toBe(429);
    await fastify.close();
  });

  it('adds no hook when the rate is 0', async () => {
    const fastify = await app(0);
    for (let i = 0; i < 50; i++) expect((await fastify.inject({ method: 'POST', url: '/reports' })).statusCode).toBe(200);
    await fastify.close();
  });
});
