import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { startReportsApp } from '../reports/support/reports-app.js';

/**
 * Issue 13 item 10 (the broad-place part): an incident that picked up
 * "Armenia" must not pull in an event at another Armenian town, whichever
 * order the reports arrive in.
 */
const REPORTS = {
  jermuk: { text: 'قصفت القوات الأذربيجانية مدينة جرموك بالمدفعية صباح اليوم.', source: 'Armenpress' },
  armenia: { text: 'قالت وزارة الدفاع الأرمنية إن القوات الأذربيجانية قصفت أراضي أرمينيا صباح اليوم.', source: 'TASS' },
  vardenis: { text: 'قصفت القوات الأذربيجانية بلدة فاردينيس بالمدفعية صباح اليوم.', source: 'Sputnik' },
} as const;
type Name = keyof typeof REPORTS;

let tdb: TestDatabase | undefined;
let app: NestFastifyApplication | undefined;
afterEach(async () => {
  await app?.close();
  await tdb?.close();
});

/** Posts the reports in this order on a fresh database; answers which reports share an incident with which. */
async function partitionAfter(order: Name[]): Promise<string[][]> {
  tdb = await createTestDatabase();
  app = await startReportsApp(tdb);
  const idOf = new Map<string, Name>();
  let head = 0;
  for (const name of order) {
    const res = await app.inject({
      method: 'POST',
      url: '/reports',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ ...REPORTS[name], publishedOn: '2022-09-13' }),
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json() as { id: string; position: number };
    idOf.set(body.id, name);
    head = body.position;
  }
  const page = (await app.inject({ method: 'GET', url: `/incidents?waitFor=${head}&waitTimeout=20000&type=ShellingReported` })).json() as {
    items: { reportIds: string[]; placeIds: string[] }[];
  };
  await app.close();
  await tdb.close();
  app = undefined;
  tdb = undefined;
  return page.items.map((i) => i.reportIds.map((r) => idOf.get(r)!).sort()).sort();
}

describe('broad places never pull a specific place’s event into an incident', () => {
  it('Vardenis never shares an incident with Jermuk, in either order', async () => {
    for (const order of [
      ['jermuk', 'armenia', 'vardenis'],
      ['vardenis', 'armenia', 'jermuk'],
    ] as Name[][]) {
      const partition = await partitionAfter(order);
      expect(partition.length, `${order}: ${JSON.stringify(partition)}`).toBeGreaterThan(1);
      expect(
        partition.some((group) => group.includes('jermuk') && group.includes('vardenis')),
        `${order}: ${JSON.stringify(partition)}`,
      ).toBe(false);
    }
  }, 120_000);
});
