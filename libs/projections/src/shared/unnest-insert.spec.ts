import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '@sitrep/event-store';
import { createCasualtiesProjection } from '../casualties/casualties.projection.js';
import type { ProjectionTables } from '../projection-tables.js';
import { insertUnnest } from './unnest-insert.js';

/** A database that runs nothing (every query returns no rows) and records each statement text. */
function recordingDb(): { db: Kysely<ProjectionTables>; texts: string[] } {
  const texts: string[] = [];
  const db = new Kysely<ProjectionTables>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
    log: (e) => {
      if (e.level === 'query') texts.push(e.query.sql);
    },
  });
  return { db, texts };
}

let position = 0;
const event = (type: string, streamId: string, data: Record<string, unknown>): RecordedEvent => ({
  position: ++position,
  streamId,
  streamVersion: 1,
  id: `e${position}`,
  type,
  schemaVersion: 1,
  data,
  metadata: { correlationId: 'test' } as RecordedEvent['metadata'],
  occurredAt: new Date(0),
  recordedAt: new Date(0),
  transactionId: '1',
});

/** `reports` reports, each submitted with one clash claiming `claims` casualty figures. */
function batch(reports: number, claims: number): RecordedEvent[] {
  const out: RecordedEvent[] = [];
  for (let r = 0; r < reports; r++) {
    const reportId = `r${position}-${r}`;
    const streamId = `report-${reportId}`;
    out.push(
      event('ReportSubmitted', streamId, {
        reportId,
        source: 'src',
        title: 't',
        url: null,
        language: 'en',
        publishedOn: '2022-09-13',
        referenceDate: null,
        extractionId: 'x',
      }),
      event('ArmedClashReported', streamId, {
        reportId,
        extractionId: 'x',
        background: false,
        claimant: { party: 'AM', name: null },
        evidence: { text: 'q' },
        casualties: Array.from({ length: claims }, () => ({
          party: 'AM',
          affiliation: 'military',
          category: 'killed',
          min: 1,
          max: 1,
          approximate: false,
          vague: false,
        })),
      }),
    );
  }
  return out;
}

describe('inserts of many rows', () => {
  it('have one statement text whatever the number of rows', async () => {
    const { db, texts } = recordingDb();
    for (const n of [1, 2, 7]) {
      await insertUnnest(
        db,
        'projection_reports',
        [
          ['report_id', 'text'],
          ['build', 'int4'],
        ],
        Array.from({ length: n }, (_, i) => ({ report_id: `r${i}`, build: 1 })),
      );
    }
    expect(texts).toHaveLength(3);
    expect(new Set(texts).size).toBe(1);
  });

  // Postgres.js prepares and keeps every statement text per connection: a text per row count
  // was a cache that grew with the history of a rebuild (52 MiB of live heap by 265,000 events).
  it('keep the casualties projection to a fixed set of statement texts whatever the batch', async () => {
    const projection = createCasualtiesProjection();
    const textsOf = async (reports: number, claims: number) => {
      const { db, texts } = recordingDb();
      await projection.apply(batch(reports, claims), { trx: db, build: 1, after: 0, to: 1, catchingUp: true });
      return new Set(texts);
    };
    const small = await textsOf(1, 1);
    expect([...small].some((t) => t.includes('casualty_claims'))).toBe(true);
    expect([...small].some((t) => t.includes('projection_reports'))).toBe(true);
    expect(await textsOf(3, 2)).toEqual(small);
    expect(await textsOf(40, 5)).toEqual(small);
  });
});
