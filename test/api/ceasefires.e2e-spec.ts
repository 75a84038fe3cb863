import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { startReportsApp } from '../reports/support/reports-app.js';

/**
 * Issue 13 item 16: a violation alleged after a ceasefire, in the area the
 * ceasefire covers (here the Armenia–Azerbaijan border), is linked to it even
 * though it names a village rather than the border; one declaration reported
 * on two days is one ceasefire.
 */
let tdb: TestDatabase;
let app: NestFastifyApplication;
let head = 0;

const post = async (text: string, publishedOn: string, source: string) => {
  const res = await app.inject({
    method: 'POST',
    url: '/reports',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ text, publishedOn, source }),
  });
  expect(res.statusCode, res.body).toBe(201);
  head = (res.json() as { position: number }).position;
  return (res.json() as { id: string }).id;
};

const ids: Record<string, string> = {};

beforeAll(async () => {
  tdb = await createTestDatabase();
  app = await startReportsApp(tdb);
  ids.declared = await post(
    'أعلنت أرمينيا وأذربيجان وقف إطلاق النار على الحدود الأرمينية الأذربيجانية اعتباراً من الساعة الثامنة مساء اليوم.',
    '2022-09-14',
    'TASS',
  );
  ids.declaredAgain = await post('أعلنت أرمينيا وأذربيجان أمس وقفاً لإطلاق النار على الحدود بين البلدين.', '2022-09-15', 'Armenpress');
  ids.jermuk = await post(
    'اتهمت وزارة الدفاع الأرمنية القوات الأذربيجانية بخرق وقف إطلاق النار وقصف مدينة جرموك.',
    '2022-09-16',
    'Armenpress',
  );
  ids.sotk = await post('قالت وزارة الدفاع الأذربيجانية إن القوات الأرمنية خرقت وقف إطلاق النار في قرية سوتك.', '2022-09-17', 'APA');
  ids.before = await post(
    'قالت وزارة الدفاع الأذربيجانية إن القوات الأرمنية خرقت وقف إطلاق النار في قرية سوتك.',
    '2022-09-10',
    'Report.az',
  );
});

afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

describe('GET /ceasefires', () => {
  it('lists the declaration once, with the violations alleged after it at villages along the border', async () => {
    const res = await app.inject({ method: 'GET', url: `/ceasefires?waitFor=${head}&waitTimeout=20000` });
    expect(res.statusCode).toBe(200);
    const { items } = res.json() as { items: any[] };
    expect(items).toHaveLength(1);
    const [ceasefire] = items;
    expect(ceasefire.placeIds).toContain('xx-border-am-az');
    expect([...ceasefire.reportIds].sort()).toEqual([ids.declared, ids.declaredAgain].sort());
    expect(ceasefire.incidentIds.length).toBeGreaterThanOrEqual(1);
    const violationReports = ceasefire.violations.flatMap((v: any) => v.reportIds);
    expect(violationReports).toEqual(expect.arrayContaining([ids.jermuk, ids.sotk]));
    // Alleged before the declaration: not a violation of it.
    expect(violationReports).not.toContain(ids.before);
    expect(ceasefire.violations.flatMap((v: any) => v.placeIds)).toEqual(expect.arrayContaining(['am-jermuk', 'am-sotk']));
  });
});
