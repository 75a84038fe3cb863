import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * A clash with armed men of no party («مع مسلحين قبليين», «بين حركة الشباب وميليشيات عشائرية») names one side only:
 * the other is no target, never the report's other side by guess (actors.md: unnamed gunmen are null). Sentences
 * written for this spec from Somalia, Sudan, Syria and Libya.
 */
const clash = (text: string) => {
  const e = extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events.find((x) => x.type === 'ArmedClashReported');
  return { accused: e?.accused ?? null, target: e?.target ?? null };
};

describe('armed men of no party are no side to guess', () => {
  it.each([
    ['SO-SHABAAB', 'دارت اشتباكات عنيفة بين حركة الشباب وميليشيات عشائرية في إقليم هيران.'],
    ['SD-RSF', 'اشتبكت قوات الدعم السريع مع مسلحين قبليين في ولاية شرق دارفور.'],
    ['SD-RSF', 'اندلعت اشتباكات بين مسلحين قبليين وقوات الدعم السريع في ولاية شرق دارفور.'],
    ['SY-SDF', 'اشتبكت قوات سوريا الديمقراطية مع مسلحين من العشائر العربية في ريف دير الزور.'],
  ])('%s, no target: %s', (accused, text) => {
    expect(clash(text)).toEqual({ accused, target: null });
  });
});

describe('two sides named stay two sides', () => {
  it.each([
    ['SY-HTS', 'SY-SNA', 'اندلعت اشتباكات بين هيئة تحرير الشام والجيش الوطني السوري في ريف حلب الشمالي.'],
    ['IQ-PMF', 'IQ-KRG', 'اشتبك مقاتلو الحشد الشعبي مع عناصر من البيشمركة في طوزخورماتو.'],
    ['SO', 'SO-SHABAAB', 'اشتبك الجيش الصومالي مع مسلحي حركة الشباب في إقليم هيران.'],
  ])('%s with %s: %s', (accused, target, text) => {
    expect(clash(text)).toEqual({ accused, target });
  });
});
