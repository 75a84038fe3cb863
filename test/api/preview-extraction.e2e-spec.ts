import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { startReportsApp } from '../reports/support/reports-app.js';

/** POST /extract: the extraction POST /reports would store, with nothing written. */
let tdb: TestDatabase;
let app: NestFastifyApplication;

const TEXT = 'قصفت القوات الأذربيجانية مدينة جرموك بالمدفعية صباح اليوم، وقالت وزارة الدفاع الأرمنية إن 3 جنود قتلوا.';
const extract = (payload: string, type = 'application/json') =>
  app.inject({ method: 'POST', url: '/extract', headers: { 'content-type': type }, payload });
const eventCount = async () => (await tdb.sql<{ n: string }[]>`SELECT count(*)::text AS n FROM events`)[0].n;

beforeAll(async () => {
  tdb = await createTestDatabase();
  app = await startReportsApp(tdb);
});

afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

describe('POST /extract', () => {
  it('answers the extraction record with evidence spans of the text, and stores nothing', async () => {
    const before = await eventCount();
    const res = await extract(JSON.stringify({ text: TEXT, publishedOn: '2022-09-13', source: 'Armenpress' }));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as {
      extractorVersion: string;
      report: { referenceDate: string };
      events: { type: string; evidence: { text: string; start: number; end: number }; casualties: { min: number }[] }[];
    };
    expect(body.extractorVersion).toMatch(/\S/);
    expect(body.report.referenceDate).toBe('2022-09-13');
    expect(body.events.map((e) => e.type)).toContain('ShellingReported');
    for (const e of body.events) expect(TEXT.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
    expect(body.events.flatMap((e) => e.casualties.map((c) => c.min))).toContain(3);
    expect(await eventCount()).toBe(before);
    // And the report is not there afterwards: posting it creates it.
    const posted = await app.inject({
      method: 'POST',
      url: '/reports',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ text: TEXT, publishedOn: '2022-09-13', source: 'Armenpress' }),
    });
    expect(posted.statusCode).toBe(201);
  });

  it('refuses bad input as POST /reports does, as problem+json with a code', async () => {
    const cases: [string, string, number, string][] = [
      [JSON.stringify({ text: '   ' }), 'application/json', 422, 'TEXT_EMPTY'],
      [JSON.stringify({ text: TEXT, publishedOn: '2022-02-30' }), 'application/json', 422, 'INVALID_DATE'],
      [JSON.stringify({ text: TEXT, colour: 'red' }), 'application/json', 422, 'UNKNOWN_FIELD'],
      ['{"text":', 'application/json', 400, 'MALFORMED_JSON'],
      [TEXT, 'text/plain', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ];
    for (const [payload, type, status, code] of cases) {
      const res = await extract(payload, type);
      expect(res.statusCode, `${payload} ${res.body}`).toBe(status);
      expect(String(res.headers['content-type'])).toContain('application/problem+json');
      expect((res.json() as { code: string }).code).toBe(code);
    }
  });
});
