import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { answerFrameworkError } from './framework-errors.js';
import { SECURITY_HEADERS } from './security-headers.js';

describe('answerFrameworkError', () => {
  const app = async () => {
    const fastify = Fastify({ frameworkErrors: answerFrameworkError });
    fastify.get('/reports/:id', async () => ({ ok: true }));
    await fastify.ready();
    return fastify;
  };

  it('answers an over-long path segment with 414 problem+json and the security headers', async () => {
    const fastify = await app();
    const res = await fastify.inject({ url: `/reports/${'a'.repeat(10_000)}` });
    expect(res.statusCode).toBe(414);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 414, code: 'URI_TOO_LONG' });
    expect(res.json().instance.length).toBeLessThan(250);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers[name]).toBe(value);
    await fastify.close();
  });

  it('answers broken percent-encoding in the path with 400 problem+json', async () => {
    const fastify = await app();
    const res = await fastify.inject({ url: '/reports/%E0%A4%A' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ status: 400, code: 'BAD_URL' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    await fastify.close();
  });
});
