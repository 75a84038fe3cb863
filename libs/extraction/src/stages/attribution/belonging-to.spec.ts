import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

const claimants = (text: string) => extract({ text, publishedOn: '2025-03-10' }).events.map((e) => e.claimant.party);

describe('«تابعة لـ» (belonging to) is no speech verb: the owner after it does not become the claimant', () => {
  it.each([
    [
      'قالت قوات حفتر إن طائرة مسيرة تابعة لقوات حكومة الوحدة الوطنية استهدفت موقعا لها جنوب سرت، ما أدى إلى مقتل ثلاثة من عناصرها.',
      'LY-LNA',
    ],
    ['أعلن الجيش الأوكراني أن مسيرة تابعة للقوات الروسية هاجمت منشأة للطاقة في خاركيف، ما أدى إلى إصابة 3 مدنيين.', 'UA'],
    ['قالت قوات الدعم السريع إن طائرة تابعة للجيش السوداني قصفت سوقا في مدينة نيالا، ما أسفر عن مقتل 9 مدنيين.', 'SD-RSF'],
  ])('%s → %s', (text, party) => {
    expect(new Set(claimants(text))).toEqual(new Set([party]));
  });

  it('«وتابع قائلا» still speaks', () => {
    expect(claimants('قال الجيش السوداني إنه صد هجوما على الفاشر. وتابع قائلا إن قوات الدعم السريع قصفت المدينة بالمدفعية.')).toContain(
      'SD',
    );
  });

  it('the Tripoli government’s security bodies are its forces: «قوة الردع الخاصة», «اللواء 444 قتال» → LY', () => {
    for (const text of [
      'هاجمت قوة الردع الخاصة مقرا لمسلحين قرب مطار معيتيقة في طرابلس، ما أدى إلى مقتل 4 منهم.',
      'قصف اللواء 444 قتال مواقع لمسلحين في بلدة ترهونة جنوب طرابلس.',
    ])
      expect(extract({ text, publishedOn: '2025-03-10' }).events.map((e) => e.accused)).toContain('LY');
  });
});
