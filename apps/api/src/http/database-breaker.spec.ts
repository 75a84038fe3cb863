import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerDatabaseBreaker } from './database-breaker.js';

const unavailable = JSON.stringify({ status: 503, code: 'SERVICE_UNAVAILABLE' });

describe('registerDatabaseBreaker', () => {
  const app = async (probe: () => Promise<unknown>) => {
    const fastify = Fastify();
    const breaker = registerDatabaseBreaker(fastify, { probe, probeIntervalMs: 10, probeTimeoutMs: 50 });
    let calls = 0;
    let down = true;
    fastify.post('/reports', async (_req, reply) => {
      calls++;
      if (down) return reply.status(503).header('content-type', 'application/problem+json').send(unavailable);
      return { ok: true };
    });
    fastify.get('/health', async () => ({ status: 'ok' }));
    await fastify.ready();
    return { fastify, breaker, calls: () => calls, up: () => void (down = false) };
  };

  it('fast-fails with 503 + Retry-After after a database 503, until the probe answers', async () => {
    let dbUp = false;
    const { fastify, breaker, calls, up } = await app(async () => {
      if (!dbUp) throw new Error('ECONNREFUSED');
    });
    expect((await fastify.inject({ method: 'POST', url: '/reports' })).statusCode).toBe(503);
    expect(breaker.open).toBe(true);
    const fast = await fastify.inject({ method: 'POST', url: '/reports?x' });
    expect(fast.statusCode).toBe(503);
    expect(fast.headers['retry-after']).toBe('2');
    expect(fast.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE', instance: '/reports' });
    expect(calls()).toBe(1); // the handler was not reached
    expect((await fastify.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200); // exempt
    dbUp = true;
    up();
    for (let i = 0; i < 50 && breaker.open; i++) await new Promise((r) => setTimeout(r, 10));
    expect(breaker.open).toBe(false);
    expect((await fastify.inject({ method: 'POST', url: '/reports' })).statusCode).toBe(200);
    await fastify.close();
  });

  it('treats a probe that never settles as down, and probes again', async () => {
    let probes = 0;
    const { fastify, breaker } = await app(() => {
      probes++;
      return new Promise(() => undefined);
    });
    await fastify.inject({ method: 'POST', url: '/reports' });
    for (let i = 0; i < 100 && probes < 2; i++) await new Promise((r) => setTimeout(r, 10));
    expect(probes).toBeGreaterThanOrEqual(2); // the first timed out (50 ms), the breaker opened again and probed once more
    expect(breaker.open).toBe(true);
    expect((await fastify.inject({ method: 'POST', url: '/reports' })).statusCode).toBe(503);
    await fastify.close();
  });
});
