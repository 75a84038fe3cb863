import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { startReportsApp } from '../reports/support/reports-app.js';
import { reportClient } from './support/report-client.js';

/**
 * Issue 13 items 11 and 12: list rows carry names, coordinates, party names, a
 * headline and casualty ranges; `publishedBefore=` answers "what had been
 * published by that day" for a history posted all at once, which `asOf`
 * (recording time) cannot.
 */
let tdb: TestDatabase;
let app: NestFastifyApplication;
const { ids, get, post, head } = reportClient(() => app);

beforeAll(async () => {
  tdb = await createTestDatabase();
  app = await startReportsApp(tdb);
  // Back-filled: all three recorded today, published on three different days.
  await post('first', {
    text: 'قصفت القوات الأذربيجانية مدينة جرموك بالمدفعية صباح اليوم، وقالت وزارة الدفاع الأرمنية إن 3 جنود قتلوا.',
    publishedOn: '2022-09-13',
    source: 'Armenpress',
  });
  await post('followUp', {
    text: 'قصفت القوات الأذربيجانية مدينة جرموك بالمدفعية يوم 13 سبتمبر 2022، وقالت وزارة الدفاع الأرمنية إن 7 جنود قتلوا.',
    publishedOn: '2022-09-20',
    source: 'TASS',
  });
  await post('later', { text: 'قصفت القوات الأذربيجانية قرية سوتك بالمدفعية صباح اليوم.', publishedOn: '2022-09-20', source: 'TASS' });
  expect((await get(`/incidents?waitFor=${head()}&waitTimeout=20000`)).status).toBe(200);
});

afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

describe('readable incident rows', () => {
  it('gives each row place names in English and Arabic, coordinates, party names, a headline and casualty ranges', async () => {
    const res = await get('/incidents?location=Jermuk&type=ShellingReported');
    expect(res.status).toBe(200);
    const [row] = res.body.items;
    expect(row.places).toEqual([expect.objectContaining({ id: 'am-jermuk', name: 'Jermuk', lat: 39.8414, lon: 45.6697 })]);
    expect(row.places[0].nameAr).toMatch(/[\u0600-\u06ff]/);
    expect(row.partyNames).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'AM', name: 'Armenia' }),
        expect.objectContaining({ code: 'AZ', name: 'Azerbaijan' }),
      ]),
    );
    expect(row.headline).toContain('Shelling');
    expect(row.headline).toContain('Jermuk');
    expect(row.headline).toContain('2022-09-13');
    const killed = row.casualties.find((c: any) => c.side === 'AM' && c.category === 'killed');
    expect(killed).toMatchObject({ low: 3, high: 7 });
    expect(row.headline).toContain('3–7');
  });
});

describe('publishedBefore (publication time) beside asOf (recording time)', () => {
  it('asOf now shows everything: all three were recorded today', async () => {
    const res = await get(`/incidents?asOf=${head()}`);
    expect(res.body.items.flatMap((i: any) => i.reportIds)).toEqual(expect.arrayContaining([ids.first, ids.followUp, ids.later]));
  });

  it('publishedBefore=2022-09-14 answers with what the 13 September report said, and nothing published later', async () => {
    const res = await get('/incidents?publishedBefore=2022-09-14');
    expect(res.status).toBe(200);
    const reports = new Set(res.body.items.flatMap((i: any) => i.reportIds));
    expect([...reports]).toEqual([ids.first]);
    const jermuk = res.body.items.find((i: any) => i.placeIds.includes('am-jermuk') && i.types.includes('ShellingReported'));
    expect(jermuk).toBeDefined();
    // Only the first report's claim: 3 killed, not the 7 published a week later.
    expect(jermuk.casualties.find((c: any) => c.side === 'AM' && c.category === 'killed')).toMatchObject({ low: 3, high: 3 });
    expect(res.body.items.some((i: any) => i.placeIds.includes('am-sotk'))).toBe(false);
  });

  it('publishedBefore a day before anything was published answers nothing; a bad date is 422', async () => {
    expect((await get('/incidents?publishedBefore=2022-09-12')).body.items).toEqual([]);
    expect((await get('/locations/Jermuk/incidents?publishedBefore=2022-09-12')).body.items).toEqual([]);
    expect((await get('/incidents?publishedBefore=2022-09-31')).status).toBe(422);
  });
});
