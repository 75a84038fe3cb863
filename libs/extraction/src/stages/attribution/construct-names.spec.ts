import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * Group names that open with a noun in construct never take the article on it («جيش محمد», «جيش العزة»): «الضابط
 * بالجيش محمد علي» is an army officer named Muhammad Ali, not Jaish-e-Mohammed. Sentences written for this spec.
 */
const parties = (text: string): (string | null)[] =>
  extract({ text: 'تطورات ميدانية\n\n' + text, publishedOn: '2024-05-10', language: 'ar' }).events.flatMap((e) => [
    e.claimant.party,
    e.accused,
    e.target,
    ...e.casualties.map((c) => c.party),
  ]);

describe('a construct name with the article is another phrase', () => {
  it.each([
    'وقال الضابط بالجيش محمد علي إن المهاجمين فجروا سيارة ملغومة قبل أن يقتحموا القاعدة ويقتلوا 7 جنود.',
    'وأكد المتحدث باسم الجيش محمد الحسن أن القوات صدت هجوما على مواقعها قرب مدينة الأبيض.',
  ])('no Jaish-e-Mohammed: %s', (text) => {
    expect(parties(text)).not.toContain('PK-JEM');
  });

  it('the name itself still names the group', () => {
    expect(parties('أعلنت جماعة جيش محمد مسؤوليتها عن الهجوم على قافلة للشرطة في كشمير.')).toContain('PK-JEM');
  });

  it('a name whose first letter only looks like the article stays the group («وألوية الناصر صلاح الدين»)', () => {
    expect(parties('وأعلنت ألوية الناصر صلاح الدين قصف مستوطنة سديروت بالصواريخ.')).toContain('PS-PRC');
  });
});
