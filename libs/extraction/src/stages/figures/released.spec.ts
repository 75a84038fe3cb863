import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import type { CasualtyFigure, ExtractedEvent } from '../../extraction-record.js';

/**
 * Example sentences written for these specs (releases and exchanges round), not taken from any report. The
 * taxonomy's CasualtiesClaimed counts people captured: captives freed, handed back or traded are no capture.
 */
const claimsOf = (text: string): ExtractedEvent[] =>
  extract({ text, publishedOn: '2024-05-20', language: 'ar' }).events.filter((e) => e.type === 'CasualtiesClaimed');
const figuresOf = (text: string): CasualtyFigure[] => claimsOf(text).flatMap((e) => e.casualties);

describe('a release or an exchange of captives is no capture', () => {
  it.each([
    ['Gaza', 'أفرجت حركة حماس عن 10 رهائن إسرائيليين في إطار الاتفاق.'],
    ['Gaza', 'تسلمت إسرائيل 4 رهائن أفرجت عنهم حماس عبر الصليب الأحمر.'],
    ['Yemen', 'أعلنت جماعة الحوثي إطلاق سراح 30 أسيرا من القوات الحكومية في صنعاء.'],
    ['Yemen', 'أعلنت الحكومة اليمنية الإفراج عن 100 أسير حوثي بوساطة اللجنة الدولية للصليب الأحمر.'],
    ['Sudan', 'أطلقت قوات الدعم السريع سراح 50 جنديا من الجيش السوداني في الخرطوم.'],
    ['Sudan', 'أفرج الجيش السوداني عن 537 أسيرا من قوات الدعم السريع.'],
    ['Ukraine', 'أفرجت السلطات الأوكرانية عن 12 أسيرا روسيا مقابل 12 أسيرا أوكرانيا.'],
    ['Ukraine', 'تبادلت روسيا وأوكرانيا 200 أسير في عملية جديدة.'],
    ['Caucasus', 'سلمت أذربيجان 32 أسيرا أرمينيا إلى يريفان مقابل أسيرين أذربيجانيين.'],
    ['Syria', 'أفرجت هيئة تحرير الشام عن 15 عنصرا من قوات النظام في إدلب.'],
    ['Afghanistan-Pakistan', 'أطلقت حركة طالبان باكستان سراح 7 من عناصر الشرطة المخطوفين في إقليم خيبر بختونخوا.'],
  ])('%s: %s', (_conflict, text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it('a capture beside a release in one sentence stays a capture', () => {
    expect(figuresOf('أسرت القوات الأوكرانية 12 جنديا روسيا وأفرجت عن 3 مدنيين في منطقة كورسك.')).toEqual([
      { party: 'RU', affiliation: 'military', category: 'captured', min: 12, max: 12, approximate: false, vague: false },
    ]);
  });

  it('captives still held are captured, whatever else the report says of releases', () => {
    expect(figuresOf('قال الجيش الإسرائيلي إن 120 رهينة محتجزون في غزة.')).toEqual([
      expect.objectContaining({ category: 'captured', min: 120, max: 120, vague: false }),
    ]);
    expect(figuresOf('أسرت قوات الدعم السريع 30 جنديا من الجيش السوداني في بابنوسة.')).toEqual([
      expect.objectContaining({ category: 'captured', affiliation: 'military', min: 30, max: 30 }),
    ]);
  });

  it('the release words reach no further than their clause («إطلاق النار» is no release)', () => {
    expect(figuresOf('أسر مقاتلو حركة الشباب 5 جنود صوماليين خلال تبادل لإطلاق النار قرب بلدوين.')).toEqual([
      expect.objectContaining({ party: 'SO', category: 'captured', min: 5 }),
    ]);
  });
});
