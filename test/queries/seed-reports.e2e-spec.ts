import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { ADMIN_TOKEN, loadSeeds, startReportsApp } from '../reports/support/reports-app.js';

/**
 * The acceptance questions, end to end: the five seed reports posted
 * through POST /reports (the real extractor), then asked through the read side.
 * These answers depend on the extractor's quality as much as on the projections
 * (read-side.e2e-spec.ts asks the same of hand-annotated extractions).
 */
let tdb: TestDatabase;
let app: NestFastifyApplication;
let head = 0;
const reportIds = new Map<string, string>();
const positions = new Map<string, number>();

const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.json() as any };
};

beforeAll(async () => {
  tdb = await createTestDatabase({ poolSize: 12 });
  app = await startReportsApp(tdb, { SITREP_ADMIN_TOKEN: ADMIN_TOKEN });
  for (const s of loadSeeds()) {
    const res = await app.inject({
      method: 'POST',
      url: '/reports',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ text: s.text, publishedOn: s.publishedOn, source: s.outlet, language: s.language }),
    });
    expect(res.statusCode).toBeLessThan(300);
    const body = res.json() as { id: string; position: number };
    reportIds.set(s.id, body.id);
    positions.set(s.id, body.position);
    head = Math.max(head, body.position);
  }
  await get(`/incidents?waitFor=${head}&waitTimeout=30000`);
});

afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

describe('the five seed reports posted through POST /reports', () => {
  it('what happened in Jermuk: incidents of more than one type', async () => {
    const res = await get('/locations?location=Jermuk');
    expect(res.status).toBe(200);
    expect(res.body.items[0]?.id).toBe('am-jermuk');
    expect(Object.keys(res.body.items[0].byType).length).toBeGreaterThan(1);
  });

  it('who claims how many: the Armenian claim of about 50 soldiers killed and 3 civilians wounded, 13–14 September 2022', async () => {
    const list = await get('/incidents?from=2022-09-13&to=2022-09-14&limit=200');
    const summaries = [];
    for (const i of list.body.items) summaries.push(...(await get(`/incidents/${i.id}/casualties`)).body.summary);
    // «قُتلوا حتى الآن» ("killed so far"): since the extractor reads running tolls apart (cumulative claims),
    // the figures may be listed in runningTolls rather than in the incident's figures; either way AM claims them.
    const claims = (s: any, min: number) =>
      s.figures.some((f: any) => f.min === min && f.claimants.includes('AM')) ||
      s.runningTolls.some((t: any) => t.min === min && t.claimant === 'AM');
    expect(summaries.some((s: any) => s.side === 'AM' && s.category === 'killed' && claims(s, 50))).toBe(true);
    expect(summaries.some((s: any) => s.side === 'AM' && s.category === 'wounded' && s.affiliation === 'civilian' && claims(s, 3))).toBe(
      true,
    );
  });

  it('nothing from the negated request for assistance (seed-004: «لن تطلب مساعدة»)', async () => {
    const res = await get('/incidents?type=AssistanceRequested&limit=200');
    expect(res.body.items.some((i: any) => i.reportIds.includes(reportIds.get('seed-004')))).toBe(false);
  });

  it('what we knew after the first report (asOf its position): only what had been posted by then', async () => {
    const early = await get(`/incidents?asOf=${positions.get('seed-000')}&limit=200`);
    expect(early.body.items.length).toBeGreaterThan(0);
    for (const i of early.body.items) expect(i.reportIds).toEqual([reportIds.get('seed-000')]);
    expect((await get('/incidents?asOf=0')).body.items).toEqual([]);
  });
});
