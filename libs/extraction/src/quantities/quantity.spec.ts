import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokens.js';
import { MAX_QUANTITY, parseNumberWords, quantityAt } from './quantity.js';

const q = (s: string) => quantityAt(tokenize(s).tokens, 0);
const words = (s: string) => parseNumberWords(tokenize(s).tokens);

describe('number words', () => {
  it.each([
    ['ثلاثة', 3],
    ['ثماني', 8],
    ['أحد عشر', 11],
    ['ثلاثة عشر', 13],
    ['خمسة وخمسين', 55],
    ['واحد وأربعين', 41],
    ['اثنين وثلاثين', 32],
    ['مئة', 100],
    ['ثلاثمئة', 300],
    ['ثلاثة آلاف', 3000],
    ['مئة وعشرين ألف', 120000],
    ['ألف', 1000],
    ['ألفي', 2000],
    ['مليوني', 2000000],
    ['مليونين', 2000000],
    // the dual in construct opening a number, against the accusative singular after a count
    ['ألفا', 2000],
    ['ألفا وخمسمائة', 2500],
    ['مليونا', 2000000],
    ['عشرون ألفا', 20000],
    ['خمسة عشر ألفا', 15000],
  ])('%s = %i', (s, v) => expect(words(s)).toBe(v));

  it('«30 ألفا»: a multiplier after digits multiplies by one thousand, dual form or not', () => {
    expect(q('30 ألفا')?.min).toBe(30000);
    expect(q('2 مليونا')?.min).toBe(2000000);
  });

  it('reads digits in any script', () => {
    expect(q('٣٠٠ قتيل')?.min).toBe(300);
    expect(q('۱۲ جنديا')?.min).toBe(12);
    expect(q('30 ألف قتيل')?.min).toBe(30000);
  });

  it('reads no count beyond MAX_QUANTITY, however it is written', () => {
    expect(q(`${MAX_QUANTITY} قتيل`)?.min).toBe(MAX_QUANTITY);
    expect(q(`${MAX_QUANTITY + 1} قتيل`)).toBeUndefined();
    expect(q(`3${'0'.repeat(400)} قتيل`)).toBeUndefined();
    // a finite digit run whose multiplier overflows a double
    expect(q(`6${'0'.repeat(300)} ألف قتيل`)).toBeUndefined();
    expect(q('5 مليار قتيل')).toBeUndefined();
    expect(q('مليون')?.min).toBe(1_000_000);
  });

  it('reads only whole counts: a decimal counts when a multiplier makes it whole', () => {
    expect(q('1.1 ألف قتيل')?.min).toBe(1_100);
    expect(q('2.5 مليون نازح')?.min).toBe(2_500_000);
    expect(q('12345.31 قتيل')).toBeUndefined();
    expect(q('2.5 قتيل')).toBeUndefined();
  });

  it('keeps hedges', () => {
    expect(q('نحو 50 جنديا')).toMatchObject({ min: 50, max: 50, approximate: true, vague: false });
    expect(q('أكثر من 200 جريح')).toMatchObject({ min: 200, max: null, approximate: true });
    expect(q('ما لا يقل عن 40 قتيلا')).toMatchObject({ min: 40, max: null });
    expect(q('137 على الأقل')).toMatchObject({ min: 137, max: null });
  });

  it('marks vague quantities, with the range the taxonomy gives each word', () => {
    // still vague: never scored or merged as a number («عدد من العسكريين» is not 2)
    expect(q('العشرات من المدنيين')).toMatchObject({ min: 24, max: 99, vague: true });
    expect(q('المئات')).toMatchObject({ min: 200, max: 999, vague: true });
    expect(q('آلاف المدنيين')).toMatchObject({ min: 2000, max: 9999, vague: true });
    expect(q('عدد من الجنود')).toMatchObject({ min: 2, max: null, vague: true });
    expect(q('بضعة جرحى')).toMatchObject({ min: 3, max: 9, vague: true });
  });

  it('«عشرات الآلاف», «مئات الآلاف»: the range times the multiplier', () => {
    expect(q('عشرات الآلاف من القتلى')).toMatchObject({ min: 24000, max: 99000, vague: true });
    expect(q('مئات الآلاف')).toMatchObject({ min: 200000, max: 999000, vague: true });
    expect(q('آلاف الملايين')).toMatchObject({ min: 2000, max: 9999, vague: true });
  });

  it('reads dots grouping thousands as thousands, other fractions as no count', () => {
    expect(q('41.431 قتيلا')).toMatchObject({ min: 41431, max: 41431 });
    expect(q('1.250.000 نازح')).toMatchObject({ min: 1250000 });
    expect(q('1.5 مليون')).toMatchObject({ min: 1500000 });
    expect(q('12.5 قتيلا')).toBeUndefined();
  });

  it('does not read day names or model numbers as counts', () => {
    expect(q('الأحد')).toBeUndefined();
    expect(q('الاثنين')).toBeUndefined();
    const { tokens } = tokenize('دبابات من طراز تي-72');
    expect(quantityAt(tokens, tokens.length - 1)).toBeUndefined();
  });

  it('a hedge or a range opener at the end of the text reads no number (no read past the last token)', () => {
    for (const text of ['أكثر من', 'أكثر من ', 'بين', 'ما بين', 'من']) expect(() => q(text)).not.toThrow();
    expect(q('أكثر من')).toBeUndefined();
    expect(q('بين 20 و')).toBeUndefined();
  });
});

describe('thousands in digits and the hundreds after them («35 ألفا و173»)', () => {
  it.each([
    ['35 ألفا و173 شهيدا', 35173],
    ['77 ألفا و908 جرحى', 77908],
    ['10 آلاف و500 شخص', 10500],
    ['١٢ ألفا و٣٠٠ قتيل', 12300],
  ])('%s is %i', (text, value) => {
    expect(q(text)).toMatchObject({ min: value, max: value, vague: false });
  });

  it('a range of thousands keeps its two ends', () => {
    expect(q('بين 5 آلاف و7 آلاف')).toMatchObject({ min: 5000, max: 7000 });
  });
});
