import { describe, expect, it } from 'vitest';
import { toRecordedEvent, toSafeNumber } from './row-mapping.js';

describe('row mapping', () => {
  it('int8 arrives as a string, a number or a bigint and leaves as a number', () => {
    expect(toSafeNumber('42', 'position')).toBe(42);
    expect(toSafeNumber(42, 'position')).toBe(42);
    expect(toSafeNumber(42n, 'position')).toBe(42);
    expect(() => toSafeNumber('9007199254740993', 'position')).toThrow(/not a safe integer/);
  });

  it('maps a row to a RecordedEvent', () => {
    const at = new Date('2026-11-23T10:00:00Z');
    expect(
      toRecordedEvent({
        position: '7',
        stream_id: 'report-1',
        stream_version: '2',
        event_id: 'e',
        type: 'ReportSubmitted',
        schema_version: 1,
        data: { a: 1 },
        metadata: null,
        occurred_at: '2026-11-23T10:00:00Z',
        recorded_at: at,
        transaction_id: 123n,
      }),
    ).toEqual({
      position: 7,
      streamId: 'report-1',
      streamVersion: 2,
      id: 'e',
      type: 'ReportSubmitted',
      schemaVersion: 1,
      data: { a: 1 },
      metadata: {},
      occurredAt: at,
      recordedAt: at,
      transactionId: '123',
    });
  });
});
