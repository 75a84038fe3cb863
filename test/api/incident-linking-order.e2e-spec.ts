import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../libs/testing/src/index.js';
import { corpusDir, startReportsApp } from '../reports/support/reports-app.js';

/**
 * Issue 13 item 10: the incidents of a set of reports are a function of the
 * set. The dev corpus is posted in random orders (fast-check permutations) and
 * the partition of events into incidents must come out the same every time.
 */
interface CorpusReport {
  text: string;
  publishedOn: string | null;
  outlet: string | null;
  language?: string;
}

const corpus: CorpusReport[] = readdirSync(corpusDir)
  .filter((f) => /^(seed|dev)-\d+\.json$/.test(f))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(corpusDir, f), 'utf8')) as CorpusReport);

/** Posts the reports in this order on a fresh database; answers the incidents as sorted lists of event ids. */
async function partitionFor(order: readonly number[]): Promise<string[]> {
  const tdb = await createTestDatabase();
  let app: NestFastifyApplication | undefined;
  try {
    app = await startReportsApp(tdb);
    let head = 0;
    for (const i of order) {
      const r = corpus[i]!;
      const res = await app.inject({
        method: 'POST',
        url: '/reports',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ text: r.text, publishedOn: r.publishedOn, source: r.outlet }),
      });
      expect(res.statusCode, res.body).toBeLessThan(300);
      head = Math.max(head, (res.json() as { position: number }).position);
    }
    const groups: string[] = [];
    let cursor: string | null = null;
    do {
      const page = (
        await app.inject({
          method: 'GET',
          url: `/incidents?waitFor=${head}&waitTimeout=30000&limit=200${cursor ? `&cursor=${cursor}` : ''}`,
        })
      ).json() as { items: { id: string }[]; nextCursor: string | null };
      for (const item of page.items) {
        const detail = (await app.inject({ method: 'GET', url: `/incidents/${item.id}` })).json() as { events: { eventId: string }[] };
        groups.push(
          detail.events
            .map((e) => e.eventId)
            .sort()
            .join(' '),
        );
      }
      cursor = page.nextCursor;
    } while (cursor);
    return groups.sort();
  } finally {
    await app?.close();
    await tdb.close();
  }
}

describe('incident linking does not depend on posting order', () => {
  it('gives the dev corpus the same incident partition in any order', async () => {
    expect(corpus.length).toBeGreaterThan(50);
    const identity = corpus.map((_, i) => i);
    const reference = await partitionFor(identity);
    expect(reference.length).toBeGreaterThan(20);
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(identity, { minLength: identity.length, maxLength: identity.length }), async (order) => {
        expect(await partitionFor(order)).toEqual(reference);
      }),
      { numRuns: 3, seed: 13 },
    );
  }, 600_000);
});
