import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/** Example sentences written for these specs, not taken from any report. */
const keysOf = (text: string): string[] =>
  extract({ text, publishedOn: '2025-03-10', language: 'ar' })
    .events.filter((e) => e.type === 'CasualtiesClaimed')
    .flatMap((e) => e.casualties.map((c) => `${c.party}|${c.category}|${c.min}`));

describe('one leader killed («القضاء على قيادي», «مقتل قيادي في …») is one of his group', () => {
  it.each([
    ['وتمكنت القوات من القضاء على قيادي بارز في حركة الشباب في غارة جوية.', 'SO-SHABAAB|killed|1'],
    ['أعلن الجيش الباكستاني القضاء على زعيم في حركة طالبان باكستان في وزيرستان.', 'PK-TTP|killed|1'],
    ['قال الجيش اليمني إنه تمكن من القضاء على قيادي حوثي في جبهة مأرب.', 'YE-HOUTHI|killed|1'],
    ['قتل قيادي في حركة الشباب في غارة أمريكية جنوب الصومال.', 'SO-SHABAAB|killed|1'],
    ['أعلنت مصادر أمنية مقتل قيادي في هيئة تحرير الشام بانفجار عبوة ناسفة في إدلب.', 'SY-HTS|killed|1'],
    ['أعلنت الشرطة العراقية القبض على أمير في داعش في الموصل.', 'ISIS|captured|1'],
    // named: the title with its article right after the verb and its subject
    ['اغتالت إسرائيل القيادي في حركة حماس صالح العاروري بطائرة مسيرة في بيروت.', 'PS-HAMAS|killed|1'],
  ])('%s → %s', (text, key) => {
    expect(keysOf(text)).toEqual([key]);
  });

  it('«عنصر قيادي»: the adjective is the same one, counted once', () => {
    expect(keysOf('قتل عنصر قيادي في حزب الله بغارة إسرائيلية على النبطية.')).toEqual(['LB-HEZBOLLAH|killed|1']);
  });

  it.each([
    'وأكد الجيش العراقي عزمه على القضاء على الإرهاب في المناطق المحررة.',
    'وقالت القوات إنها تعمل على القضاء على خلايا داعش في صحراء الأنبار.',
    'استقبل أمير قطر وزير الخارجية الأمريكي في الدوحة.',
    'وقال القيادي في حركة حماس إن المفاوضات متعثرة.',
  ])('near-miss, no casualty: %s', (text) => {
    expect(keysOf(text)).toEqual([]);
  });

  it.each([
    ['أعلن الجيش الصومالي القضاء على 12 من عناصر حركة الشباب في هيران.', ['SO-SHABAAB|killed|12']],
    ['قال مصدر قيادي في الحركة إن 3 من عناصرها قتلوا في غارة إسرائيلية على غزة.', ['null|killed|3']],
  ])('near-miss, unchanged: %s', (text, keys) => {
    expect(keysOf(text)).toEqual(keys);
  });
});
