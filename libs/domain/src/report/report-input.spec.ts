import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/domain-error.js';
import { contentHash, deriveReportId, isReportId } from './report-id.js';
import { isCalendarDate } from '../shared/calendar-date.js';
import { decodeUtf8Strict, parseMetadataCorrection, parseSubmitReportInput } from './report-input.js';

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  throw new Error('expected a DomainError');
};

describe('parseSubmitReportInput', () => {
  it('accepts a full report and trims the metadata', () =>
    expect(
      parseSubmitReportInput({
        text: ' نص ',
        publishedOn: '2022-09-13',
        source: ' TASS ',
        url: 'https://example.org/a',
        title: 'T',
        language: 'ar',
      }),
    ).toEqual({ text: ' نص ', publishedOn: '2022-09-13', source: 'TASS', url: 'https://example.org/a', title: 'T', language: 'ar' }));

  it('defaults every optional field to null', () =>
    expect(parseSubmitReportInput({ text: 'x', source: null, title: '' })).toEqual({
      text: 'x',
      publishedOn: null,
      source: null,
      url: null,
      title: null,
      language: null,
    }));

  it.each([
    ['not an object', 'text', 'INVALID_BODY'],
    ['an array', [], 'INVALID_BODY'],
    ['no text', {}, 'TEXT_REQUIRED'],
    ['text not a string', { text: 5 }, 'INVALID_FIELD'],
    ['empty text', { text: '' }, 'TEXT_EMPTY'],
    ['whitespace text', { text: ' \n\t\u00a0 ' }, 'TEXT_EMPTY'],
    ['text over 1 MiB', { text: 'a'.repeat(1024 * 1024 + 1) }, 'REPORT_TOO_LARGE'],
    ['multi-byte text over 1 MiB', { text: 'ب'.repeat(524_289) }, 'REPORT_TOO_LARGE'],
    ['NUL in text', { text: 'a\u0000b' }, 'TEXT_CONTAINS_NUL'],
    ['lone surrogate', { text: 'a\ud800b' }, 'INVALID_UTF8'],
    ['unknown field', { text: 'a', author: 'x' }, 'UNKNOWN_FIELD'],
    ['impossible date', { text: 'a', publishedOn: '2022-02-30' }, 'INVALID_DATE'],
    ['month 13', { text: 'a', publishedOn: '2022-13-01' }, 'INVALID_DATE'],
    ['not a date', { text: 'a', publishedOn: 'yesterday' }, 'INVALID_DATE'],
    ['date with time', { text: 'a', publishedOn: '2022-09-13T10:00:00Z' }, 'INVALID_DATE'],
    ['bad language', { text: 'a', language: 'Arabic' }, 'INVALID_LANGUAGE'],
    ['bad url', { text: 'a', url: 'javascript:alert(1)' }, 'INVALID_URL'],
    ['relative url', { text: 'a', url: '/news/1' }, 'INVALID_URL'],
    ['source not a string', { text: 'a', source: 1 }, 'INVALID_FIELD'],
    ['source too long', { text: 'a', source: 's'.repeat(301) }, 'FIELD_TOO_LONG'],
  ])('rejects %s', (_name, raw, code) => expect(codeOf(() => parseSubmitReportInput(raw))).toBe(code));
});

describe('isCalendarDate', () => {
  it.each(['2024-02-29', '2022-09-13', '0001-01-01'])('accepts %s', (d) => expect(isCalendarDate(d)).toBe(true));
  it.each(['2023-02-29', '2022-02-30', '1900-02-29', '0000-01-01', '2022-9-13', '2022-00-10', '2022-04-31', ''])('rejects %s', (d) =>
    expect(isCalendarDate(d)).toBe(false),
  );
});

describe('decodeUtf8Strict', () => {
  it('decodes UTF-8 and drops a BOM', () => expect(decodeUtf8Strict(Buffer.from('\ufeffقصف', 'utf8'))).toBe('قصف'));
  it('rejects invalid bytes', () => expect(codeOf(() => decodeUtf8Strict(Buffer.from([0x61, 0xff, 0x62])))).toBe('INVALID_UTF8'));
});

describe('report identity', () => {
  it('is the same whatever the spacing, line breaks or Unicode normal form', () => {
    const a = deriveReportId('قصف  مدفعي\nعلى جرموك', 'TASS');
    expect(deriveReportId('  قصف مدفعي على\tجرموك ', ' tass ')).toBe(a);
    expect(deriveReportId('e\u0301', null)).toBe(deriveReportId('\u00e9', undefined));
    expect(isReportId(a)).toBe(true);
  });
  it('differs by source and by text', () => {
    expect(deriveReportId('x', 'TASS')).not.toBe(deriveReportId('x', 'Sputnik'));
    expect(deriveReportId('x', null)).not.toBe(deriveReportId('y', null));
  });
  it('content hash is a full sha256', () => expect(contentHash('x')).toMatch(/^[0-9a-f]{64}$/));
});

describe('parseMetadataCorrection', () => {
  const now = '2026-11-23T21:00:00.000Z';
  it('keeps only the fields given (null or blank clears one) and defaults why and who', () => {
    expect(parseMetadataCorrection({ publishedOn: '2022-09-13', source: ' ', reason: ' wrong day ' }, now)).toEqual({
      changes: { publishedOn: '2022-09-13', source: null },
      reason: 'wrong day',
      correctedBy: 'admin',
    });
    expect(parseMetadataCorrection({ title: null }, now)).toEqual({
      changes: { title: null },
      reason: 'metadata correction',
      correctedBy: 'admin',
    });
  });

  it.each([
    ['the text', { text: 'other' }, 'UNKNOWN_FIELD'],
    ['an unknown field', { title: 'T', author: 'x' }, 'UNKNOWN_FIELD'],
    ['nothing to correct', { reason: 'why' }, 'INVALID_BODY'],
    ['not an object', [], 'INVALID_BODY'],
    ['an impossible date', { publishedOn: '2022-02-30' }, 'INVALID_DATE'],
    ['a date in the future', { publishedOn: '2026-11-30' }, 'PUBLISHED_IN_FUTURE'],
    ['a cleared language', { language: null }, 'INVALID_LANGUAGE'],
    ['a bad url', { url: 'ftp://example.org' }, 'INVALID_URL'],
    ['a title not a string', { title: 5 }, 'INVALID_FIELD'],
  ])('refuses %s', (_name, raw, code) => expect(codeOf(() => parseMetadataCorrection(raw, now))).toBe(code));
});
