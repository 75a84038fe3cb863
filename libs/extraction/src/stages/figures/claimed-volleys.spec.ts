import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * A speaker's own strike told with a counted instrument («استهدفت قواتنا السفينة بعدد من الصواريخ», «بثلاثة صواريخ»)
 * is the speaker's, as «بصاروخ» is; and a hit called accurate through a copula («وإن الإصابة كانت دقيقة») counts
 * no wounded. Sentences written for this spec across conflicts.
 */
const events = (text: string) => extract({ text: 'تطورات ميدانية\n\n' + text, publishedOn: '2024-05-18', language: 'ar' }).events;

describe('a counted instrument of the speaker’s own attack', () => {
  it.each([
    ['YE-HOUTHI', 'وقال المتحدث العسكري للحوثيين يحيى سريع إن قواتهم استهدفت سفينة نفط في خليج عدن بعدد من الصواريخ البحرية.'],
    ['LB-HEZBOLLAH', 'وقال حزب الله إن مقاتليه استهدفوا ثكنة للجيش الإسرائيلي بثلاثة صواريخ موجهة.'],
    ['SD-RSF', 'وقالت قوات الدعم السريع إن قواتها قصفت مواقع الجيش في الأبيض بعشرات القذائف.'],
  ])('%s attacked: %s', (party, text) => {
    const attack = events(text).find((e) => ['ShellingReported', 'AirStrikeReported', 'ArmedClashReported'].includes(e.type));
    expect(attack?.accused).toBe(party);
  });
});

describe('an accurate hit is no wounding', () => {
  it.each([
    'وقال الحوثيون إنهم استهدفوا السفينة بصاروخ وإن الإصابة كانت دقيقة.',
    'وأكدت الفصائل أن الإصابات جاءت مباشرة في صفوف القوات المتقدمة.',
  ])('%s', (text) => {
    expect(events(text).some((e) => e.type === 'CasualtiesClaimed')).toBe(false);
  });

  it('a wounding told with a copula still counts («وكانت إصابة الجنديين خطيرة»)', () => {
    expect(events('أصيب جنديان في قصف على موقع للجيش وكانت إصابتهما خطيرة.').some((e) => e.type === 'CasualtiesClaimed')).toBe(true);
  });
});
