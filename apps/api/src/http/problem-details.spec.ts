import { BadRequestException, NotFoundException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { IncidentErrorCode, ReportErrorCode, ReportNotFoundError, ReportValidationError } from '@sitrep/domain';
import { HistoryNotVisibleError } from '@sitrep/event-store';
import { UnknownProjectionError } from '@sitrep/projections';
import { tokensMatch } from './admin-token.guard.js';
import { HttpProblem } from './http-problem.error.js';
import { ndjsonLines } from './ndjson-lines.js';
import { toProblem } from './problem-details.filter.js';
import { ERROR_STATUS } from './problem-details.js';

describe('toProblem', () => {
  it('maps domain errors with their own status, code and context', () => {
    expect(toProblem(new ReportValidationError('TEXT_EMPTY', 'blank', { field: 'text' }), '/reports').problem).toEqual({
      type: 'urn:sitrep:problem:text-empty',
      title: 'Unprocessable Content',
      status: 422,
      detail: 'blank',
      code: 'TEXT_EMPTY',
      instance: '/reports',
      field: 'text',
    });
    expect(toProblem(new ReportNotFoundError('abc'), '/r').problem).toMatchObject({ status: 404, code: 'REPORT_NOT_FOUND' });
    expect(toProblem(new HttpProblem('UNSUPPORTED_MEDIA_TYPE', 'no'), '/r').problem.status).toBe(415);
  });

  it('answers a domain error with the status its code has in the one table', () => {
    expect(toProblem(new ReportValidationError('REPORT_TOO_LARGE', 'big'), '/reports').problem.status).toBe(413);
    expect(toProblem(new ReportValidationError('INVALID_REPORT_ID', 'no'), '/reports/x').problem.status).toBe(404);
    expect(toProblem(new UnknownProjectionError('nope', ['incidents']), '/p').problem).toMatchObject({
      status: 404,
      code: 'PROJECTION_NOT_FOUND',
      known: ['incidents'],
    });
    const unmapped = [...Object.values(ReportErrorCode), ...Object.values(IncidentErrorCode)].filter(
      (code) => code !== 'REEXTRACTION_UNCHANGED' && !(code in ERROR_STATUS),
    );
    expect(unmapped).toEqual([]);
  });

  it('maps a snapshot read held back by an old open transaction to 503 HISTORY_NOT_VISIBLE', () => {
    expect(toProblem(new HistoryNotVisibleError(10, 20, 60_000), '/exports/incidents').problem).toMatchObject({
      status: 503,
      code: 'HISTORY_NOT_VISIBLE',
    });
  });

  it("maps fastify's own errors by code", () => {
    const error = Object.assign(new Error('Unsupported Media Type: application/xml'), {
      code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE',
      statusCode: 415,
    });
    expect(toProblem(error, '/r').problem).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
    const tooLarge = Object.assign(new Error('x'), { code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 });
    expect(toProblem(tooLarge, '/r').problem).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('maps typed errors of other libraries by their code', () => {
    const conflict = Object.assign(new Error('stream x: expected 0'), { code: 'CONCURRENCY_CONFLICT' });
    expect(toProblem(conflict, '/r').problem).toMatchObject({ status: 409, code: 'CONCURRENCY_CONFLICT' });
  });

  it('maps Nest HTTP exceptions; an unknown route reads as such', () => {
    expect(toProblem(new NotFoundException('Cannot GET /x'), '/x').problem).toMatchObject({
      status: 404,
      code: 'ROUTE_NOT_FOUND',
      detail: 'No route for GET /x.',
    });
    expect(toProblem(new BadRequestException('bad'), '/x').problem).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });

  it('never leaks an unexpected error', () => {
    const { problem, internal } = toProblem(new TypeError('secret at /srv/app.js:1'), '/r');
    expect(internal).toBe(true);
    expect(problem).toMatchObject({ status: 500, code: 'INTERNAL_ERROR' });
    expect(JSON.stringify(problem)).not.toContain('secret');
  });
});

describe('tokensMatch', () => {
  it('compares whole tokens of any length', () => {
    expect(tokensMatch('abcdefghijklmnop', 'abcdefghijklmnop')).toBe(true);
    expect(tokensMatch('abcdefghijklmno', 'abcdefghijklmnop')).toBe(false);
    expect(tokensMatch('', 'abcdefghijklmnop')).toBe(false);
  });
});

describe('ndjsonLines', () => {
  const lines = async (maxLineBytes: number, ...parts: string[]) => {
    const out: [number, string, boolean][] = [];
    const source = (async function* () {
      for (const p of parts) yield Buffer.from(p);
    })();
    for await (const l of ndjsonLines(source, maxLineBytes)) out.push([l.number, l.bytes.toString(), l.tooLong]);
    return out;
  };
  it('splits at LF across chunks, drops CR, keeps a last line without LF', async () =>
    expect(await lines(100, 'a\r\nb', 'c\n\n', 'd')).toEqual([
      [1, 'a', false],
      [2, 'bc', false],
      [3, '', false],
      [4, 'd', false],
    ]));
  it('marks lines over the limit without keeping them', async () =>
    expect(await lines(3, 'abcdef\nab\n')).toEqual([
      [1, '', true],
      [2, 'ab', false],
    ]));
  it('keeps multi-byte characters split across chunks intact', async () => {
    const bytes = Buffer.from('قصف\n');
    const out: string[] = [];
    const source = (async function* () {
      yield bytes.subarray(0, 1);
      yield bytes.subarray(1);
    })();
    for await (const l of ndjsonLines(source, 100)) out.push(l.bytes.toString('utf8'));
    expect(out).toEqual(['قصف']);
  });
});
