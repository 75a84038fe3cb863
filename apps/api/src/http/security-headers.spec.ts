import Fastify from 'fastify';
import { describe, expect, it, vi } from 'vitest';

// Counts how often helmet's middleware is built, passing every call on to the real helmet.
const built = vi.hoisted(() => ({ count: 0 }));
vi.mock('helmet', async (importOriginal) => {
  const real = await importOriginal<typeof import('helmet')>();
  const counted = ((...args: Parameters<typeof real.default>) => {
    built.count++;
    return real.default(...args);
  }) as typeof real.default;
  return { ...real, default: counted };
});

const { contentSecurityPolicy, registerSecurityHeaders, SECURITY_HEADERS } = await import('./security-headers.js');

async function app(imageOrigins: string[] = []) {
  const fastify = Fastify({ genReqId: () => 'req-1' });
  registerSecurityHeaders(fastify, imageOrigins);
  fastify.get('/ok', async () => ({ ok: true }));
  await fastify.ready();
  return fastify;
}

describe('registerSecurityHeaders', () => {
  it("builds helmet's middleware once, however many requests it answers", async () => {
    built.count = 0;
    const fastify = await app();
    for (let i = 0; i < 5; i++) expect((await fastify.inject({ url: '/ok' })).statusCode).toBe(200);
    expect(built.count).toBe(1);
    await fastify.close();
  });

  it('sets what helmet sets, and only that, on answers and on 404s, with the request id', async () => {
    const fastify = await app();
    for (const url of ['/ok', '/missing']) {
      const res = await fastify.inject({ url });
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers[name], `${name} on ${url}`).toBe(value);
      expect(res.headers['x-request-id']).toBe('req-1');
      for (const absent of ['strict-transport-security', 'x-powered-by', 'cross-origin-resource-policy', 'x-xss-protection'])
        expect(res.headers[absent]).toBeUndefined();
    }
    await fastify.close();
  });

  it("puts a configured tile origin in the policy's img-src", async () => {
    const fastify = await app(['https://tiles.example.org']);
    const res = await fastify.inject({ url: '/ok' });
    expect(res.headers['content-security-policy']).toBe(contentSecurityPolicy(['https://tiles.example.org']));
    expect(res.headers['content-security-policy']).toContain("img-src 'self' data: https://tiles.example.org");
    await fastify.close();
  });
});
