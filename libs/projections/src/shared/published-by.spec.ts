import { describe, expect, it } from 'vitest';
import { isPublishedBy } from './published-by.js';

describe('isPublishedBy', () => {
  it('counts a report by its publication date, on the day included, else by the day its text refers to', () => {
    expect(isPublishedBy({ publishedOn: '2022-09-13', referenceDate: '2022-09-01' }, '2022-09-13')).toBe(true);
    expect(isPublishedBy({ publishedOn: '2022-09-14', referenceDate: '2022-09-01' }, '2022-09-13')).toBe(false);
    expect(isPublishedBy({ publishedOn: null, referenceDate: '2022-09-12' }, '2022-09-13')).toBe(true);
    expect(isPublishedBy({ publishedOn: null, referenceDate: '2022-09-14' }, '2022-09-13')).toBe(false);
  });

  it('gives a report with neither date, or an unknown one, no day', () => {
    expect(isPublishedBy({ publishedOn: null, referenceDate: null }, '9999-12-31')).toBe(false);
    expect(isPublishedBy(undefined, '9999-12-31')).toBe(false);
  });
});
