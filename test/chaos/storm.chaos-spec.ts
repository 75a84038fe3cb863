import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAnswer, json, postJson } from './harness/http.js';
import { uniqueReport } from './harness/reports.js';
import { startTarget, type ChaosTarget } from './harness/setup.js';
import { Tally } from './harness/tally.js';
import { auditStore } from './harness/verify-store.js';

/**
 * Concurrency storm: 1,000 posts at once, 100 distinct reports each sent 10
 * times (interleaved, so twins race). Exactly 100 streams, each written once;
 * exactly one 201 per report, the other nine 200 with the same answer.
 */
const DISTINCT = 100;
const COPIES = 10;

let target: ChaosTarget;

beforeAll(async () => {
  target = await startTarget('storm', { SITREP_DB_POOL_SIZE: '20' });
});

afterAll(async () => {
  await target?.close();
});

describe('concurrency storm', () => {
  it(`${DISTINCT * COPIES} concurrent posts of ${DISTINCT} reports make exactly ${DISTINCT} streams`, async () => {
    const { server, tdb } = target;
    const tally = new Tally('storm');
    const salt = `storm-${Date.now()}`;
    const order = Array.from({ length: DISTINCT * COPIES }, (_, i) => i % DISTINCT);
    const answers = await Promise.all(
      order.map((n) => postJson(server.port, '/reports', uniqueReport(n, salt), {}, 60_000).then((r) => ({ n, r }))),
    );

    const byReport = new Map<number, { created: number; existing: number; ids: Set<string>; positions: Set<number>; eventIds: string[] }>();
    for (const { n, r } of answers) {
      tally.add('posted');
      const entry = byReport.get(n) ?? { created: 0, existing: 0, ids: new Set(), positions: new Set(), eventIds: [] };
      if (!isAnswer(r)) {
        tally.add('no_answer');
        tally.note(`no answer: ${r.error}`);
      } else if (r.status === 201 || r.status === 200) {
        const body = json<{ id: string; position: number; events: Array<{ id: string }> }>(r)!;
        entry[r.status === 201 ? 'created' : 'existing']++;
        entry.ids.add(body.id);
        entry.positions.add(body.position);
        entry.eventIds = body.events.map((e) => e.id);
        tally.add(`answered_${r.status}`);
      } else {
        tally.add(r.status >= 500 ? 'answered_5xx' : `answered_${r.status}`);
        tally.note(`${r.status}: ${r.body.slice(0, 200)}`);
      }
      byReport.set(n, entry);
    }
    const wrong = [...byReport].filter(
      ([, e]) => e.created !== 1 || e.existing !== COPIES - 1 || e.ids.size !== 1 || e.positions.size !== 1,
    );
    for (const [n, e] of wrong.slice(0, 5))
      tally.note(`report ${n}: ${e.created} created, ${e.existing} existing, ${e.ids.size} ids, ${e.positions.size} positions`);

    const audit = await auditStore(
      tdb,
      [...byReport.values()]
        .filter((e) => e.ids.size === 1)
        .map((e) => ({ id: [...e.ids][0]!, position: [...e.positions][0]!, eventIds: e.eventIds })),
    );
    const [dupes] = await tdb.sql<
      { n: string }[]
    >`SELECT count(*) AS n FROM (SELECT event_id FROM events GROUP BY event_id HAVING count(*) > 1) d`;
    const [submitted] = await tdb.sql<{ n: string }[]>`SELECT count(*) AS n FROM events WHERE type = 'ReportSubmitted'`;
    tally.set('streams', audit.streams);
    tally.set('report_submitted_events', Number(submitted!.n));
    tally.set('duplicate_event_ids', Number(dupes!.n));
    tally.set('duplicated_streams', audit.duplicated.length);
    tally.set('lost', audit.lost.length);
    tally.set('reports_answered_wrongly', wrong.length);
    tally.report(`${DISTINCT * COPIES} posts → ${audit.streams} streams, ${tally.get('duplicate_event_ids')} duplicate events`);

    expect(tally.get('answered_5xx')).toBe(0);
    expect(tally.get('no_answer')).toBe(0);
    expect(audit.streams).toBe(DISTINCT);
    expect(Number(submitted!.n)).toBe(DISTINCT);
    expect(Number(dupes!.n)).toBe(0);
    expect(audit.duplicated).toEqual([]);
    expect(audit.lost).toEqual([]);
    expect(wrong.length).toBe(0);
  });
});
