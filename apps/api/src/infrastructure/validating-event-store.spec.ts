import { describe, expect, it } from 'vitest';
import { contentHash, decide, deriveReportId, evolve, initialState, parseSubmitReportInput, type ReportEvent } from '@sitrep/domain';
import { MAX_FIGURE } from '@sitrep/domain';
import type { EventStore, NewEvent } from '@sitrep/event-store';
import type { ExtractionRecord } from '@sitrep/extraction';
import { EventSchemaViolationError, validateEvents, validatingEventStore } from './validating-event-store.js';

const metadata = { now: '2026-11-23T21:00:00.000Z', correlationId: 'req-1' };
const shelling = (casualtyMax: number | null = 3) => ({
  type: 'ShellingReported' as const,
  occurredOn: { from: '2022-09-13', to: '2022-09-13' },
  locations: [{ id: 'am-jermuk', name: 'Jermuk', country: 'AM', lat: 39.84, lon: 45.67, precision: 'settlement' as const }],
  claimant: { party: 'AM', name: 'Ministry of Defence' },
  accused: 'AZ',
  target: 'AM',
  weapons: ['artillery'],
  casualties: [
    {
      party: 'AM',
      affiliation: 'military' as const,
      category: 'killed' as const,
      min: 3,
      max: casualtyMax,
      approximate: false,
      vague: false,
    },
  ],
  materiel: [],
  background: false,
  evidence: { text: 'قصف', start: 0, end: 3 },
  confidence: 0.9,
});
const extraction = (events = [shelling()]): ExtractionRecord => ({
  report: { publishedOn: '2022-09-14', referenceDate: '2022-09-14', referenceDateSource: 'metadata', language: 'ar' },
  events,
  warnings: [],
});

function submitted(record = extraction()) {
  const input = parseSubmitReportInput({ text: 'قصف مدفعي على جرموك', publishedOn: '2022-09-14', source: 'TASS' });
  const reportId = deriveReportId(input.text, input.source);
  const events = decide(
    {
      type: 'SubmitReport',
      data: { reportId, input, contentHash: contentHash(input.text), extraction: record, extractorVersion: '0.3.0' },
      metadata,
    },
    initialState(),
  );
  return { reportId, events };
}
const asNew = (events: readonly ReportEvent[]): NewEvent[] =>
  events.map((e, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    type: e.type,
    data: e.data,
    metadata: { ...e.metadata },
  }));

describe('event schemas', () => {
  it('accept what the report decider produces: submit, re-extract, retract', () => {
    const { reportId, events } = submitted();
    expect(validateEvents(asNew(events))).toBeNull();
    const state = events.reduce(evolve, initialState());
    const reextracted = decide(
      {
        type: 'ReextractReport',
        data: { reportId, extraction: extraction([shelling(), shelling(5)]), extractorVersion: '0.4.0' },
        metadata,
      },
      state,
    );
    expect(reextracted.length).toBeGreaterThan(1);
    expect(validateEvents(asNew(reextracted))).toBeNull();
    const retracted = decide(
      { type: 'RetractReport', data: { reportId, reason: 'duplicate wire copy', retractedBy: 'admin' }, metadata },
      state,
    );
    expect(validateEvents(asNew(retracted))).toBeNull();
  });

  it('refuse a figure that is not an exact count, an unknown field, an unknown type', () => {
    expect(validateEvents(asNew(submitted(extraction([shelling(7e16)])).events))).toMatchObject({
      type: 'ShellingReported',
      violation: expect.stringContaining('casualties[0].max'),
    });
    const [first] = asNew(submitted().events);
    expect(validateEvents([{ ...first!, data: { ...(first!.data as object), admin: true } }])?.violation).toContain('unknown field');
    expect(validateEvents([{ ...first!, type: 'ReportDeleted' }])?.violation).toContain('unknown event type');
    expect(validateEvents([{ ...first!, metadata: {} }])?.violation).toContain('$.correlationId');
  });

  it("accept figures up to the projections' integer range and refuse one above it", () => {
    expect(validateEvents(asNew(submitted(extraction([shelling(MAX_FIGURE)])).events))).toBeNull();
    expect(validateEvents(asNew(submitted(extraction([shelling(2 ** 31)])).events))).toMatchObject({
      violation: expect.stringContaining('casualties[0].max'),
    });
  });

  it('accept analysts decisions', () => {
    const metadata = { correlationId: 'req-2', decidedBy: 'admin' };
    expect(
      validateEvents([
        {
          id: '00000000-0000-4000-8000-000000000001',
          type: 'IncidentsMerged',
          data: { into: 'inc-1', incidentIds: ['inc-2'], eventIds: ['e1'], reason: null, decidedAt: '2026-11-23T21:00:00Z' },
          metadata,
        },
        {
          id: '00000000-0000-4000-8000-000000000002',
          type: 'IncidentSplit',
          data: { incidentId: 'inc-1', eventIds: ['e1'], newIncidentId: 'inc-3', reason: 'two days', decidedAt: '2026-11-23T21:00:00Z' },
          metadata,
        },
      ]),
    ).toBeNull();
  });
});

describe('validatingEventStore', () => {
  it('never appends a batch with an invalid event, and forwards everything else', async () => {
    const appended: unknown[] = [];
    const inner = {
      append: async (...args: unknown[]) => {
        appended.push(args);
        return { nextExpectedVersion: 1, lastPosition: 1, alreadyAppended: false, events: [] };
      },
      readStream: async () => [],
      readAll: async () => ({ events: [], lastPosition: 0 }),
      subscribe: () => ({ async *[Symbol.asyncIterator]() {} }),
      headPosition: async () => 42,
      extra: () => 'kept',
    };
    const store = validatingEventStore(inner as unknown as EventStore & { extra(): string });
    const good = asNew(submitted().events);
    const bad = asNew(submitted(extraction([shelling(7e16)])).events);
    await expect(store.append('report-x', bad)).rejects.toBeInstanceOf(EventSchemaViolationError);
    await expect(store.append('report-x', bad)).rejects.toMatchObject({ code: 'EVENT_SCHEMA_VIOLATION' });
    expect(appended).toHaveLength(0);
    await store.append('report-x', good);
    expect(appended).toHaveLength(1);
    expect(await store.headPosition()).toBe(42);
    expect(store.extra()).toBe('kept');
  });
});
