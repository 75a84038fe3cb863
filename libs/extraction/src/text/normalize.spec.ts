import { describe, expect, it } from 'vitest';
import { normalizeArabic, normalizeKey } from './normalize.js';

describe('normalizeArabic', () => {
  it('folds alef, hamza carriers, ta marbuta and alef maqsura', () => {
    expect(normalizeKey('أإآٱ')).toBe('اااا');
    expect(normalizeKey('مسؤول هيئة')).toBe('مسوول هييه');
    expect(normalizeKey('مستشفى')).toBe('مستشفي');
  });

  it('drops diacritics and tatweel, maps digits, folds whitespace', () => {
    const n = normalizeArabic('  قَصْـــف \n\n ١٣ ۲۰ سبتمبر  ');
    expect(n.text).toBe('قصف 13 20 سبتمبر');
  });

  it('maps every normalised span back to the original text', () => {
    const original = 'أعلنت  وزارةُ الدفاعِ الأرمنيـة';
    const n = normalizeArabic(original);
    const i = n.text.indexOf('الارمنيه');
    const start = n.toOriginal(i);
    const end = n.toOriginalEnd(i + 'الارمنيه'.length);
    expect(original.slice(start, end)).toBe('الأرمنيـة');
    expect(n.toOriginal(n.text.length)).toBe(original.length);
  });

  it('handles empty and whitespace-only input', () => {
    expect(normalizeArabic('').text).toBe('');
    const n = normalizeArabic('   ');
    expect(n.text).toBe('');
    expect(n.toOriginal(0)).toBe(3);
  });
});
