import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/** Each event of a report as «Type from..to», «(bg)» when told as background. */
const dated = (text: string, publishedOn: string) =>
  extract({ text, publishedOn, language: 'ar' }).events.map(
    (e) => `${e.type} ${e.occurredOn ? `${e.occurredOn.from}..${e.occurredOn.to}` : 'null'}${e.background ? ' (bg)' : ''}`,
  );

describe('events told as the past of the report', () => {
  it('tells an event of an uncounted stretch back («قبل أيام», «قبل سنوات») as background, before the report', () => {
    expect(dated('قتل ثلاثة جنود في هجوم لحركة الشباب على قاعدة في شبيلي السفلى قبل أيام.', '2024-05-10')).toEqual([
      'CasualtiesClaimed 2024-04-30..2024-05-08 (bg)',
      'ArmedClashReported 2024-04-30..2024-05-08 (bg)',
    ]);
    expect(dated('قصفت المدفعية الروسية أحياء في خيرسون قبل بضعة أيام.', '2024-05-10')).toEqual([
      'ShellingReported 2024-04-30..2024-05-08 (bg)',
    ]);
  });

  it('dates a counted stretch back and keeps it news while it is recent', () => {
    expect(dated('قتل جنديان أرمينيان بقصف أذربيجاني على تافوش قبل 3 أيام.', '2024-05-10')).toEqual([
      'CasualtiesClaimed 2024-05-07..2024-05-07',
      'ShellingReported 2024-05-07..2024-05-07',
    ]);
    // two months back is background
    expect(dated('قتل 12 مدنيا في غارة جوية على صعدة قبل شهرين.', '2024-05-10')).toEqual([
      'CasualtiesClaimed 2024-03-03..2024-03-17 (bg)',
      'AirStrikeReported 2024-03-03..2024-03-17 (bg)',
    ]);
  });

  it('tells the pluperfect («وكانت القوات قد سيطرت», «وكان الجيش قد أعلن») as background unless it has a time of its own', () => {
    expect(dated('وكانت القوات الروسية قد سيطرت على بلدة أفدييفكا.', '2024-05-10')).toEqual([
      'ControlChangeClaimed 2024-05-10..2024-05-10 (bg)',
    ]);
    expect(dated('وكان الجيش السوداني قد أعلن مقتل 20 من عناصر قوات الدعم السريع في الفاشر.', '2024-05-10')).toEqual([
      'CasualtiesClaimed 2024-05-10..2024-05-10 (bg)',
    ]);
    expect(dated('وكانت حركة الشباب، قد شنت هجوما على قاعدة للجيش الصومالي في جوهر.', '2024-05-10').every((e) => e.endsWith('(bg)'))).toBe(
      true,
    );
    // a time word of its own after «قد» dates it, as after «سبق أن»
    expect(dated('وكان الجيش الإسرائيلي قد قصف بلدة عيتا الشعب أمس.', '2024-05-10')).toEqual(['ShellingReported 2024-05-09..2024-05-09']);
    // «قد» alone before a perfect verb is «has»: the fact is told
    expect(dated('قد تجددت الاشتباكات في محيط مدينة الفاشر.', '2024-05-10')).toEqual(['ArmedClashReported 2024-05-10..2024-05-10']);
  });

  it('dates an event on this day of an earlier year as then, and as background', () => {
    expect(dated('في مثل هذا اليوم من العام الماضي، قصفت القوات الروسية ميناء أوديسا.', '2024-05-10')).toEqual([
      'ShellingReported 2023-05-10..2023-05-10 (bg)',
    ]);
  });

  it('dates what a counted anniversary recalls that many years back, and the news beside it today', () => {
    expect(dated('في الذكرى السنوية الثالثة لسيطرة طالبان على كابل، قتل 3 أشخاص في انفجار في كابل.', '2024-08-15')).toEqual([
      'ControlChangeClaimed 2021-08-12..2021-08-18 (bg)',
      'CasualtiesClaimed 2024-08-15..2024-08-15',
    ]);
    expect(dated('في الذكرى الثانية للحرب قصفت القوات الروسية مدينة خاركيف بالصواريخ.', '2024-02-24')).toEqual([
      'ShellingReported 2024-02-24..2024-02-24',
    ]);
  });

  it('infers the publication day from a Hijri header when none is given, and dates «أمس» from it', () => {
    const r = extract({ text: 'الجمعة 2 ذو القعدة 1445 هـ. قتل ثلاثة جنود في هجوم لحركة الشباب على قاعدة في مقديشو أمس.', language: 'ar' });
    expect([r.report.referenceDate, r.report.referenceDateSource]).toEqual(['2024-05-10', 'inferred']);
    expect(r.events.map((e) => e.occurredOn?.from)).toEqual(['2024-05-09', '2024-05-09']);
  });

  it('dates an event by a Hijri date and by a span across two named days', () => {
    expect(dated('قتل 6 مدنيين في غارة إسرائيلية على خان يونس في الأول من شوال 1445 هـ.', '2024-04-12')).toEqual([
      'CasualtiesClaimed 2024-04-10..2024-04-10',
      'AirStrikeReported 2024-04-10..2024-04-10',
    ]);
    expect(dated('قصفت قوات الدعم السريع أحياء في الفاشر منذ منتصف ليل السبت حتى صباح الأحد.', '2024-05-13')).toEqual([
      'ShellingReported 2024-05-11..2024-05-12',
    ]);
  });
});
