import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * «استهدفت الضربات منصات لإطلاق الصواريخ»: a launcher or a depot of rockets or drones is what was struck, not a
 * rocket attack by its owner. Sentences written for this spec across conflicts.
 */
const typesOf = (text: string) => extract({ text, publishedOn: '2025-03-10', language: 'ar' }).events.map((e) => e.type);

describe('the weapon of a launcher or depot struck is not fired', () => {
  it.each([
    [
      'Yemen',
      'شنت طائرات أمريكية غارات على مواقع للحوثيين في الحديدة فجر اليوم. وقالت القيادة المركزية الأمريكية إن الضربات استهدفت منصات لإطلاق الصواريخ.',
    ],
    ['Lebanon', 'شنت إسرائيل غارات على جنوب لبنان. وقال الجيش الإسرائيلي إنه استهدف منصات صواريخ تابعة لحزب الله.'],
    ['Ukraine', 'دمرت القوات الأوكرانية منصة صواريخ روسية في زابوريجيا.'],
    ['Iraq', 'قال الجيش الأمريكي إن غاراته في العراق استهدفت مستودعات صواريخ لكتائب حزب الله.'],
  ])('%s: %s', (_conflict, text) => {
    expect(typesOf(text)).not.toContain('ShellingReported');
  });

  it.each([
    ['Ukraine', 'قصفت راجمات الصواريخ الروسية مدينة خيرسون اليوم.'],
    ['Lebanon', 'أطلق حزب الله صواريخ على كريات شمونة من منصات في جنوب لبنان.'],
  ])('%s, near-miss — a launcher that fires, a launch from launchers: %s', (_conflict, text) => {
    expect(typesOf(text)).toContain('ShellingReported');
  });
});
