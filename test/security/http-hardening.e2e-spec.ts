import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../apps/api/src/create-app.js';
import { SECURITY_HEADERS } from '../../apps/api/src/http/security-headers.js';
import { loadConfig } from '@sitrep/config';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';

/** The HTTP hardening of the real app: CORS off unless configured, security headers everywhere, the write rate limit. */
let tdb: TestDatabase;
const apps: NestFastifyApplication[] = [];

async function app(env: Record<string, string> = {}): Promise<NestFastifyApplication> {
  const config = loadConfig({ DATABASE_URL: tdb.url, LOG_LEVEL: 'silent', ...env });
  const handle = { db: tdb.db, sql: tdb.sql, url: tdb.url, embedded: false, close: async () => undefined };
  const a = await createApp(config, handle, { ownsHandle: false, httpLogging: false });
  apps.push(a);
  return a;
}

beforeAll(async () => {
  process.env.SITREP_PROJECTION_WORKERS = 'off';
  tdb = await createTestDatabase({ poolSize: 4 });
});

afterAll(async () => {
  for (const a of apps) await a.close();
  delete process.env.SITREP_PROJECTION_WORKERS;
  await tdb?.close();
});

describe('HTTP hardening', () => {
  it('sends no CORS headers by default, and only for configured origins otherwise', async () => {
    const closed = await app();
    const res = await closed.inject({ method: 'GET', url: '/health', headers: { origin: 'https://evil.example.org' } });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await closed.inject({
      method: 'OPTIONS',
      url: '/reports',
      headers: { origin: 'https://evil.example.org', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();

    const open = await app({ SITREP_CORS_ORIGINS: 'https://analyst.example.org' });
    const allowed = await open.inject({ method: 'GET', url: '/health', headers: { origin: 'https://analyst.example.org' } });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://analyst.example.org');
    expect(allowed.headers['access-control-allow-credentials']).toBeUndefined();
    const other = await open.inject({ method: 'GET', url: '/health', headers: { origin: 'https://evil.example.org' } });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('puts the security headers on answers of every kind', async () => {
    const a = await app({ SITREP_WRITE_RATE_LIMIT: '1', SITREP_WRITE_RATE_BURST: '1' });
    const answers = [
      await a.inject({ method: 'GET', url: '/health' }),
      await a.inject({ method: 'GET', url: '/no-such-route' }),
      await a.inject({ method: 'POST', url: '/reports', headers: { 'content-type': 'application/json' }, payload: '{' }),
      await a.inject({ method: 'POST', url: '/reports', headers: { 'content-type': 'application/json' }, payload: '{' }), // 429
      await a.inject({ method: 'GET', url: `/reports/${'a'.repeat(500)}` }),
      await a.inject({ method: 'GET', url: '/incidents?party=%00' }),
    ];
    expect(answers.map((r) => r.statusCode)).toEqual([200, 404, 400, 429, 414, 400]);
    for (const r of answers)
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(r.headers[name], `${name} on ${r.statusCode}`).toBe(value);
    expect(answers[3]!.headers['retry-after']).toBe('1');
    expect(answers[3]!.json()).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
  });

  it('limits writes per client address: 429 problem+json with Retry-After; reads and other clients unaffected', async () => {
    const a = await app({ SITREP_WRITE_RATE_LIMIT: '1', SITREP_WRITE_RATE_BURST: '20' }); // a window of 20 s
    const post = (remoteAddress: string, headers: Record<string, string> = {}) =>
      a.inject({
        method: 'POST',
        url: '/reports?x=1',
        remoteAddress,
        headers: { 'content-type': 'application/json', ...headers },
        payload: '{',
      });
    for (let n = 0; n < 20; n++) expect((await post('10.0.0.1')).statusCode).toBe(400);
    const refused = await post('10.0.0.1');
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(20);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.json()).toMatchObject({
      status: 429,
      code: 'RATE_LIMITED',
      instance: '/reports',
      retryAfterSeconds: Number(refused.headers['retry-after']),
    });
    // X-Forwarded-For is not trusted: a client cannot pick a fresh counter
    expect((await post('10.0.0.1', { 'x-forwarded-for': '1.2.3.4' })).statusCode).toBe(429);
    expect((await post('10.0.0.2')).statusCode).toBe(400);
    expect((await a.inject({ method: 'GET', url: '/health', remoteAddress: '10.0.0.1' })).statusCode).toBe(200);
  });

  it('does not limit writes when SITREP_WRITE_RATE_LIMIT is 0', async () => {
    const a = await app({ SITREP_WRITE_RATE_LIMIT: '0', SITREP_WRITE_RATE_BURST: '1' });
    for (let i = 0; i < 20; i++)
      expect(
        (await a.inject({ method: 'POST', url: '/reports', headers: { 'content-type': 'application/json' }, payload: '{' })).statusCode,
      ).toBe(400);
  });
});
