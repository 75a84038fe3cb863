import { describe, expect, it } from 'vitest';
import { InvalidEventStoreInputError } from './event-store.errors.js';
import {
  MAX_EVENTS_PER_APPEND,
  assertStreamId,
  serialiseEventParameters,
  toEventParameters,
  toExpectedVersionParameter,
  toReadAllRange,
  toStreamRange,
} from './event-store.validation.js';

const ID = '0b6f5c9e-8f0e-4a8e-9a53-2f4a3c0d9e11';
const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidEventStoreInputError);
    return (e as InvalidEventStoreInputError).code;
  }
  throw new Error('did not throw');
};

describe('event store input validation', () => {
  it('stream ids: non-empty, trimmed, bounded', () => {
    expect(() => assertStreamId('report-1')).not.toThrow();
    for (const bad of ['', '  ', ' report-1', 'x'.repeat(201), 42, undefined]) {
      expect(codeOf(() => assertStreamId(bad))).toBe('INVALID_STREAM_ID');
    }
  });

  it('maps the four expected-version modes to the SQL parameter', () => {
    expect(toExpectedVersionParameter(undefined, 's')).toEqual({ kind: 'any', version: null });
    expect(toExpectedVersionParameter('any', 's')).toEqual({ kind: 'any', version: null });
    expect(toExpectedVersionParameter('no_stream', 's')).toEqual({ kind: 'no_stream', version: null });
    expect(toExpectedVersionParameter('stream_exists', 's')).toEqual({ kind: 'stream_exists', version: null });
    expect(toExpectedVersionParameter(0, 's')).toEqual({ kind: 'exact', version: 0 });
    expect(toExpectedVersionParameter(12, 's')).toEqual({ kind: 'exact', version: 12 });
    for (const bad of [-1, 1.5, Number.NaN, 2 ** 60, 'latest', null]) {
      expect(codeOf(() => toExpectedVersionParameter(bad as never, 's'))).toBe('INVALID_EXPECTED_VERSION');
    }
  });

  it('normalises a valid batch: lower-case ids, defaults, ISO times', () => {
    const occurredAt = new Date('2026-11-02T08:30:00Z');
    expect(toEventParameters('s', [{ id: ID.toUpperCase(), type: 'ShellingReported', data: { n: 1 }, occurredAt }])).toEqual([
      { id: ID, type: 'ShellingReported', schemaVersion: 1, data: { n: 1 }, metadata: {}, occurredAt: '2026-11-02T08:30:00.000Z' },
    ]);
  });

  it('refuses bad batches with a stable code and the offending index', () => {
    const ok = { id: ID, type: 'T', data: {} };
    expect(codeOf(() => toEventParameters('s', []))).toBe('EMPTY_APPEND');
    expect(
      codeOf(() =>
        toEventParameters(
          's',
          Array.from({ length: MAX_EVENTS_PER_APPEND + 1 }, () => ok),
        ),
      ),
    ).toBe('APPEND_TOO_LARGE');
    expect(codeOf(() => toEventParameters('s', [ok, { ...ok, id: ID.toUpperCase() }]))).toBe('DUPLICATE_EVENT_ID_IN_BATCH');
    const invalid: unknown[] = [
      { ...ok, id: 'not-a-uuid' },
      { ...ok, type: '' },
      { ...ok, schemaVersion: 0 },
      { ...ok, data: undefined },
      { ...ok, metadata: [] },
      { ...ok, occurredAt: new Date('nope') },
      { ...ok, occurredAt: '2026-11-02' },
      null,
    ];
    for (const event of invalid) expect(codeOf(() => toEventParameters('s', [event as never]))).toBe('INVALID_EVENT');
    try {
      toEventParameters('s', [ok, { ...ok, id: '0b6f5c9e-8f0e-4a8e-9a53-2f4a3c0d9e12', type: '' }]);
    } catch (e) {
      expect((e as InvalidEventStoreInputError).details).toMatchObject({ streamId: 's', index: 1, field: 'type' });
    }
  });

  it('reports data that JSON cannot carry', () => {
    const [param] = toEventParameters('s', [{ id: ID, type: 'T', data: { big: 1n } }]);
    expect(codeOf(() => serialiseEventParameters('s', [param!]))).toBe('INVALID_EVENT');
  });

  it('refuses what PostgreSQL cannot store (NUL, unpaired surrogates) anywhere in an event, and keeps look-alikes', () => {
    const serialise = (event: Record<string, unknown>) => () =>
      serialiseEventParameters('s', toEventParameters('s', [{ id: ID, type: 'T', data: {}, ...event }]));
    for (const bad of [
      { data: { text: 'a\u0000b' } },
      { data: { text: 'lone \ud800 high' } },
      { data: { text: 'lone \udfff low' } },
      { data: { text: '\\\u0000' } }, // a backslash, then NUL
      { metadata: { note: '\u0000' } },
      { data: { ['key\u0000']: 1 } },
      { type: 'T\u0000' },
    ]) {
      expect(codeOf(serialise(bad))).toBe('INVALID_EVENT');
    }
    for (const fine of [
      { data: { text: 'a literal \\u0000 is six characters' } },
      { data: { text: 'a pair 😀 is one character' } },
      { data: { text: 'control \u0001 characters are fine' } },
    ]) {
      expect(() => serialise(fine)()).not.toThrow();
    }
    expect(codeOf(() => assertStreamId('report-\u0000'))).toBe('INVALID_STREAM_ID');
    expect(codeOf(() => assertStreamId('report-\ud83d'))).toBe('INVALID_STREAM_ID');
    expect(() => assertStreamId('report-😀')).not.toThrow();
  });

  it('read ranges', () => {
    expect(toStreamRange('s')).toEqual({ from: 1, to: null });
    expect(toStreamRange('s', { from: 3, to: 5 })).toEqual({ from: 3, to: 5 });
    expect(codeOf(() => toStreamRange('s', { from: 0 }))).toBe('INVALID_READ_OPTIONS');
    expect(toReadAllRange()).toEqual({ after: 0, limit: 1000, omitDataFields: [] });
    expect(toReadAllRange({ omitDataFields: ['text'] }).omitDataFields).toEqual(['text']);
    const tooMany = Array.from({ length: 33 }, (_, i) => `f${i}`);
    for (const bad of [
      { after: -1 },
      { after: 1.5 },
      { limit: 0 },
      { limit: 10_001 },
      { omitDataFields: [''] },
      { omitDataFields: tooMany },
    ]) {
      expect(codeOf(() => toReadAllRange(bad))).toBe('INVALID_READ_OPTIONS');
    }
  });
});
