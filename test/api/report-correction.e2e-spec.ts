import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { ADMIN_TOKEN, countEvents, startReportsApp } from '../reports/support/reports-app.js';

/**
 * Issue 13 item 9: a wrong publication date, outlet or title can be corrected
 * (PATCH /reports/:id, admin: ReportMetadataCorrected, re-extraction when the
 * date changes), and a re-post says when the stored report differs from what
 * was sent or was retracted.
 */
let tdb: TestDatabase;
let app: NestFastifyApplication;
let id: string;

const TEXT = 'قصفت القوات الأذربيجانية مدينة جرموك بالمدفعية صباح اليوم.';
const admin = { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' };
const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.json() as any };
};
const post = (body: unknown) =>
  app.inject({ method: 'POST', url: '/reports', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) });
const patch = (body: unknown, headers: Record<string, string> = admin) =>
  app.inject({ method: 'PATCH', url: `/reports/${id}`, headers, payload: JSON.stringify(body) });
const incidentsOfReport = async (position: number) =>
  (await get(`/incidents?waitFor=${position}&waitTimeout=20000&limit=200`)).body.items.filter((i: any) => i.reportIds.includes(id));

beforeAll(async () => {
  tdb = await createTestDatabase();
  app = await startReportsApp(tdb, { SITREP_ADMIN_TOKEN: ADMIN_TOKEN });
  const res = await post({ text: TEXT, publishedOn: '2022-09-20', source: 'TASS' });
  expect(res.statusCode).toBe(201);
  id = (res.json() as { id: string }).id;
});

afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

describe('re-posting a stored report', () => {
  it('answers 200 and says which sent fields the stored report holds otherwise', async () => {
    const res = await post({ text: TEXT, publishedOn: '2022-09-13', source: 'TASS', title: 'Jermuk shelled' });
    expect(res.statusCode).toBe(200);
    const body = res.json() as any;
    expect(body.id).toBe(id);
    expect(body.retracted).toBe(false);
    expect(body.differences).toEqual([
      { field: 'publishedOn', sent: '2022-09-13', stored: '2022-09-20' },
      { field: 'title', sent: 'Jermuk shelled', stored: null },
    ]);
    expect(body.notice).toContain(`PATCH /reports/${id}`);
    const same = (await post({ text: TEXT, publishedOn: '2022-09-20', source: 'TASS' })).json() as any;
    expect(same.differences).toEqual([]);
    expect(same.notice).toBeUndefined();
  });
});

describe('PATCH /reports/:id', () => {
  it('needs the admin token and refuses what cannot be corrected, writing nothing', async () => {
    const before = await countEvents(tdb);
    expect((await patch({ publishedOn: '2022-09-13' }, { 'content-type': 'application/json' })).statusCode).toBe(401);
    const text = await patch({ text: 'x' });
    expect([text.statusCode, (text.json() as any).code]).toEqual([422, 'UNKNOWN_FIELD']);
    const future = await patch({ publishedOn: '2099-01-01' });
    expect([future.statusCode, (future.json() as any).code]).toEqual([422, 'PUBLISHED_IN_FUTURE']);
    const nothing = await patch({ reason: 'no field' });
    expect([nothing.statusCode, (nothing.json() as any).code]).toEqual([422, 'INVALID_BODY']);
    expect((await app.inject({ method: 'PATCH', url: '/reports/zz', headers: admin, payload: '{"title":"x"}' })).statusCode).toBe(404);
    expect(await countEvents(tdb)).toBe(before);
  });

  it('corrects the date: ReportMetadataCorrected then a re-extraction, and the incident moves to the right day', async () => {
    const first = await get(`/reports/${id}`);
    expect(first.body.report.publishedOn).toBe('2022-09-20');
    const wrong = await incidentsOfReport(first.body.events.at(-1).position);
    expect(wrong.map((i: any) => i.dateFrom)).toEqual(['2022-09-20']);

    const res = await patch({ publishedOn: '2022-09-13', reason: 'the wire dated the follow-up story', correctedBy: 'analyst:test' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as any;
    expect(body).toMatchObject({
      outcome: 'corrected',
      changes: { publishedOn: '2022-09-13' },
      previous: { publishedOn: '2022-09-20' },
      reextracted: true,
    });
    expect(body.events.map((e: any) => e.type).slice(0, 2)).toEqual(['ReportMetadataCorrected', 'ReportReextracted']);

    const right = await incidentsOfReport(body.position);
    expect(right.map((i: any) => i.dateFrom)).toEqual(['2022-09-13']);
    const view = await get(`/reports/${id}`);
    expect(view.body.report).toMatchObject({ publishedOn: '2022-09-13', referenceDate: '2022-09-13' });
    expect(view.body.corrections).toEqual([
      expect.objectContaining({ changes: { publishedOn: '2022-09-13' }, correctedBy: 'analyst:test' }),
    ]);
    const listed = await get(`/reports?waitFor=${body.position}`);
    expect(listed.body.items.find((r: any) => r.id === id).publishedOn).toBe('2022-09-13');
  });

  it('a title alone is corrected without re-extraction; the same values again write nothing', async () => {
    const title = (await patch({ title: 'Jermuk shelled' })).json() as any;
    expect(title).toMatchObject({ outcome: 'corrected', reextracted: false });
    expect(title.events.map((e: any) => e.type)).toEqual(['ReportMetadataCorrected']);
    const before = await countEvents(tdb);
    const again = (await patch({ title: 'Jermuk shelled', publishedOn: '2022-09-13' })).json() as any;
    expect(again.outcome).toBe('unchanged');
    expect(await countEvents(tdb)).toBe(before);
  });

  it('after a retraction: a re-post says so, a correction is 409', async () => {
    const retract = await app.inject({
      method: 'POST',
      url: `/reports/${id}/retract`,
      headers: admin,
      payload: JSON.stringify({ reason: 'duplicate' }),
    });
    expect(retract.statusCode).toBe(200);
    const repost = await post({ text: TEXT, source: 'TASS' });
    expect(repost.statusCode).toBe(200);
    expect(repost.json()).toMatchObject({ id, retracted: true, notice: expect.stringContaining('retracted') });
    const res = await patch({ title: 'again' });
    expect([res.statusCode, (res.json() as any).code]).toEqual([409, 'REPORT_ALREADY_RETRACTED']);
  });
});
