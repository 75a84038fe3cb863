import { CommandBus, CqrsModule, EventBus } from '@nestjs/cqrs';
import { Test } from '@nestjs/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExtractionInput, ExtractionRecord } from '@sitrep/extraction';
import { PostgresEventStore } from '@sitrep/event-store';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { EVENT_STORE } from '../../../infrastructure/tokens.js';
import { MetricsService } from '../../../observability/metrics.service.js';
import { commandMetadata } from '../../application/command-metadata.js';
import { REPORT_EXTRACTOR, type ReportExtractor } from '../../application/extractor.port.js';
import { ReportStreamAppended } from '../../application/report-stream-appended.event.js';
import { RetractReportCommand } from '../retract-report/retract-report.command.js';
import { RetractReportHandler } from '../retract-report/retract-report.handler.js';
import { SubmitReportCommand } from './submit-report.command.js';
import { SubmitReportHandler } from './submit-report.handler.js';

const record = (input: ExtractionInput): ExtractionRecord => ({
  report: {
    publishedOn: input.publishedOn ?? null,
    referenceDate: input.publishedOn ?? null,
    referenceDateSource: input.publishedOn ? 'metadata' : 'none',
    language: 'ar',
  },
  events: [
    {
      type: 'ShellingReported',
      occurredOn: null,
      locations: [],
      claimant: { party: 'AM', name: null },
      accused: 'AZ',
      target: 'AM',
      weapons: [],
      casualties: [],
      materiel: [],
      background: false,
      evidence: { text: input.text.slice(0, 3), start: 0, end: 3 },
      confidence: 0.7,
    },
  ],
});

/** The real CommandBus and EventBus over the real PostgreSQL store, a fresh database per test; faults are injected by wrapping the real store's methods. */
describe('SubmitReport and RetractReport handlers', () => {
  let tdb: TestDatabase;
  let store: PostgresEventStore;
  let extractor: ReportExtractor & { fail: Error | null; calls: number };
  let bus: CommandBus;
  let published: ReportStreamAppended[];
  let close: () => Promise<void>;

  beforeEach(async () => {
    tdb = await createTestDatabase();
    store = new PostgresEventStore(tdb.db, { sql: tdb.sql });
    extractor = {
      fail: null,
      calls: 0,
      async extract(input) {
        this.calls += 1;
        if (this.fail) throw this.fail;
        return record(input);
      },
      version: async () => 'test-1',
    };
    const moduleRef = await Test.createTestingModule({
      imports: [CqrsModule.forRoot()],
      providers: [
        SubmitReportHandler,
        RetractReportHandler,
        MetricsService,
        { provide: EVENT_STORE, useValue: store },
        { provide: REPORT_EXTRACTOR, useValue: extractor },
      ],
    }).compile();
    await moduleRef.init();
    bus = moduleRef.get(CommandBus);
    published = [];
    moduleRef.get(EventBus).subscribe((e) => e instanceof ReportStreamAppended && published.push(e));
    close = async () => {
      await moduleRef.close();
      await tdb.close();
    };
  });
  afterEach(() => close());

  const submit = (raw: unknown) =>
    bus.execute(SubmitReportCommand.from(raw, commandMetadata('corr-1', undefined, new Date('2026-01-01T00:00:00Z'))));

  it('appends ReportSubmitted and the extracted events, then publishes once', async () => {
    const result = await submit({ text: 'قصف مدفعي', publishedOn: '2022-09-13', source: 'TASS' });
    expect(result).toMatchObject({ created: true, position: 2 });
    expect(result.events.map((e) => e.type)).toEqual(['ReportSubmitted', 'ShellingReported']);
    const [submitted] = await store.readStream(`report-${result.id}`);
    expect(submitted!.data).toMatchObject({ source: 'TASS', submittedAt: '2026-01-01T00:00:00.000Z', extractorVersion: 'test-1' });
    expect(submitted!.metadata).toEqual({ correlationId: 'corr-1', extractorVersion: 'test-1' });
    expect(published).toHaveLength(1);
    expect(published[0]!.events).toHaveLength(2);
  });

  it('a known report is answered from the store without extracting again', async () => {
    const first = await submit({ text: 'قصف مدفعي', source: 'TASS' });
    const second = await submit({ text: ' قصف\nمدفعي ', source: 'tass' });
    // Same report (the id ignores spacing and the outlet's case); the answer says the stored outlet is spelt otherwise.
    expect(second).toEqual({
      ...first,
      created: false,
      retracted: false,
      differences: [{ field: 'source', sent: 'tass', stored: 'TASS' }],
    });
    expect(extractor.calls).toBe(1);
    expect(published).toHaveLength(1);
  });

  it('losing the race to an identical submission answers with the winner', async () => {
    const winner = await submit({ text: 'سباق', source: 'S' });
    const realRead = store.readStream.bind(store);
    let reads = 0;
    // The first read happens "before" the winner committed.
    store.readStream = async (id, options) => (reads++ === 0 ? [] : realRead(id, options));
    const loser = await submit({ text: 'سباق', source: 'S' });
    expect(loser).toEqual({ ...winner, created: false, retracted: false, differences: [] });
  });

  it('concurrent twins in one process share one extraction and one append', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => submit({ text: 'توأم', source: 'T' })));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(extractor.calls).toBe(1);
    expect(published).toHaveLength(1);
  });

  it('an extractor failure fails the command: nothing appended, nothing published', async () => {
    extractor.fail = new Error('lexicon missing');
    await expect(submit({ text: 'نص' })).rejects.toThrow('lexicon missing');
    expect(await store.headPosition()).toBe(0);
    expect(published).toEqual([]);
  });

  it('an append failure fails the command and publishes nothing', async () => {
    store.append = async () => {
      throw new Error('connection reset');
    };
    await expect(submit({ text: 'نص' })).rejects.toThrow('connection reset');
    expect(await store.headPosition()).toBe(0);
    expect(published).toEqual([]);
  });

  it('retracts once; a second retraction is REPORT_ALREADY_RETRACTED', async () => {
    const { id } = await submit({ text: 'سحب' });
    const retract = () => bus.execute(RetractReportCommand.from(id, { reason: 'wrong' }, commandMetadata('corr-2')));
    const result = await retract();
    expect(result.events.map((e) => e.type)).toEqual(['ReportRetracted']);
    await expect(retract()).rejects.toMatchObject({ code: 'REPORT_ALREADY_RETRACTED' });
    expect(published).toHaveLength(2);
  });

  it('retracting an unknown report is REPORT_NOT_FOUND', async () => {
    await expect(bus.execute(RetractReportCommand.from('0'.repeat(24), { reason: 'x' }, commandMetadata()))).rejects.toMatchObject({
      code: 'REPORT_NOT_FOUND',
    });
  });
});
