import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CasualtyFigure } from '@sitrep/extraction';
import type { NewEvent, PostgresEventStore } from '@sitrep/event-store';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { gazetteerDirectory } from '../locations/gazetteer-directory.js';
import type { ProjectionDb } from '../runner/projection.js';
import type { ProjectionRunner } from '../runner/projection-runner.js';
import { catchUpTo, testRunner, testStore } from '../testing/projection-test-kit.js';
import { extracted, PLACES, retractReport, submitReport } from '../testing/report-fixtures.js';
import { readableIncidentPage } from './incident-page.query.js';
import { readableIncidents } from './incident-rows.js';
import { listIncidents, type ListIncidentsFilter } from './incidents.query.js';

const killed = (min: number, over: Partial<CasualtyFigure> = {}): CasualtyFigure => ({
  party: 'AM',
  affiliation: 'military',
  category: 'killed',
  min,
  max: min,
  approximate: false,
  vague: false,
  ...over,
});

describe('readableIncidentPage: the page and its casualty claims in one statement', () => {
  let tdb: TestDatabase;
  let db: ProjectionDb;
  let store: PostgresEventStore;
  let runner: ProjectionRunner;
  let head = 0;

  beforeEach(async () => {
    tdb = await createTestDatabase();
    db = tdb.db as unknown as ProjectionDb;
    store = testStore(db, tdb.sql);
    runner = testRunner(db, tdb.sql, store, { batchSize: 5 });
    head = 0;
  });
  afterEach(() => tdb.close());

  const append = async (s: { streamId: string; events: NewEvent[] }) => {
    head = Math.max(head, (await store.append(s.streamId, s.events)).lastPosition);
  };

  /** Reports at three places over three days, with figures that differ by claimant, one of them retracted later. */
  async function history(): Promise<{ beforeRetraction: number }> {
    const places = [PLACES.jermuk, PLACES.goris, PLACES.karabakh];
    for (let day = 13; day <= 15; day++)
      for (const [k, place] of places.entries())
        await append(
          submitReport(
            `r-${day}-${k}`,
            [
              extracted('ShellingReported', {
                occurredOn: { from: `2022-09-${day}`, to: `2022-09-${day}` },
                locations: [place],
                casualties: [killed(day + k), killed(2, { party: 'AZ', affiliation: 'civilian', category: 'wounded' })],
              }),
            ],
            { publishedOn: `2022-09-${day}`, source: k === 1 ? 'Reuters' : 'TASS' },
          ),
        );
    await catchUpTo(runner, head);
    const beforeRetraction = head;
    await append(retractReport('r-14-0'));
    await catchUpTo(runner, head);
    return { beforeRetraction };
  }

  /** What the two statements of listIncidents and readableIncidents answer for the same filter. */
  async function twoStatements(f: ListIncidentsFilter) {
    const page = await listIncidents(db, f);
    const items = await readableIncidents(db, gazetteerDirectory, page.items, { asOf: f.asOf, publishedBefore: f.publishedBefore });
    return { items, next: page.next };
  }

  it('answers what listIncidents and readableIncidents answer, for every kind of filter and page', async () => {
    const { beforeRetraction } = await history();
    const filters: ListIncidentsFilter[] = [
      { asOf: null, limit: 50 },
      { asOf: null, limit: 2 },
      { asOf: null, limit: 2, placeIds: [PLACES.jermuk.id] },
      { asOf: null, limit: 50, placeIds: [PLACES.jermuk.id, PLACES.goris.id] },
      { asOf: beforeRetraction, limit: 50 },
      { asOf: beforeRetraction, limit: 50, placeIds: [PLACES.jermuk.id] },
      { asOf: null, limit: 50, publishedBefore: '2022-09-14' },
      { asOf: null, limit: 50, party: 'AM', from: '2022-09-14' },
    ];
    for (const f of filters) {
      const one = await readableIncidentPage(db, gazetteerDirectory, f);
      expect(one, JSON.stringify(f)).toEqual(await twoStatements(f));
      // Every later page too, through the cursor.
      let next = one.next;
      while (next) {
        const page = await readableIncidentPage(db, gazetteerDirectory, { ...f, after: next });
        expect(page).toEqual(await twoStatements({ ...f, after: next }));
        next = page.next;
      }
    }
    const all = await readableIncidentPage(db, gazetteerDirectory, { asOf: null, limit: 50 });
    expect(all.items.length).toBeGreaterThan(3);
    expect(all.items.some((i) => i.casualties.some((c) => c.category === 'wounded' && c.low === 2))).toBe(true);
  });

  it('reads a page, claims included, in one statement', async () => {
    await history();
    let statementCount = 0;
    const counted = db.withPlugin({
      // Called once per statement run (transformQuery also runs for subqueries as they are built).
      transformQuery: (args) => args.node,
      transformResult: (args) => {
        statementCount++;
        return Promise.resolve(args.result);
      },
    });
    const page = await readableIncidentPage(counted, gazetteerDirectory, { asOf: null, limit: 50, placeIds: [PLACES.jermuk.id] });
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((i) => i.casualties.length > 0)).toBe(true);
    expect(statementCount).toBe(1);
  });
});
