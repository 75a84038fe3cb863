import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/** Example sentences written for these specs (relative-clause recaps round), not taken from any report. */
const eventsOf = (text: string) =>
  extract({ text, publishedOn: '2024-05-20', language: 'ar' }).events.map((e) => ({
    type: e.type,
    background: e.background,
    from: e.occurredOn?.from ?? null,
  }));
/** The events told as fresh news (not background). */
const freshOf = (text: string) => eventsOf(text).filter((e) => !e.background);

describe('an earlier attack told in a relative clause is recalled, not told', () => {
  it.each([
    ['Syria', 'عاد الأهالي إلى المنازل التي دمرها القصف في أحياء حلب الشرقية.'],
    ['Lebanon', 'بدأت فرق الإنقاذ رفع أنقاض المباني التي استهدفتها الغارات الإسرائيلية في الضاحية الجنوبية.'],
    ['Sudan', 'تفقد والي الجزيرة القرى التي تعرضت لهجمات قوات الدعم السريع.'],
    ['Ukraine', 'تعمل السلطات على ترميم الأحياء التي دمرها القصف الروسي في مدينة خاركيف.'],
    ['Yemen', 'نقل الجرحى الذين أصيبوا في القصف الحوثي إلى مستشفى الثورة في تعز.'],
    ['Iraq', 'زار رئيس الوزراء المصابين الذين سقطوا في تفجير الكرادة.'],
  ])('%s: %s', (_conflict, text) => {
    expect(freshOf(text)).toEqual([]);
  });

  it('a time of its own dates the recalled attack (and its wounded) on that day', () => {
    expect(eventsOf('زار الوزير الجرحى الذين أصيبوا في غارة الأسبوع الماضي على صعدة.')).toEqual([
      { type: 'CasualtiesClaimed', background: false, from: '2024-05-11' },
      { type: 'AirStrikeReported', background: false, from: '2024-05-11' },
    ]);
  });

  it('the sentence’s own attack, an event head, a toll or a present state stay news', () => {
    expect(freshOf('قصفت القوات الروسية اليوم الأحياء التي انسحب منها الجيش الأوكراني في باخموت.').map((e) => e.type)).toEqual([
      'ShellingReported',
    ]);
    expect(freshOf('قالت وزارة الصحة إن الغارة التي استهدفت المدرسة في خان يونس أسفرت عن مقتل 5 أشخاص.').map((e) => e.type)).toEqual([
      'AirStrikeReported',
      'CasualtiesClaimed',
    ]);
    expect(freshOf('ارتفع عدد القتلى الذين سقطوا في الهجوم على السوق في مقديشو إلى 12.').map((e) => e.type)).toContain('CasualtiesClaimed');
    expect(freshOf('قتل 3 مدنيين في قصف على الأحياء التي يسيطر عليها الجيش في الفاشر.').map((e) => e.type)).toEqual([
      'CasualtiesClaimed',
      'ShellingReported',
    ]);
  });
});
