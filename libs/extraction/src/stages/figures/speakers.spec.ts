import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/** Example sentences written for these specs (speakers round), not taken from any report. */
const keysOf = (text: string): string[] =>
  extract({ text, publishedOn: '2024-05-20', language: 'ar' })
    .events.filter((e) => e.type === 'CasualtiesClaimed')
    .flatMap((e) => e.casualties.map((f) => `${f.affiliation}|${f.category}|${f.min}`));

describe('the one who speaks is no casualty', () => {
  it.each([
    ['Syria', 'أعلن مصدر عسكري مقتل 3 جنود في هجوم على حاجز في درعا.', ['military|killed|3']],
    ['Iraq', 'تحدث مصدر عسكري عن مقتل 12 من عناصر داعش في صحراء الأنبار.', ['military|killed|12']],
    ['Yemen', 'قال مسؤول عسكري عن أسر 20 جنديا من القوات الحكومية في مأرب.', ['military|captured|20']],
    ['Iraq', 'كشف متحدث عسكري عن إصابة جنديين في كركوك.', ['military|wounded|2']],
    ['Somalia', 'تحدث ضابط عسكري عن مقتل 5 مسلحين من حركة الشباب.', ['military|killed|5']],
  ])('%s: %s', (_conflict, text, keys) => {
    expect(keysOf(text)).toEqual(keys);
  });

  it('one told after the verb of saying and a casualty word, or mourned, is counted', () => {
    expect(keysOf('أعلن الجيش المالي مقتل جندي في هجوم على موقع في تمبكتو.')).toEqual(['military|killed|1']);
    expect(keysOf('أعلن مقتل جندي في هجوم على حاجز قرب مدينة العريش.')).toEqual(['military|killed|1']);
    expect(keysOf('أفاد مصدر أمني بمقتل شرطي في الأنبار.')).toEqual(['military|killed|1']);
    expect(keysOf('نعى حزب الله مقاتلا سقط في جنوب لبنان.')).toEqual(['military|killed|1']);
  });
});
