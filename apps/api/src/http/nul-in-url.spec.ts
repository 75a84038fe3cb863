import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerNulInUrlGuard } from './nul-in-url.js';

describe('registerNulInUrlGuard', () => {
  it('answers 400 BAD_URL for %00 in the path or the query, and lets other URLs through', async () => {
    const fastify = Fastify();
    registerNulInUrlGuard(fastify);
    fastify.get('/incidents/:id', async () => ({ ok: true }));
    fastify.get('/incidents', async () => ({ ok: true }));
    await fastify.ready();
    for (const url of ['/incidents/%00', '/incidents?party=a%00b', '/incidents?type=%00']) {
      const res = await fastify.inject({ url });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ status: 400, code: 'BAD_URL' });
    }
    expect((await fastify.inject({ url: '/incidents?party=AM&q=100%25' })).statusCode).toBe(200);
    await fastify.close();
  });
});
