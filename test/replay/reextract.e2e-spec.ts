import { CommandBus } from '@nestjs/cqrs';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppModule } from '../../apps/api/src/app.module.js';
import { registerBodyParsers } from '../../apps/api/src/http/body-parsers.js';
import { ProblemDetailsFilter } from '../../apps/api/src/http/problem-details.filter.js';
import { EVENT_STORE } from '../../apps/api/src/infrastructure/tokens.js';
import { commandMetadata } from '../../apps/api/src/reports/application/command-metadata.js';
import { REPORT_EXTRACTOR, type ReportExtractor } from '../../apps/api/src/reports/application/extractor.port.js';
import { reextractAll } from '../../apps/api/src/reports/commands/reextract-report/reextract-all.js';
import { ReextractReportsCommand } from '../../apps/api/src/reports/commands/reextract-report/reextract-reports.command.js';
import { postgresReextractCheckpoints } from '../../apps/api/src/reports/commands/reextract-report/reextract-checkpoints.js';
import type { RecordedEventJson } from '../../apps/api/src/replay/recorded-event.json.js';
import { loadConfig } from '@sitrep/config';
import type { EventStore } from '@sitrep/event-store';
import type { ExtractionInput, ExtractionRecord } from '@sitrep/extraction';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';

/**
 * Re-extraction through HTTP: the extractor is swapped for one whose version
 * the test controls, so "the extractor changed" is a line of test code, and
 * everything else (handler, decider, store, guard, problem filter) is real.
 */
class SwitchableExtractor implements ReportExtractor {
  current = 'fake-1.0.0';
  /** Runs while a report is being extracted: a write that lands between a command's read and its append. */
  during: ((input: ExtractionInput) => Promise<void>) | null = null;
  async version() {
    return this.current;
  }
  async extract(input: ExtractionInput): Promise<ExtractionRecord> {
    await this.during?.(input);
    const sentence = input.text.slice(0, 20);
    const event = (type: 'ShellingReported' | 'CasualtiesClaimed') => ({
      type,
      occurredOn: { from: '2022-09-13', to: '2022-09-13' },
      locations: [{ id: 'am-jermuk', name: 'Jermuk', country: 'AM', lat: 39.8414, lon: 45.6697, precision: 'settlement' as const }],
      claimant: { party: 'AM', name: 'Armenian Ministry of Defence' },
      accused: 'AZ',
      target: 'AM',
      weapons: [],
      casualties: [],
      materiel: [],
      background: false,
      evidence: { text: sentence, start: 0, end: sentence.length },
      confidence: 0.9,
    });
    // A newer extractor finds one more event: the difference the projections must follow.
    const events = this.current === 'fake-1.0.0' ? [event('ShellingReported')] : [event('ShellingReported'), event('CasualtiesClaimed')];
    return {
      report: {
        publishedOn: input.publishedOn ?? null,
        referenceDate: input.publishedOn ?? null,
        referenceDateSource: 'metadata',
        language: 'ar',
      },
      events,
    };
  }
}

const ADMIN = 'test-admin-token-0123456789abcdef';
const auth = { authorization: `Bearer ${ADMIN}` };
let tdb: TestDatabase;
let app: NestFastifyApplication;
let extractor: SwitchableExtractor;

async function submit(text: string): Promise<{ id: string; position: number }> {
  const res = await app.inject({ method: 'POST', url: '/reports', payload: { text, publishedOn: '2022-09-13', source: 'Test Agency' } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function streamOf(id: string): Promise<RecordedEventJson[]> {
  const res = await app.inject({ url: `/streams/report-${id}` });
  expect(res.statusCode).toBe(200);
  return (res.json() as { events: RecordedEventJson[] }).events;
}

beforeAll(async () => {
  tdb = await createTestDatabase({ poolSize: 6 });
  const config = loadConfig({ DATABASE_URL: tdb.url, LOG_LEVEL: 'silent', SITREP_ADMIN_TOKEN: ADMIN });
  const handle = { db: tdb.db, sql: tdb.sql, url: tdb.url, embedded: false, close: async () => undefined };
  extractor = new SwitchableExtractor();
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.register({ config, handle, ownsHandle: false, httpLogging: false })],
  })
    .overrideProvider(REPORT_EXTRACTOR)
    .useValue(extractor)
    .compile();
  app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), { bodyParser: false, logger: false });
  app.useGlobalFilters(new ProblemDetailsFilter());
  registerBodyParsers(app.getHttpAdapter().getInstance() as never);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
});

afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

describe('POST /reports/:id/reextract', () => {
  it('is admin-only', async () => {
    const { id } = await submit('قصفت القوات الأذربيجانية مدينة جرموك. تقرير أول.');
    expect((await app.inject({ method: 'POST', url: `/reports/${id}/reextract` })).statusCode).toBe(401);
    const wrong = await app.inject({
      method: 'POST',
      url: `/reports/${id}/reextract`,
      headers: { authorization: 'Bearer nope-nope-nope-nope' },
    });
    expect(wrong.statusCode).toBe(403);
  });

  it('with the same extractor version is a no-op answered with REEXTRACTION_UNCHANGED', async () => {
    extractor.current = 'fake-1.0.0';
    const { id, position } = await submit('قصفت القوات الأذربيجانية مدينة جرموك. تقرير ثان.');
    const before = await streamOf(id);
    const res = await app.inject({ method: 'POST', url: `/reports/${id}/reextract`, headers: auth });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id,
      outcome: 'unchanged',
      code: 'REEXTRACTION_UNCHANGED',
      extractorVersion: 'fake-1.0.0',
      position,
      events: [],
    });
    expect(await streamOf(id)).toEqual(before);
  });

  it('with a changed extractor version appends ReportReextracted and the new events; the history keeps both', async () => {
    extractor.current = 'fake-1.0.0';
    const { id } = await submit('قصفت القوات الأذربيجانية مدينة جرموك. تقرير ثالث.');
    const before = await streamOf(id);
    expect(before.map((e) => e.type)).toEqual(['ReportSubmitted', 'ShellingReported']);

    extractor.current = 'fake-2.0.0';
    const res = await app.inject({ method: 'POST', url: `/reports/${id}/reextract`, headers: auth });
    expect(res.statusCode).toBe(200);
    const result = res.json();
    expect(result).toMatchObject({
      id,
      outcome: 'reextracted',
      extractorVersion: 'fake-2.0.0',
      previousExtractorVersion: 'fake-1.0.0',
      extractionNumber: 2,
      eventCount: 2,
    });

    const after = await streamOf(id);
    expect(after.slice(0, 2)).toEqual(before);
    expect(after.map((e) => e.type)).toEqual([
      'ReportSubmitted',
      'ShellingReported',
      'ReportReextracted',
      'ShellingReported',
      'CasualtiesClaimed',
    ]);
    const reextracted = after[2]!;
    expect(reextracted.data).toMatchObject({
      reportId: id,
      extractorVersion: 'fake-2.0.0',
      previousExtractorVersion: 'fake-1.0.0',
      extractionId: result.extractionId,
      previousExtractionId: (before[0]!.data as { extractionId: string }).extractionId,
    });
    expect(reextracted.metadata).toMatchObject({ extractorVersion: 'fake-2.0.0' });
    // The new events belong to the new extraction; the old one stays as it was.
    for (const e of after.slice(3)) expect(e.data).toMatchObject({ extractionId: result.extractionId, reportId: id });
    expect(after[1]!.data).toMatchObject({ extractionId: (before[0]!.data as { extractionId: string }).extractionId });
    expect(result.position).toBe(after.at(-1)!.position);
    expect(result.events.map((e: { type: string }) => e.type)).toEqual(['ReportReextracted', 'ShellingReported', 'CasualtiesClaimed']);

    // Once more with the same version: nothing.
    const again = await app.inject({ method: 'POST', url: `/reports/${id}/reextract`, headers: auth });
    expect(again.json()).toMatchObject({ outcome: 'unchanged', code: 'REEXTRACTION_UNCHANGED' });
    expect(await streamOf(id)).toHaveLength(5);

    // force re-extracts with the same version.
    const forced = await app.inject({ method: 'POST', url: `/reports/${id}/reextract?force=true`, headers: auth });
    expect(forced.json()).toMatchObject({ outcome: 'reextracted', extractionNumber: 3, previousExtractorVersion: 'fake-2.0.0' });
  });

  it('answers 404 for an unknown report, 409 for a retracted one, 422 for a bad force', async () => {
    const unknown = await app.inject({ method: 'POST', url: `/reports/${'0'.repeat(24)}/reextract`, headers: auth });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'REPORT_NOT_FOUND' });
    const bad = await app.inject({ method: 'POST', url: '/reports/not-an-id/reextract', headers: auth });
    expect(bad.statusCode).toBe(404);
    expect(bad.json()).toMatchObject({ code: 'INVALID_REPORT_ID' });

    extractor.current = 'fake-1.0.0';
    const { id } = await submit('قصفت القوات الأذربيجانية مدينة جرموك. تقرير سيسحب.');
    const retract = await app.inject({ method: 'POST', url: `/reports/${id}/retract`, headers: auth, payload: { reason: 'duplicate' } });
    expect(retract.statusCode).toBe(200);
    extractor.current = 'fake-2.0.0';
    const res = await app.inject({ method: 'POST', url: `/reports/${id}/reextract`, headers: auth });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'REPORT_ALREADY_RETRACTED' });

    expect((await app.inject({ method: 'POST', url: `/reports/${id}/reextract?force=maybe`, headers: auth })).statusCode).toBe(422);
  });

  it('concurrent re-extractions by the same extractor append one extraction', async () => {
    extractor.current = 'fake-1.0.0';
    const { id } = await submit('قصفت القوات الأذربيجانية مدينة جرموك. تقرير متزامن.');
    extractor.current = 'fake-2.0.0';
    const results = await Promise.all(
      Array.from({ length: 5 }, () => app.inject({ method: 'POST', url: `/reports/${id}/reextract`, headers: auth })),
    );
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200]);
    const outcomes = results.map((r) => r.json().outcome).sort();
    expect(outcomes.filter((o) => o === 'reextracted')).toHaveLength(1);
    expect((await streamOf(id)).filter((e) => e.type === 'ReportReextracted')).toHaveLength(1);
  });
});

describe('read-your-writes (?waitFor=) on the real query endpoints', () => {
  it('answers once the projections applied the position POST /reports returned, and projections follow a re-extraction', async () => {
    extractor.current = 'fake-1.0.0';
    const { id, position } = await submit('قصفت القوات الأذربيجانية مدينة جرموك. تقرير للقراءة.');
    const res = await app.inject({ url: `/incidents?location=am-jermuk&waitFor=${position}&waitTimeout=20000` });
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json() as { items: unknown[]; asOf: unknown };
    expect(JSON.stringify(page.items)).toContain(id);

    extractor.current = 'fake-2.0.0';
    const reextracted = (await app.inject({ method: 'POST', url: `/reports/${id}/reextract`, headers: auth })).json();
    expect(reextracted.outcome).toBe('reextracted');
    const after = await app.inject({ url: `/incidents?location=am-jermuk&waitFor=${reextracted.position}&waitTimeout=20000` });
    expect(after.statusCode, after.body).toBe(200);
    expect(JSON.stringify(after.json())).toContain('CasualtiesClaimed');
  });

  it('times out cleanly with 504 WAIT_FOR_TIMEOUT when the position is not reached', async () => {
    const head = await app.get<EventStore>(EVENT_STORE).headPosition();
    const started = Date.now();
    const res = await app.inject({ url: `/incidents?waitFor=${head + 1000}&waitTimeout=300` });
    expect(res.statusCode).toBe(504);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ code: 'WAIT_FOR_TIMEOUT', projection: 'incidents', waitFor: head + 1000, timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('re-extracting every report (sitrep reextract --all)', () => {
  it('walks every report once, skips retracted ones, and sums up', async () => {
    extractor.current = 'fake-3.0.0';
    const { rows } = await sql<{ max: string }>`SELECT max(position)::text AS max FROM events`.execute(tdb.db);
    const store = app.get<EventStore>(EVENT_STORE);
    // The gap-safe read fences events while an older transaction of the cluster
    // (e.g. a projection batch) is open: wait until everything written is visible.
    await expect.poll(() => store.headPosition(), { timeout: 30_000, interval: 50 }).toBeGreaterThanOrEqual(Number(rows[0]!.max));
    const progress: string[] = [];
    const deps = {
      store,
      commandBus: app.get(CommandBus),
      checkpoints: postgresReextractCheckpoints(tdb.sql),
      extractorVersion: extractor.current,
      metadata: commandMetadata,
      newRunId: () => 'test-all',
    };
    const summary = await reextractAll(deps, {
      onProgress: (p) => progress.push(`${p.done}:${p.outcome}`),
    });
    // Six reports submitted above, one of them retracted.
    expect(summary).toMatchObject({ reports: 6, reextracted: 5, unchanged: 0, skipped: 1, failed: 0 });
    expect(progress).toHaveLength(6);
    // The gap-safe head may trail a commit for a moment (older transactions of the cluster).
    const appended = (await store.readAll({ after: summary.position - 1, limit: 1 })).events;
    expect(summary.position).toBeGreaterThan(0);
    await expect.poll(() => store.headPosition(), { timeout: 10_000 }).toBeGreaterThanOrEqual(summary.position);
    expect(appended.length === 0 || appended[0]!.type !== 'ReportSubmitted').toBe(true);

    // The completed run left no checkpoint: the next one looks at every report again, and finds nothing to do.
    const again = await reextractAll(deps);
    expect(again).toMatchObject({ reports: 6, reextracted: 0, unchanged: 5, skipped: 1, failed: 0, position: 0 });
  });
});

describe('ReextractReportsCommand (the batches of `sitrep reextract --all`)', () => {
  /** Counts the store's stream reads while `run` runs (the store the handlers use, spied on, not replaced). */
  async function countingReads<T>(run: () => Promise<T>): Promise<{ result: T; readStream: number; readStreams: number }> {
    const store = app.get<EventStore>(EVENT_STORE);
    const target = Object.getPrototypeOf(store) as EventStore; // the proxy reads methods off the real store's prototype
    const counts = { readStream: 0, readStreams: 0 };
    const originals = { readStream: target.readStream, readStreams: target.readStreams };
    target.readStream = function (this: EventStore, ...args: Parameters<EventStore['readStream']>) {
      counts.readStream++;
      return originals.readStream.apply(this, args);
    };
    target.readStreams = function (this: EventStore, ...args: Parameters<EventStore['readStreams']>) {
      counts.readStreams++;
      return originals.readStreams.apply(this, args);
    };
    try {
      return { result: await run(), ...counts };
    } finally {
      Object.assign(target, originals);
    }
  }

  it('reads the streams of the batch in one statement and answers each report as the single command would', async () => {
    extractor.current = 'fake-4.0.0';
    const a = await submit('قصفت القوات الأذربيجانية مدينة جرموك. دفعة أولى.');
    const b = await submit('قصفت القوات الأذربيجانية مدينة جرموك. دفعة ثانية.');
    const gone = await submit('قصفت القوات الأذربيجانية مدينة جرموك. دفعة مسحوبة.');
    const retract = await app.inject({
      method: 'POST',
      url: `/reports/${gone.id}/retract`,
      headers: auth,
      payload: { reason: 'duplicate' },
    });
    expect(retract.statusCode).toBe(200);
    const unknown = 'f'.repeat(24);
    extractor.current = 'fake-5.0.0';

    const { result, readStream, readStreams } = await countingReads(() =>
      app.get(CommandBus).execute(new ReextractReportsCommand([a.id, gone.id, unknown, 'not-an-id', b.id], commandMetadata('batch-1'))),
    );
    expect({ readStream, readStreams }).toEqual({ readStream: 0, readStreams: 1 });
    expect(result.map((r) => (r.status === 'fulfilled' ? r.value.outcome : (r.reason as { code: string }).code))).toEqual([
      'reextracted',
      'REPORT_ALREADY_RETRACTED',
      'REPORT_NOT_FOUND',
      'INVALID_REPORT_ID',
      'reextracted',
    ]);
    for (const { id } of [a, b]) {
      const stream = await streamOf(id);
      const reextracted = stream.filter((e) => e.type === 'ReportReextracted');
      expect(reextracted).toHaveLength(1);
      expect(reextracted[0]!.data).toMatchObject({ extractorVersion: 'fake-5.0.0', previousExtractorVersion: 'fake-4.0.0' });
    }
    expect((await streamOf(gone.id)).map((e) => e.type)).not.toContain('ReportReextracted');
  });

  it('a report written after the batch read it is appended at the version read, conflicts, and is decided again on a fresh read', async () => {
    extractor.current = 'fake-6.0.0';
    const raced = await submit('قصفت القوات الأذربيجانية مدينة جرموك. دفعة متسابقة.');
    const calm = await submit('قصفت القوات الأذربيجانية مدينة جرموك. دفعة هادئة.');
    extractor.current = 'fake-7.0.0';
    // While the batch extracts the raced report, an analyst retracts it: the batch's read is stale.
    let retracted = false;
    extractor.during = async (input) => {
      if (retracted || !input.text.includes('متسابقة')) return;
      retracted = true;
      const res = await app.inject({ method: 'POST', url: `/reports/${raced.id}/retract`, headers: auth, payload: { reason: 'wrong' } });
      expect(res.statusCode).toBe(200);
    };
    try {
      const { result, readStream } = await countingReads(() =>
        app.get(CommandBus).execute(new ReextractReportsCommand([raced.id, calm.id], commandMetadata('batch-2'))),
      );
      expect(retracted).toBe(true);
      expect(result[0]).toMatchObject({ status: 'rejected', reason: { code: 'REPORT_ALREADY_RETRACTED' } });
      expect(result[1]).toMatchObject({ status: 'fulfilled', value: { outcome: 'reextracted', extractorVersion: 'fake-7.0.0' } });
      // The retraction's own read and the raced report's second attempt; the calm report is not read again.
      expect(readStream).toBe(2);
    } finally {
      extractor.during = null;
    }
    const types = (await streamOf(raced.id)).map((e) => e.type);
    expect(types.at(-1)).toBe('ReportRetracted');
    expect(types).not.toContain('ReportReextracted');
  });
});
