import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { startReportsApp } from '../reports/support/reports-app.js';
import { postCorpus } from '../exports/support/exports-fixture.js';
import { toMapRow } from './support/map-row.js';

/**
 * GET /incidents/map builds its rows in one SQL query, without the readable rows
 * of GET /incidents: over the whole dev corpus, for each filter, its rows must be
 * exactly what the readable rows say (support/map-row.ts), page by page.
 */
let tdb: TestDatabase;
let app: NestFastifyApplication;
let head = 0;

const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url });
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  return res.json() as any;
};

/** Every page of a listing, following nextCursor. */
async function walk(path: string, limit: number): Promise<{ items: any[]; cursors: (string | null)[] }> {
  const items: any[] = [];
  const cursors: (string | null)[] = [];
  let cursor: string | null = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const page = await get(`${path}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    items.push(...page.items);
    cursor = page.nextCursor;
    cursors.push(cursor);
  } while (cursor);
  return { items, cursors };
}

function mostCommon(xs: string[]): string {
  const counts = new Map<string, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

beforeAll(async () => {
  tdb = await createTestDatabase();
  app = await startReportsApp(tdb);
  ({ head } = await postCorpus(app));
  await get(`/incidents?waitFor=${head}&waitTimeout=60000`);
}, 300_000);

afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

describe('GET /incidents/map over the dev corpus', () => {
  it('answers, for each filter, the map rows of the readable rows GET /incidents lists', async () => {
    const all = (await walk('/incidents', 200)).items;
    expect(all.length).toBeGreaterThan(20);
    const days = all.map((r) => r.dateFrom as string).sort();
    const middle = days[Math.floor(days.length / 2)]!;
    const filters = [
      '',
      `party=${mostCommon(all.flatMap((r) => r.parties))}`,
      `type=${mostCommon(all.flatMap((r) => r.types))}`,
      `location=${mostCommon(all.flatMap((r) => r.placeIds))}`,
      `from=${middle}`,
      `to=${middle}`,
      `asOf=${Math.floor(head / 2)}`,
      `asOf=${Math.floor(head / 2)}&party=${mostCommon(all.flatMap((r) => r.parties))}`,
      `publishedBefore=${middle}`,
    ];
    let withFatalities = 0;
    for (const filter of filters) {
      const listed = (await walk(`/incidents?${filter}`, 200)).items;
      const map = await get(`/incidents/map?limit=10000&${filter}`);
      expect(listed.length, filter).toBeGreaterThan(0);
      expect(map.nextCursor, filter).toBeNull();
      expect(map.items, filter).toEqual(listed.map(toMapRow));
      withFatalities += map.items.filter((r: any) => r.fatalities > 0).length;
    }
    expect(withFatalities).toBeGreaterThan(0);
  });

  it('pages with the same cursors as GET /incidents, as of a past position too', async () => {
    for (const filter of ['', `asOf=${Math.floor(head / 2)}`]) {
      const listed = await walk(`/incidents?${filter}`, 7);
      const map = await walk(`/incidents/map?${filter}`, 7);
      expect(listed.cursors.length, filter).toBeGreaterThan(2);
      expect(map.cursors, filter).toEqual(listed.cursors);
      expect(map.items, filter).toEqual(listed.items.map(toMapRow));
    }
  });

  it('leaves running tolls out of the killed figure, as the casualty summary does', async () => {
    const map = await get('/incidents/map?limit=10000');
    let checked = 0;
    for (const row of map.items) {
      const { claims } = await get(`/incidents/${row.id}/casualties`);
      const killed = (claims as any[]).filter((c) => c.category === 'killed');
      if (!killed.some((c) => c.cumulative)) continue;
      checked++;
      const own = killed.filter((c) => !c.cumulative && c.min !== null).map((c) => c.max ?? c.min);
      expect(row.fatalities, row.id).toBe(own.length ? Math.max(...own) : 0);
    }
    // The dev corpus has running tolls of the dead (dev-35's since 7 October); without one this would check nothing.
    expect(checked).toBeGreaterThan(0);
  });
});
