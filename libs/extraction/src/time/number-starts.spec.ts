import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HIJRI_MONTHS, HIJRI_MONTHS2, MONTHS, MONTHS2 } from '../lexicon/time/calendar-names.js';
import { DATE_WORDS } from '../lexicon/time/date-words.js';
import { tokenize } from '../text/tokens.js';
import { parseIso } from './calendar.js';
import { MATCHERS } from './find-dates.js';
import { numberMayStartDate } from './number-starts.js';

const NUMBERS = ['3', '13', '٣١', '31', '32', '0', '99', '100', '1445', '2022', '1899', '12.3.2024', '1.5', '48', '24', '10000'];
const JOINERS = ['/', '-', '–', '—', 'و', 'من', 'إلى', 'حتى', 'بين', 'الجاري', 'الحالي', 'الماضي', 'نفسه', 'ذاته', 'هـ', 'الموافق'];
const OTHER = ['قتل', 'جنود', 'ساعة', 'يوما', 'أيام', 'وصباح', 'مساء', 'ليلة', '،', '.', '(', ')', 'عام', 'يومي', 'عامي'];
const MONTH_NAMES = [...Object.keys(MONTHS), ...Object.keys(MONTHS2), ...Object.values(MONTHS2).flatMap(Object.keys)];
const HIJRI = [...Object.keys(HIJRI_MONTHS), ...Object.keys(HIJRI_MONTHS2), ...Object.values(HIJRI_MONTHS2).flatMap(Object.keys)];
const WORDS = [...NUMBERS, ...JOINERS, ...OTHER, ...MONTH_NAMES, ...HIJRI, ...DATE_WORDS];
const sentence = fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...NUMBERS) }, fc.constantFrom(...WORDS)), {
  minLength: 1,
  maxLength: 12,
});
const REF = parseIso('2024-03-20');

/** The indices of number tokens at which some matcher reads something (an expression or a look-alike to skip). */
function matchedNumbers(text: string, ref: number | null): { text: string; i: number }[] {
  const { tokens } = tokenize(text);
  const out: { text: string; i: number }[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'number') return;
    const site = { tokens, i, t, v: t.variants, ref };
    if (MATCHERS.some((m) => m(site) !== undefined)) out.push({ text: t.text, i });
  });
  return out;
}

describe('numberMayStartDate: the count pre-check before the date matchers', () => {
  it('is true wherever a matcher reads something at a number (generated sentences of date words, numbers and joiners)', () => {
    let matched = 0;
    fc.assert(
      fc.property(sentence, fc.boolean(), (words, withRef) => {
        const text = words.join(' ');
        const { tokens } = tokenize(text);
        for (const { i } of matchedNumbers(text, withRef ? REF : null)) {
          matched++;
          expect(numberMayStartDate(tokens, i), `${text} at ${i}`).toBe(true);
        }
      }),
      { numRuns: 20_000, seed: 17 },
    );
    expect(matched).toBeGreaterThan(1000);
  });

  it('keeps the dates that start at a number', () => {
    for (const text of ['في 13 سبتمبر 2022', 'يوم 12/3/2024', 'في 2024-03-12', 'يوم 12.3.2024', 'في 1994', 'بين 10 و12 آذار']) {
      expect(matchedNumbers(text, REF).length, text).toBeGreaterThan(0);
      const { tokens } = tokenize(text);
      for (const { i } of matchedNumbers(text, REF)) expect(numberMayStartDate(tokens, i), text).toBe(true);
    }
    const hijri = tokenize('في 5 رمضان 1445 هـ').tokens;
    expect(numberMayStartDate(hijri, 1)).toBe(true);
    const sameMonth = tokenize('وفي 15 من الشهر نفسه').tokens;
    expect(numberMayStartDate(sameMonth, 1)).toBe(true);
  });

  it('rules out a count before a word that continues no day («قتل 3 جنود», «مقتل 13 مدنيا»)', () => {
    for (const text of ['قتل 3 جنود', 'مقتل 13 مدنيا', 'أسر 3 قتل 3']) {
      const { tokens } = tokenize(text);
      const k = tokens.findIndex((t) => t.kind === 'number');
      expect(numberMayStartDate(tokens, k), text).toBe(false);
    }
  });
});
