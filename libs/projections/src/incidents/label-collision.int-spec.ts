import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { incidentIdFor } from '@sitrep/domain';
import type { NewEvent, PostgresEventStore } from '@sitrep/event-store';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import type { ProjectionRunnerOptions } from '../runner/projection-runner.js';
import type { ProjectionDb } from '../runner/projection.js';
import { catchUpTo, testRunner, testStore } from '../testing/projection-test-kit.js';
import { extracted, fixtureEventId, PLACES, submitReport } from '../testing/report-fixtures.js';

/**
 * A new incident is labelled after its first event, but a label kept through relinking can drift
 * away from the event it is named after, so a live incident far from the new one may hold that
 * label already. The drifted label is put in place here by renaming a stored incident (the history
 * that leads there is long), and the new incident must take a label of its own, not merge into it.
 */
describe('incident labels', () => {
  let tdb: TestDatabase;
  let db: ProjectionDb;
  let store: PostgresEventStore;
  let head = 0;

  beforeEach(async () => {
    tdb = await createTestDatabase();
    db = tdb.db as unknown as ProjectionDb;
    store = testStore(db, tdb.sql);
    head = 0;
  });
  afterEach(() => tdb.close());

  const append = async (s: { streamId: string; events: NewEvent[] }) => {
    head = Math.max(head, (await store.append(s.streamId, s.events)).lastPosition);
  };

  const FAR_DAY = { from: '2023-06-01', to: '2023-06-01' };
  const newEvent = fixtureEventId('new', 1, 0);
  const drifted = incidentIdFor(newEvent);

  /** A live incident a year after the new event, stored under the label the new event's incident would be named. */
  async function driftedIncident(): Promise<void> {
    await append(submitReport('far', [extracted('ShellingReported', { occurredOn: FAR_DAY, locations: [PLACES.goris] })]));
    await catchUpTo(testRunner(db, tdb.sql, store), head);
    const was = incidentIdFor(fixtureEventId('far', 1, 0));
    await sql`UPDATE incidents SET id = ${drifted} WHERE id = ${was}`.execute(db);
    await sql`UPDATE incident_members SET incident_id = ${drifted} WHERE incident_id = ${was}`.execute(db);
    await sql`UPDATE incident_places SET incident_id = ${drifted} WHERE incident_id = ${was}`.execute(db);
  }

  const liveMembers = () =>
    db
      .selectFrom('incident_members')
      .select(['event_id', 'incident_id'])
      .where('valid_to', 'is', null)
      .execute()
      .then((rows) => new Map(rows.map((r) => [r.event_id, r.incident_id])));

  const cases: { name: string; runner: Partial<ProjectionRunnerOptions>; near: boolean }[] = [
    // One page: a live batch, which looks the drifted label up in the table before writing.
    { name: 'a live batch that never loads the drifted incident', runner: { batchSize: 1000 }, near: false },
    // The same report's second event is near the drifted incident, so the batch loads it before linking.
    { name: 'a live batch that has loaded the drifted incident', runner: { batchSize: 1000 }, near: true },
    // Pages of one event: catching up over the held current incidents.
    { name: 'batches catching up', runner: { batchSize: 1, catchUpBatchSize: 1 }, near: false },
  ];

  for (const c of cases) {
    it(`gives a new incident its own label when a live incident far away holds its name (${c.name})`, async () => {
      await driftedIncident();
      const events = [extracted('ShellingReported', { locations: [PLACES.jermuk] })];
      if (c.near) events.push(extracted('AirStrikeReported', { occurredOn: FAR_DAY, locations: [PLACES.karabakh] }));
      await append(submitReport('new', events));
      await catchUpTo(testRunner(db, tdb.sql, store, c.runner), head);

      const members = await liveMembers();
      expect(members.get(fixtureEventId('far', 1, 0))).toBe(drifted);
      expect(members.get(newEvent)).toBe(incidentIdFor(`${drifted}:1`));
      const { rows: shared } = await sql<{ id: string }>`
        SELECT id FROM incidents WHERE valid_to IS NULL GROUP BY build, id HAVING count(*) > 1`.execute(db);
      expect(shared).toEqual([]);
      const far = await db
        .selectFrom('incidents')
        .selectAll()
        .where('id', '=', drifted)
        .where('valid_to', 'is', null)
        .executeTakeFirstOrThrow();
      expect(far.member_count).toBe(1);
      expect(far.date_from).toBe(FAR_DAY.from);
    });
  }
});
