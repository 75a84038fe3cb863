import fc from 'fast-check';
import { sql } from 'kysely';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incidentIdFor } from '@sitrep/domain';
import type { NewEvent } from '@sitrep/event-store';
import { extract } from '@sitrep/extraction';
import type { ExtractedEventData } from '@sitrep/domain';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { catchUpTo, testPlaceChain, testRunner, testStore } from '../testing/projection-test-kit.js';
import { submitReport, type FixtureEvent } from '../testing/report-fixtures.js';
import type { ProjectionDb } from '../runner/projection.js';
import { canonicalIncidents, partitionOf, type IdentifiedEvent } from './canonical-linking.js';
import { partiesOf, spanOf, uniqueSorted } from './incident-values.js';
import { incidentKindOf } from './linking.rule.js';

/**
 * Issue 13 item 10: the incidents of a set of reports are a function of the set. The dev
 * corpus, extracted once, is appended in random orders (fast-check permutations), with the
 * projection catching up after random steps, and the incidents it keeps on PostgreSQL must
 * partition the events as the canonical reference does, every time. (Their ids are labels
 * kept from the history, not compared.)
 */
const corpusDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/corpus/dev');

interface CorpusReport {
  text: string;
  publishedOn: string | null;
  outlet: string | null;
  language?: string;
}

function loadCorpus(): { name: string; appends: { streamId: string; events: NewEvent[] }; referenceDate: string }[] {
  return readdirSync(corpusDir)
    .filter((f) => /^(seed|dev)-\d+\.json$/.test(f))
    .sort()
    .map((f) => {
      const r = JSON.parse(readFileSync(join(corpusDir, f), 'utf8')) as CorpusReport;
      const record = extract({ text: r.text, publishedOn: r.publishedOn, source: r.outlet, language: r.language ?? 'ar' });
      // The fixture dates every report (2022-09-13 when none is given); the reference uses the same date.
      const referenceDate = record.report.referenceDate ?? r.publishedOn ?? '2022-09-13';
      const events = record.events as unknown as FixtureEvent[];
      return { name: `order-${f}`, appends: submitReport(`order-${f}`, events, { publishedOn: referenceDate }), referenceDate };
    });
}

/** The events the projection links, as the canonical reference sees them (same fallback date, places and parties). */
function linkable(corpus: ReturnType<typeof loadCorpus>): IdentifiedEvent[] {
  return corpus.flatMap(({ appends, referenceDate }) =>
    appends.events.flatMap((e): IdentifiedEvent[] => {
      const kind = incidentKindOf(e.type);
      const data = e.data as ExtractedEventData;
      if (!kind || data.background) return [];
      const placeIds = uniqueSorted((data.locations ?? []).map((l) => l.id));
      return [{ id: e.id!, kind, span: spanOf(data, referenceDate), placeIds, parties: partiesOf(data) }];
    }),
  );
}

describe('incident linking does not depend on posting order', () => {
  let tdb: TestDatabase;
  let db: ProjectionDb;
  const corpus = loadCorpus();
  const reference = canonicalIncidents(linkable(corpus), testPlaceChain, incidentIdFor);

  beforeAll(async () => {
    tdb = await createTestDatabase({ poolSize: 4 });
    db = tdb.db as unknown as ProjectionDb;
  });
  afterAll(() => tdb.close());

  /** Appends the reports in this order, catching up after the steps marked; answers each event's current incident. */
  async function incidentsFor(order: readonly number[], catchUpAfter: readonly boolean[]): Promise<Map<string, string>> {
    await sql`TRUNCATE incidents, incident_members, incident_places, casualty_claims, projection_reports, projection_checkpoints, projection_registry, events, streams`.execute(
      db,
    );
    const store = testStore(db, tdb.sql);
    const runner = testRunner(db, tdb.sql, store, { batchSize: 40, catchUpBatchSize: 40 });
    let head = 0;
    for (const [k, i] of order.entries()) {
      const { streamId, events } = corpus[i]!.appends;
      head = (await store.append(streamId, events)).lastPosition;
      // A long wait allowed: on a shared server another file's open transaction fences the head for a while.
      if (catchUpAfter[k]) await catchUpTo(runner, head, 120_000);
    }
    await catchUpTo(runner, head, 120_000);
    const rows = await db
      .selectFrom('incident_members as m')
      .innerJoin('projection_registry as r', (j) => j.onRef('r.active_build', '=', 'm.build').on('r.name', '=', 'incidents'))
      .select(['m.event_id', 'm.incident_id'])
      .where('m.valid_to', 'is', null)
      .execute();
    return new Map(rows.map((r) => [r.event_id, r.incident_id]));
  }

  it('links the dev corpus into the canonical incidents in any order of its reports', async () => {
    expect(corpus.length).toBeGreaterThan(50);
    // The corpus must give linking choices to make: incidents of several events.
    expect(partitionOf(reference).filter((g) => g.length > 1).length).toBeGreaterThan(5);
    const n = corpus.length;
    const identity = corpus.map((_, i) => i);
    const first = await incidentsFor(
      identity,
      identity.map(() => true),
    );
    expect(partitionOf(first)).toEqual(partitionOf(reference));
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(identity, { minLength: n, maxLength: n }),
        fc.array(fc.boolean(), { minLength: n, maxLength: n }),
        async (order, catchUpAfter) => {
          const got = await incidentsFor(order, catchUpAfter);
          expect(partitionOf(got)).toEqual(partitionOf(reference));
        },
      ),
      { numRuns: 4, seed: 13, endOnFailure: true },
    );
  }, 600_000);
});
