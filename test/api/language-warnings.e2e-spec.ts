import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { startReportsApp } from '../reports/support/reports-app.js';

/** Issue 12 "Language": a report the extractor cannot read says so, in the POST answer and on GET /reports/:id. */
let tdb: TestDatabase;
let app: NestFastifyApplication;

const post = (body: unknown) =>
  app.inject({ method: 'POST', url: '/reports', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) });

beforeAll(async () => {
  tdb = await createTestDatabase();
  app = await startReportsApp(tdb);
});

afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

describe('warnings of the extraction', () => {
  const french = {
    text: "Des tirs d'artillerie ont visé la ville hier soir.",
    language: 'fr',
    source: 'Test wire',
    publishedOn: '2024-01-10',
  };

  it('a report in a language the extractor does not read is stored with a warning and no events', async () => {
    const res = await post(french);
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json() as { id: string; warnings: string[]; events: { type: string }[] };
    expect(body.warnings).toEqual([expect.stringMatching(/language fr not supported/)]);
    expect(body.events.map((e) => e.type)).toEqual(['ReportSubmitted']);

    const stored = await app.inject({ method: 'GET', url: `/reports/${body.id}` });
    expect(stored.statusCode).toBe(200);
    expect((stored.json() as { warnings: string[] }).warnings).toEqual(body.warnings);
  });

  it('a re-post answers with the stored warnings too', async () => {
    const res = await post(french);
    expect(res.statusCode).toBe(200);
    expect((res.json() as { warnings: string[] }).warnings).toEqual([expect.stringMatching(/language fr/)]);
  });

  it('an Arabic report carries an empty list', async () => {
    const res = await post({ text: 'قصفت القوات مدينة جرموك بالمدفعية صباح اليوم.', source: 'Test wire', publishedOn: '2022-09-13' });
    expect(res.statusCode, res.body).toBe(201);
    expect((res.json() as { warnings: string[] }).warnings).toEqual([]);
  });
});
