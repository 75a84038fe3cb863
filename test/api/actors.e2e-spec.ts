import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { startReportsApp } from '../reports/support/reports-app.js';

/** Issue 12: the actor table is exposed, and its codes filter incidents. */
let tdb: TestDatabase;
let app: NestFastifyApplication;

const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.json() as any };
};

beforeAll(async () => {
  tdb = await createTestDatabase();
  app = await startReportsApp(tdb);
  const res = await app.inject({
    method: 'POST',
    url: '/reports',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({
      text: 'أعلنت قوات الدعم السريع اليوم أنها قصفت بالمدفعية مواقع الجيش في مدينة الفاشر.',
      publishedOn: '2024-06-24',
      source: 'Test wire',
    }),
  });
  expect(res.statusCode, res.body).toBe(201);
  const { position } = res.json() as { position: number };
  expect((await get(`/incidents?waitFor=${position}&waitTimeout=20000`)).status).toBe(200);
});

afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

describe('GET /actors', () => {
  it('lists the non-state parties with their Arabic names, ACLED type and inter code', async () => {
    const { status, body } = await get('/actors');
    expect(status).toBe(200);
    const rsf = body.items.find((a: { code: string }) => a.code === 'SD-RSF');
    expect(rsf).toMatchObject({ name: 'Rapid Support Forces', country: 'SD', type: 'rebel', inter: 2, kind: 'group' });
    expect(rsf.arabic).toContain('قوات الدعم السريع');
    expect(body.items.map((a: { code: string }) => a.code)).toEqual(
      expect.arrayContaining(['YE-HOUTHI', 'LB-HEZBOLLAH', 'PS-HAMAS', 'ISIS', 'NKR', 'UN']),
    );
  });

  it('refuses a parameter it does not take', async () => {
    const { status, body } = await get('/actors?code=SD-RSF');
    expect(status).toBe(400);
    expect(body.code).toBe('UNKNOWN_PARAMETER');
  });
});

describe('party= with a non-state code', () => {
  it('finds the incident the RSF claimed, and nothing for a party absent from it', async () => {
    const rsf = await get('/incidents?party=SD-RSF');
    expect(rsf.status).toBe(200);
    expect(rsf.body.items.length).toBeGreaterThan(0);
    const hamas = await get('/incidents?party=PS-HAMAS');
    expect(hamas.status).toBe(200);
    expect(hamas.body.items).toEqual([]);
  });
});
