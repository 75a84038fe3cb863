import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';

/**
 * «وسط القطاع», «جنوب الولاية», «شمال المدينة»: a part of an area named before, in reports written for this spec in
 * wire style. The LAST event of the report must be at exactly these locations (ids).
 */
const lastIds = (text: string) => {
  const events = extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events.filter((e) => e.locations.length);
  return events.at(-1)?.locations.map((l) => l.id) ?? [];
};

describe('a compass word before «القطاع/المدينة/البلدة/القرية/المحافظة/الولاية/الإقليم» is a part of the area named before', () => {
  const CASES: [string, string[]][] = [
    // Gaza: «القطاع» is the Strip, and the gazetteer has its centre and north — not the town of the sentence before
    [
      'قصفت طائرات إسرائيلية مخيم النصيرات في قطاع غزة. وقتل 3 فلسطينيين في غارة أخرى على رفح. كما قتل 5 آخرون في قصف على وسط القطاع.',
      ['ps-central-gaza'],
    ],
    [
      'قتل 10 فلسطينيين في غارات إسرائيلية على قطاع غزة. وقال الدفاع المدني إن 4 منهم قتلوا في خان يونس. وقتل 3 آخرون في غارة شمال القطاع.',
      ['ps-north-gaza'],
    ],
    // Sudan: «الولاية» is the state named with «ولاية», not the city of the sentence before
    ['سيطرت قوات الدعم السريع على مدينة الفاشر في ولاية شمال دارفور. واندلعت اشتباكات عنيفة في جنوب الولاية.', ['sd-north-darfur']],
    // Syria: «القرية» is the village named with «قرية», not the city named after it
    [
      'ضرب انفجار موقعا بالقرب من قرية تل العيد جنوب شرقي القامشلي. وقالت وسائل إعلام إن مسيرة تركية قصفت موقعا عسكريا في محيط القرية.',
      ['unlisted:sy-qamishli:تل العيد'],
    ],
    // Ukraine: «المدينة» is the report's city, the one named most often
    [
      'قصفت القوات الروسية مدينة خاركيف ليلا. وقال رئيس بلدية خاركيف إن الدفاعات الجوية أسقطت صواريخ فوق بيلغورود. وأضاف أن 3 مدنيين قتلوا في قصف على شمال المدينة.',
      ['ua-kharkiv'],
    ],
  ];
  it.each(CASES)('%s', (text, ids) => expect(lastIds(text)).toEqual(ids));

  it('reads a phrase right after a place as locating that place («بحي التفاح شرقي القطاع»), not as a place of its own', () => {
    const text = 'قصفت طائرات إسرائيلية مدينة غزة. وقتل 3 فلسطينيين في قصف على منتزه بحي التفاح شرقي القطاع.';
    expect(lastIds(text)).toEqual(['unlisted:ps-gaza-city:حي التفاح']);
  });
});
