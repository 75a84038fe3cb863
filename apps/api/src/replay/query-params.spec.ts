import { describe, expect, it } from 'vitest';
import {
  InvalidQueryParameterError,
  MAX_PAGE_LIMIT,
  parseEventStreamQuery,
  parseEventsPageQuery,
  parseLimit,
  parsePosition,
  parseStreamId,
  parseStreamQuery,
  parseTypes,
} from './query-params.js';

describe('parsePosition', () => {
  it.each([
    ['0', 0],
    ['42', 42],
    ['9007199254740991', Number.MAX_SAFE_INTEGER],
  ])('accepts %j', (raw, expected) => expect(parsePosition('after', raw)).toBe(expected));

  it('is undefined when absent', () => expect(parsePosition('after', undefined)).toBeUndefined());

  it.each(['', '-1', '1.5', '1e3', '0x10', ' 1', 'abc', '9007199254740993', '99999999999999999'])('refuses %j', (raw) => {
    expect(() => parsePosition('after', raw)).toThrow(InvalidQueryParameterError);
  });

  it('refuses a repeated parameter', () => {
    expect(() => parsePosition('after', ['1', '2'])).toThrow(/given once/);
  });

  it('carries the parameter name and a stable code', () => {
    try {
      parsePosition('after', 'x');
      expect.unreachable();
    } catch (err) {
      expect(err).toMatchObject({ code: 'INVALID_QUERY_PARAMETER', parameter: 'after', value: 'x' });
    }
  });
});

describe('parseLimit', () => {
  it('defaults to 100', () => expect(parseLimit(undefined)).toBe(100));
  it('caps at the maximum', () => expect(parseLimit('50000')).toBe(MAX_PAGE_LIMIT));
  it('refuses 0', () => expect(() => parseLimit('0')).toThrow(InvalidQueryParameterError));
});

describe('parseEventsPageQuery', () => {
  it('starts at the beginning by default', () => expect(parseEventsPageQuery({})).toEqual({ after: 0, limit: 100 }));
  it('reads after and limit', () => expect(parseEventsPageQuery({ after: '7', limit: '3' })).toEqual({ after: 7, limit: 3 }));
});

describe('parseStreamQuery', () => {
  it('reads a version range', () => expect(parseStreamQuery({ from: '2', to: '5' })).toEqual({ from: 2, to: 5 }));
  it('refuses version 0 (versions start at 1)', () => expect(() => parseStreamQuery({ from: '0' })).toThrow(/positive/));
  it('refuses an inverted range', () => expect(() => parseStreamQuery({ from: '5', to: '2' })).toThrow(/at least from/));
});

describe('parseEventStreamQuery', () => {
  it('prefers Last-Event-ID over ?after=', () => {
    expect(parseEventStreamQuery({ after: '3' }, '10')).toEqual({ after: 10, types: undefined });
  });
  it('falls back to ?after=, then 0', () => {
    expect(parseEventStreamQuery({ after: '3' }, undefined).after).toBe(3);
    expect(parseEventStreamQuery({}, undefined).after).toBe(0);
  });
  it('treats an empty Last-Event-ID as absent', () => {
    expect(parseEventStreamQuery({ after: '4' }, ' ').after).toBe(4);
  });
  it('refuses a Last-Event-ID that is not a position', () => {
    expect(() => parseEventStreamQuery({}, 'abc')).toThrow(/Last-Event-ID/);
  });
});

describe('parseTypes', () => {
  it('reads comma lists and repeated keys', () => {
    expect([...parseTypes('ShellingReported, ReportSubmitted')!]).toEqual(['ShellingReported', 'ReportSubmitted']);
    expect([...parseTypes(['IncidentsMerged', 'AirStrikeReported,ReportRetracted'])!]).toEqual([
      'IncidentsMerged',
      'AirStrikeReported',
      'ReportRetracted',
    ]);
  });
  it('is undefined when absent', () => expect(parseTypes(undefined)).toBeUndefined());
  it.each(['', ',', 'A;drop', '1A', 'Shelling', 'X'])('refuses %j', (raw) =>
    expect(() => parseTypes(raw)).toThrow(InvalidQueryParameterError),
  );
});

describe('parseStreamId', () => {
  it('accepts store stream ids', () => expect(parseStreamId('report-3f2a9c')).toBe('report-3f2a9c'));
  it.each(['', '../x', 'a b', 'x'.repeat(300)])('refuses %j', (raw) => expect(() => parseStreamId(raw)).toThrow());
});
