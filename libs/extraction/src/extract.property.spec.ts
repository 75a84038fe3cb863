import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from './extract.js';

import { PROPERTY_WORDS as arabicWords } from './property-words.js';
const arabicish = fc.array(fc.constantFrom(...arabicWords), { maxLength: 80 }).map((ws) => ws.join(' '));

function checkRecord(text: string, publishedOn?: string | null) {
  const rec = extract({ text, publishedOn });
  for (const e of rec.events) {
    expect(e.evidence.start).toBeGreaterThanOrEqual(0);
    expect(e.evidence.end).toBeLessThanOrEqual(text.length);
    expect(e.evidence.start).toBeLessThanOrEqual(e.evidence.end);
    expect(text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
    expect(e.confidence).toBeGreaterThanOrEqual(0);
    expect(e.confidence).toBeLessThanOrEqual(1);
  }
  expect(() => JSON.stringify(rec)).not.toThrow();
}

describe('extract never throws and keeps its offsets honest', () => {
  it('random Unicode', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => checkRecord(s, null)),
      { numRuns: 200 },
    );
  });

  it('Arabic-looking text with and without a date', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(arabicish, fc.option(fc.constantFrom('2022-09-13', '2020-02-29', 'not-a-date')), (s, d) => checkRecord(s, d)),
      { numRuns: 300 },
    );
  });

  it('mixed scripts', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(arabicish, fc.string({ maxLength: 30 })), { maxLength: 6 }), (parts) =>
        checkRecord(parts.join('\n'), '2024-01-01'),
      ),
      { numRuns: 100 },
    );
  });

  it('empty and very long input', { timeout: 60_000 }, () => {
    checkRecord('', null);
    checkRecord(' \n\t ', '2022-09-13');
    const long = 'أعلنت وزارة الدفاع الأرمينية مقتل 3 جنود في قصف أذربيجاني على جيرموك أمس. '.repeat(3000);
    checkRecord(long, '2022-09-13');
  });
});
