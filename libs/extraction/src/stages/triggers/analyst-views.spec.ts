import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * What unnamed analysts, experts or observers think, expect or say is a reading of the news, not news: no event comes
 * from it. A named panel («خبراء الأمم المتحدة») still reports, and the clause before the analysts is still told.
 * Sentences written for this spec across conflicts.
 */
const types = (text: string) => extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events.map((e) => e.type);

describe('an analysts’ view tells no event', () => {
  it.each([
    ['lebanon', 'يرى محللون أن الغارات الإسرائيلية على لبنان تهدف إلى إضعاف حزب الله.'],
    ['ukraine', 'يعتقد خبراء عسكريون أن القصف الروسي على أوديسا سيستمر خلال الأيام المقبلة.'],
    ['yemen', 'وبحسب محللين، فإن هجمات الحوثيين على السفن في البحر الأحمر تهدف إلى الضغط على واشنطن.'],
    ['sudan', 'ويرى مراقبون أن سيطرة قوات الدعم السريع على الفاشر تمنحها اليد العليا في دارفور.'],
    ['somalia', 'ويقول خبراء إن هجمات حركة الشباب على القواعد العسكرية تصاعدت في وسط الصومال.'],
  ])('%s: %s', (_conflict, text) => {
    expect(types(text)).toEqual([]);
  });

  it.each([
    ['CasualtiesClaimed', 'وقال خبراء الأمم المتحدة إن قوات الدعم السريع قتلت 15 مدنيا في الجنينة.'],
    ['ShellingReported', 'قصفت القوات الروسية مدينة خاركيف بالمدفعية، ويرى محللون أن الهجوم يهدف إلى إرهاق الدفاعات الجوية.'],
    ['AirStrikeReported', 'شنت طائرات إسرائيلية غارات على بلدة الخيام، وفق ما أفاد مراسل الجزيرة.'],
  ])('still told (%s): %s', (type, text) => {
    expect(types(text)).toContain(type);
  });
});
