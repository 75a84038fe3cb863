import { describe, expect, it } from 'vitest';
import { parseQuery } from '../http/query-schema.js';
import type { InvalidQueryParameterError } from '../http/invalid-query-parameter.error.js';
import { eventStreamQuery, eventsPageQuery, MAX_PAGE_LIMIT, resumePosition, streamIdParam, streamQuery } from './replay-query.js';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    const err = e as InvalidQueryParameterError;
    return { code: err.code, ...err.context };
  }
  throw new Error('accepted');
};
const page = (q: Record<string, unknown>) => parseQuery(eventsPageQuery, q);

describe('a position (after, cursor, Last-Event-ID)', () => {
  it.each([
    ['0', 0],
    ['42', 42],
    ['9007199254740991', Number.MAX_SAFE_INTEGER],
  ])('accepts %j', (raw, expected) => expect(page({ after: raw }).after).toBe(expected));

  it('is undefined when absent or empty', () => {
    expect(page({}).after).toBeUndefined();
    expect(page({ after: '' }).after).toBeUndefined();
  });

  it.each(['-1', '1.5', '1e3', '0x10', ' 1', 'abc', '9007199254740993', '99999999999999999'])('refuses %j', (raw) => {
    expect(refusal(() => page({ after: raw }))).toMatchObject({
      code: 'INVALID_QUERY_PARAMETER',
      parameter: 'after',
      expected: 'a non-negative integer',
    });
  });

  it('refuses a repeated parameter', () => {
    expect(refusal(() => page({ after: ['1', '2'] }))).toMatchObject({ parameter: 'after', expected: 'given once, as text' });
  });

  it('refuses after and cursor together (they name the same position)', () => {
    expect(page({ cursor: '7' }).cursor).toBe(7);
    expect(refusal(() => page({ after: '1', cursor: '7' }))).toMatchObject({ parameter: 'cursor' });
  });
});

describe('the events page limit', () => {
  it('defaults to 100 and caps at the maximum', () => {
    expect(page({}).limit).toBe(100);
    expect(page({ limit: '50000' }).limit).toBe(MAX_PAGE_LIMIT);
  });
  it.each(['0', '-1', '1.5', 'all'])('refuses %j', (limit) => expect(refusal(() => page({ limit }))).toMatchObject({ parameter: 'limit' }));
});

describe('types', () => {
  it('reads comma lists and repeated keys', () => {
    expect([...page({ types: 'ShellingReported, ReportSubmitted' }).types!]).toEqual(['ShellingReported', 'ReportSubmitted']);
    expect([...page({ types: ['IncidentsMerged', 'AirStrikeReported,ReportRetracted'] }).types!]).toEqual([
      'IncidentsMerged',
      'AirStrikeReported',
      'ReportRetracted',
    ]);
  });
  it('is no filter when absent', () => expect(page({}).types).toBeUndefined());
  it.each(['A;drop', '1A', 'Shelling', 'X', 'ShellingReported,X'])('refuses %j, listing the accepted types', (types) =>
    expect(refusal(() => page({ types }))).toMatchObject({ parameter: 'types', accepted: expect.arrayContaining(['ReportSubmitted']) }),
  );
  it('refuses an empty list', () => expect(refusal(() => page({ types: ',' }))).toMatchObject({ parameter: 'types' }));
});

describe('a stream range', () => {
  it('reads a version range', () => expect(parseQuery(streamQuery, { from: '2', to: '5' })).toEqual({ from: 2, to: 5 }));
  it('refuses version 0 (versions start at 1)', () =>
    expect(refusal(() => parseQuery(streamQuery, { from: '0' }))).toMatchObject({ parameter: 'from', expected: 'an integer >= 1' }));
  it('refuses an inverted range', () =>
    expect(refusal(() => parseQuery(streamQuery, { from: '5', to: '2' }))).toMatchObject({
      parameter: 'to',
      expected: 'at least from (5)',
    }));
});

describe('where an SSE client resumes', () => {
  const after = (q: Record<string, unknown>) => parseQuery(eventStreamQuery, q).after;
  it('prefers Last-Event-ID over ?after=', () => expect(resumePosition('10', after({ after: '3' }))).toBe(10));
  it('falls back to ?after=, then 0', () => {
    expect(resumePosition(undefined, after({ after: '3' }))).toBe(3);
    expect(resumePosition(undefined, after({}))).toBe(0);
  });
  it('treats an empty Last-Event-ID as absent', () => expect(resumePosition(' ', 4)).toBe(4));
  it('refuses a Last-Event-ID that is not a position', () =>
    expect(refusal(() => resumePosition('abc', undefined))).toMatchObject({ parameter: 'Last-Event-ID' }));
});

describe('a stream id', () => {
  it('accepts store stream ids', () => expect(parseQuery(streamIdParam, { id: 'report-3f2a9c' }).id).toBe('report-3f2a9c'));
  it.each(['../x', 'a b', 'x'.repeat(300)])('refuses %j', (id) =>
    expect(refusal(() => parseQuery(streamIdParam, { id }))).toMatchObject({ parameter: 'id', expected: 'a stream id' }),
  );
});
