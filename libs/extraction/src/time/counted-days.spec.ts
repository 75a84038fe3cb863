import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';

/** Each event of a report as «Type from..to». */
const dated = (text: string, publishedOn: string) =>
  extract({ text, publishedOn, language: 'ar' }).events.map(
    (e) => `${e.type} ${e.occurredOn ? `${e.occurredOn.from}..${e.occurredOn.to}` : 'null'}`,
  );

// Wednesday 15 May 2024
const WED = '2024-05-15';

describe('a speaker’s «قبل يومين» counts from the day they spoke', () => {
  it('in the sentence that names the statement’s day', () => {
    // Tuesday 14 May: two days before is Sunday 12 May
    expect(dated('قال مسؤول يمني يوم الثلاثاء إن طائرات التحالف شنت غارات على صعدة قبل يومين.', WED)).toEqual([
      'AirStrikeReported 2024-05-12..2024-05-12',
    ]);
    expect(dated('أعلن الجيش السوداني يوم الثلاثاء أن قوات الدعم السريع قصفت مدينة الأبيض قبل ثلاثة أيام.', WED)).toEqual([
      'ShellingReported 2024-05-11..2024-05-11',
    ]);
    // a quote after a colon
    expect(dated('قال مسؤول محلي في شمال مالي يوم الثلاثاء: "هاجم مسلحون قرية قبل يومين وقتلوا 12 مدنيا".', WED)).toContain(
      'ArmedClashReported 2024-05-12..2024-05-12',
    );
    // a week, a day either side
    expect(dated('قال الجيش الأوكراني يوم الثلاثاء إن القوات الروسية قصفت خاركيف قبل أسبوع.', WED)).toEqual([
      'ShellingReported 2024-05-06..2024-05-08',
    ]);
  });

  it('in a later sentence that goes on with the statement', () => {
    const text =
      'أعلنت هيئة الأركان الأذربيجانية يوم الأحد أن القوات الأرمينية قصفت مواقعها في كلبجار. وقالت إن جنديا قتل في هجوم قبل يومين.';
    expect(dated(text, WED)).toContain('CasualtiesClaimed 2024-05-10..2024-05-10');
  });

  it('stays counted from the report in the outlet’s own words after a statement', () => {
    const gaza =
      'أعلنت وزارة الصحة في غزة يوم الإثنين أن 35 ألف شخص قتلوا منذ بداية الحرب. وقبل يومين قصفت الطائرات الإسرائيلية مخيم النصيرات.';
    expect(dated(gaza, WED)).toContain('AirStrikeReported 2024-05-13..2024-05-13');
    const sudan = 'قال الجيش السوداني يوم الأحد إنه صد هجوما على الفاشر. وقبل ثلاثة أيام قصفت قوات الدعم السريع مخيم زمزم.';
    expect(dated(sudan, WED)).toContain('ShellingReported 2024-05-12..2024-05-12');
  });

  it('stays counted from the report when no statement’s day stands before it', () => {
    expect(dated('قصفت المدفعية الإسرائيلية بلدة الخيام في جنوب لبنان قبل يومين.', WED)).toEqual([
      'ShellingReported 2024-05-13..2024-05-13',
    ]);
    // a day that dates the facts, not a statement
    expect(dated('قصفت القوات الروسية خاركيف يوم الأحد، واستهدفت مسيرات أوكرانية مدينة بيلغورود قبل يومين.', WED)).toContain(
      'AirStrikeReported 2024-05-13..2024-05-13',
    );
  });
});

describe('«بعد يومين», «قبل يومين من ذلك»: counted from the day the story runs on', () => {
  it('reads the days after the story’s day', () => {
    const gaza = 'في 10 مايو، قتل 20 شخصا في غارة إسرائيلية على رفح. وبعد يومين، قصفت الطائرات الإسرائيلية خان يونس.';
    expect(dated(gaza, WED)).toContain('AirStrikeReported 2024-05-12..2024-05-12');
    const sudan = 'هاجمت قوات الدعم السريع مدينة الفاشر يوم 3 مايو. وبعد ثلاثة أيام من ذلك، قصفت مخيم زمزم.';
    expect(dated(sudan, WED)).toContain('ShellingReported 2024-05-06..2024-05-06');
  });

  it('reads the days before it', () => {
    const westBank = 'اقتحمت القوات الإسرائيلية مخيم جنين يوم الأحد. وقبل يومين من ذلك قتل 3 فلسطينيين في نابلس.';
    expect(dated(westBank, WED)).toContain('CasualtiesClaimed 2024-05-10..2024-05-10');
  });

  it('never past the report, and not for how long something lasted or a day counted from another event', () => {
    expect(dated('قصفت القوات الروسية خاركيف أمس. وبعد يومين من المعارك، سيطرت القوات الروسية على بلدة فوفتشانسك.', WED)).toContain(
      'ControlChangeClaimed 2024-05-14..2024-05-14',
    );
  });
});

describe('«قبل يوم»: one day back; «قبل ثلاث ليال», «قبل ليلتين» counted as days', () => {
  it('reads one day, not a day named after it', () => {
    expect(dated('قتل 6 مدنيين في قصف روسي على مدينة دونيتسك قبل يوم.', WED)).toContain('ShellingReported 2024-05-14..2024-05-14');
    expect(dated('شنت طائرات التحالف غارات على صعدة قبل يوم واحد.', WED)).toEqual(['AirStrikeReported 2024-05-14..2024-05-14']);
    expect(dated('قتل 4 أشخاص في غارة إسرائيلية على بلدة عيترون قبل ثلاث ليال.', WED)).toContain(
      'AirStrikeReported 2024-05-12..2024-05-12',
    );
    expect(dated('قصفت القوات الروسية مدينة أوديسا بالمسيرات قبل ليلتين.', WED)).toContain('AirStrikeReported 2024-05-13..2024-05-13');
    // before a named day: not counted back from the report
    expect(dated('قصفت قوات الدعم السريع مدينة الفاشر قبل يوم الجمعة.', WED)).not.toContain('ShellingReported 2024-05-14..2024-05-14');
    expect(dated('قصفت القوات الإسرائيلية مدينة رفح قبل يوم الانتخابات.', WED)).not.toContain('ShellingReported 2024-05-14..2024-05-14');
  });
});

describe('whole days of hours («قبل 72 ساعة», «منذ 48 ساعة»)', () => {
  it('counts them as days back, and a span since them up to the report', () => {
    expect(dated('قتل 6 مدنيين في قصف روسي على مدينة دونيتسك قبل 72 ساعة.', WED)).toContain('ShellingReported 2024-05-12..2024-05-12');
    expect(dated('قتل جندي في هجوم على حاجز في ريف درعا قبل 24 ساعة.', WED)).toContain('CasualtiesClaimed 2024-05-14..2024-05-14');
    expect(dated('تتواصل الاشتباكات في مدينة الفاشر منذ 48 ساعة.', WED)).toEqual(['ArmedClashReported 2024-05-13..2024-05-15']);
  });
});
