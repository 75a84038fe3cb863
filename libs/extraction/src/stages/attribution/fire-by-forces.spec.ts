import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * «برصاص X», «بنيران X»: X fired. A force named without a side of its own («عناصر الشرطة», «قوات الأمن», «الجيش») is the
 * force of the place, and civilians of that state shot by it still accuse it; gunmen of no side («برصاص مسلحين») name
 * nobody, and the victims' side near the cue is not taken for them. Sentences written for this spec from Libya, Sudan,
 * Syria, Somalia, Afghanistan, Pakistan and Gaza.
 */
const casualty = (text: string) =>
  extract({ text, publishedOn: '2025-03-10', language: 'ar' }).events.find((e) => e.type === 'CasualtiesClaimed');

describe('the forces after «برصاص» shot the people counted', () => {
  it.each([
    ['LY', 'أصيب ثلاثة مدنيين برصاص عناصر الشرطة في مدينة بنغازي.'],
    ['SD', 'أصيب خمسة مدنيين برصاص قوات الأمن في مدينة الفاشر.'],
    ['SY-HTS', 'قتل مدني برصاص عناصر من هيئة تحرير الشام في مدينة إدلب.'],
    ['SO-SHABAAB', 'قتل مدني برصاص عناصر من حركة الشباب في مدينة كسمايو.'],
  ])('%s: %s', (accused, text) => {
    expect(casualty(text)?.accused).toBe(accused);
  });

  it('Afghanistan: police shot by gunmen of no side accuse nobody (not the police, nor their state)', () => {
    const e = casualty('قتل عنصران من الشرطة برصاص مسلحين في مدينة جلال آباد.');
    expect(e?.accused).toBeNull();
    expect(e?.casualties.map((c) => c.party)).toEqual(['AF']);
  });

  it('Pakistan: with the report’s other side known, gunmen of no side are still not taken for it', () => {
    const text =
      'أعلنت حركة طالبان الباكستانية مسؤوليتها عن هجوم على الجيش الباكستاني في وزيرستان.\nوقتل عنصران من الشرطة برصاص مسلحين في مدينة بيشاور.';
    const e = extract({ text, publishedOn: '2025-03-10', language: 'ar' }).events.find(
      (x) => x.type === 'CasualtiesClaimed' && x.evidence.text.includes('بيشاور'),
    );
    expect(e?.accused).toBeNull();
  });

  it('near-miss, Gaza: a sniper’s nisba still names the shooter', () => {
    expect(casualty('قتل شاب فلسطيني برصاص قناص إسرائيلي في غزة.')?.accused).toBe('IL');
  });
});
