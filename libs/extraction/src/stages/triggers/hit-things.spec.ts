import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * «إصابة» with a thing hit as its object («إصابة السفينة بمقذوف», «إصابة الهدف», «إصابة منزل») is a hit, not a
 * person wounded: no casualty claim. Sentences written for this spec across conflicts.
 */
const casualties = (text: string) =>
  extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events.filter((e) => e.type === 'CasualtiesClaimed');

describe('a thing hit is no one wounded', () => {
  it.each([
    'أعلنت هيئة عمليات التجارة البحرية البريطانية إصابة السفينة بمقذوف قبالة الحديدة.',
    'أكد الجيش الروسي إصابة الهدف بدقة في منطقة خاركيف.',
    'أعلنت كتائب القسام إصابة دبابة إسرائيلية شرق خان يونس.',
  ])('%s', (text) => {
    expect(casualties(text)).toEqual([]);
  });

  // any site an attack hits (lexicon/attribution/target-words.ts), not only those listed for the hit noun
  it.each([
    'أفاد مصدر عسكري بإصابة عربات للجيش السوداني في الخرطوم.',
    'أسفر الهجوم عن إصابة ثكنة للجيش العراقي في الأنبار.',
    'أعلنت القوات الأوكرانية إصابة مركز قيادة روسي في كورسك.',
    'أعلن الحوثيون إصابة مراكز للجيش السعودي في جيزان.',
  ])('a site hit: %s', (text) => {
    expect(casualties(text)).toEqual([]);
  });

  it.each([
    ['أسفر القصف على الفاشر عن إصابة 5 مدنيين.', 'wounded'],
    ['أدى الهجوم على القاعدة إلى إصابة جنود أمريكيين.', 'wounded'],
    ['أسفر القصف عن إصابة جنود أوكرانيين في زابوريجيا.', 'wounded'],
  ])('people hit still count: %s', (text, category) => {
    expect(casualties(text).flatMap((e) => e.casualties.map((c) => c.category))).toContain(category);
  });
});
