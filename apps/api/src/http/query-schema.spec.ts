import { describe, expect, it } from 'vitest';
import { csvExportQuery, exportQueryOf, historyExportQuery, incidentExportQuery } from '../exports/export-params.js';
import { incidentListQuery } from '../queries/incidents/incident-list.query.js';
import type { InvalidQueryParameterError } from './invalid-query-parameter.error.js';
import { statusOf } from './problem-details.js';
import { reportListQuery } from '../queries/reports/report-list.query.js';
import { encodeCursor, MAX_LIMIT, parseQuery, queryViolation } from './query-schema.js';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    const err = e as InvalidQueryParameterError;
    return { code: err.code, status: statusOf(err.code, 500), ...err.context };
  }
  throw new Error('accepted');
};
const list = incidentListQuery();

describe('query schemas', () => {
  it('give the typed query: defaults, trimmed text, party codes in upper case, a capped limit', () => {
    expect(parseQuery(list, {})).toEqual({ limit: 50, asOf: null, cursor: null });
    expect(parseQuery(list, { location: ' Jermuk ', party: 'am', limit: '100000', asOf: '12' })).toMatchObject({
      location: 'Jermuk',
      party: 'AM',
      limit: MAX_LIMIT,
      asOf: { position: 12 },
    });
    expect(parseQuery(list, { from: '', to: '', location: '' })).toEqual({ limit: 50, asOf: null, cursor: null });
  });

  it.each(['2022-02-30', '2023-02-29', '2022-04-31', '2022-13-01', '0000-01-01', '2022-9-13', 'yesterday'])(
    'refuse the day %s with 422 INVALID_QUERY_PARAMETER naming the parameter',
    (day) => {
      expect(refusal(() => parseQuery(list, { from: day }))).toMatchObject({
        code: 'INVALID_QUERY_PARAMETER',
        status: 422,
        parameter: 'from',
        expected: 'a calendar date YYYY-MM-DD',
      });
    },
  );

  it('accept a leap day and refuse a range that ends before it starts', () => {
    expect(parseQuery(list, { from: '2024-02-29', to: '2024-03-01' })).toMatchObject({ from: '2024-02-29', to: '2024-03-01' });
    expect(refusal(() => parseQuery(list, { from: '2024-03-01', to: '2024-02-29' }))).toMatchObject({
      parameter: 'to',
      expected: 'on or after from (2024-03-01)',
    });
  });

  it('refuse an unknown type listing the accepted ones, an unknown party, a repeated key, a bad limit and a forged cursor', () => {
    expect(refusal(() => parseQuery(list, { type: 'Shelling' }))).toMatchObject({
      parameter: 'type',
      accepted: expect.arrayContaining(['ShellingReported']),
    });
    expect(refusal(() => parseQuery(list, { party: 'XX-NOBODY' }))).toMatchObject({ parameter: 'party' });
    expect(refusal(() => parseQuery(list, { location: ['a', 'b'] }))).toMatchObject({
      parameter: 'location',
      expected: 'given once, as text',
    });
    for (const limit of ['0', '-1', '1.5', 'all']) expect(refusal(() => parseQuery(list, { limit }))).toMatchObject({ parameter: 'limit' });
    expect(refusal(() => parseQuery(list, { cursor: 'bm90IGEgY3Vyc29y' }))).toMatchObject({ parameter: 'cursor' });
    expect(refusal(() => parseQuery(list, { asOf: 'soon' }))).toMatchObject({ parameter: 'asOf' });
  });

  it('answer the first bad parameter in the order of the schema', () => {
    expect(queryViolation(list, { to: 'x', party: 'XX-NOBODY' })).toMatchObject({ ok: false, violation: { parameter: 'party' } });
  });
});

describe('export query schemas', () => {
  it('take bom on the CSV formats only, and lifecycle types on the history only', () => {
    expect(exportQueryOf({ csv: true, history: false })).toBe(csvExportQuery);
    expect(parseQuery(csvExportQuery, { bom: 'true' }).bom).toBe(true);
    expect(parseQuery(csvExportQuery, {}).bom).toBe(false);
    expect(refusal(() => parseQuery(csvExportQuery, { bom: 'yes' }))).toMatchObject({ parameter: 'bom' });
    expect(Object.keys(incidentExportQuery.shape)).not.toContain('bom');
    expect(parseQuery(historyExportQuery, { type: 'ReportSubmitted' }).type).toBe('ReportSubmitted');
    expect(refusal(() => parseQuery(incidentExportQuery, { type: 'ReportSubmitted' }))).toMatchObject({ parameter: 'type' });
  });
});

describe('the report list query', () => {
  it('reads its filters and reads back the cursor a page gave', () => {
    const cursor = encodeCursor(['2022-09-13', 'abc']);
    expect(parseQuery(reportListQuery, { source: ' TASS ', status: 'retracted', cursor })).toEqual({
      source: 'TASS',
      status: 'retracted',
      limit: 50,
      cursor: { day: '2022-09-13', id: 'abc' },
    });
  });

  it('refuses an unknown status listing the accepted ones, a forged cursor, an impossible day and from after to', () => {
    expect(refusal(() => parseQuery(reportListQuery, { status: 'deleted' }))).toMatchObject({
      parameter: 'status',
      accepted: ['active', 'retracted'],
    });
    expect(refusal(() => parseQuery(reportListQuery, { cursor: encodeCursor([3, 'abc']) }))).toMatchObject({ parameter: 'cursor' });
    expect(refusal(() => parseQuery(reportListQuery, { to: '2022-02-30' }))).toMatchObject({ parameter: 'to' });
    expect(refusal(() => parseQuery(reportListQuery, { from: '2022-09-15', to: '2022-09-13' }))).toMatchObject({
      parameter: 'to',
      expected: 'on or after from (2022-09-15)',
    });
  });
});
