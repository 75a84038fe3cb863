import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';

/** Each event of a report as «Type from..to», «(bg)» when told as background. */
const dated = (text: string, publishedOn: string) =>
  extract({ text, publishedOn, language: 'ar' }).events.map(
    (e) => `${e.type} ${e.occurredOn ? `${e.occurredOn.from}..${e.occurredOn.to}` : 'null'}${e.background ? ' (bg)' : ''}`,
  );

describe('event dates in whole reports', () => {
  it('dates the facts by their own time word, not by the dateline before them', () => {
    expect(dated('طرابلس - 10 مايو 2024 - اندلعت اشتباكات عنيفة بين مجموعات مسلحة في حي أبو سليم مساء أمس الخميس.', '2024-05-10')).toEqual([
      'ArmedClashReported 2024-05-09..2024-05-09',
    ]);
    expect(
      dated('الخرطوم، 10 مايو 2024 (رويترز) - قال شهود إن قوات الدعم السريع قصفت الفاشر بالمدفعية فجر الأربعاء.', '2024-05-10'),
    ).toEqual(['ShellingReported 2024-05-08..2024-05-08']);
  });

  it('keeps the dateline date for facts with no time word of their own', () => {
    expect(dated('مقديشو، 9 مايو 2024 (أ ف ب) - قتل ثلاثة جنود في هجوم لحركة الشباب على قاعدة عسكرية.', '2024-05-10')).toContain(
      'CasualtiesClaimed 2024-05-09..2024-05-09',
    );
  });

  it('dates the facts from the day the report was written when it was put online later («أمس الخميس» on a Saturday)', () => {
    const text = 'قالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية قصفت مواقعها في تافوش أمس الخميس. وقتل جندي أرميني في القصف أمس.';
    expect(dated(text, '2024-05-11')).toEqual(['ShellingReported 2024-05-09..2024-05-09', 'CasualtiesClaimed 2024-05-09..2024-05-09']);
  });

  it('does not move the story back to the start of a war («منذ أكتوبر 2023») told beside the news', () => {
    const gaza = 'قصفت القوات الإسرائيلية مخيم النصيرات في غزة أمس، في إطار الحرب المستمرة منذ أكتوبر 2023. وقتل خمسة فلسطينيين في القصف.';
    expect(dated(gaza, '2024-05-10')).toEqual(['ShellingReported 2024-05-09..2024-05-09', 'CasualtiesClaimed 2024-05-09..2024-05-09']);
    const rafah = 'تشن إسرائيل حربا على قطاع غزة منذ السابع من أكتوبر 2023. وقتل خمسة فلسطينيين في غارة على رفح.';
    expect(dated(rafah, '2024-05-10')).toEqual(['CasualtiesClaimed 2024-05-10..2024-05-10', 'AirStrikeReported 2024-05-10..2024-05-10']);
    const sudan = 'وكانت الحرب اندلعت في السودان منذ أبريل 2023 بين الجيش وقوات الدعم السريع. وقصفت قوات الدعم السريع مدينة الأبيض.';
    expect(dated(sudan, '2024-05-10')).toEqual(['ShellingReported 2024-05-10..2024-05-10']);
  });

  it('goes on with the «منذ» clause in a sentence that opens with a relative pronoun («والتي …»)', () => {
    const text =
      'قتل جنديان في هجوم على قاعدة في شبيلي السفلى أمس. وتقاتل الحركة قوات الاتحاد الأفريقي التي تنتشر في الصومال منذ سنة 2007. والتي تمكنت من طرد الحركة من مقديشو.';
    const events = dated(text, '2024-05-10');
    expect(events).toContain('CasualtiesClaimed 2024-05-09..2024-05-09');
    expect(events.filter((e) => e.startsWith('ControlChangeClaimed'))).toEqual(['ControlChangeClaimed 2007-01-01..2007-12-31 (bg)']);
  });

  it("keeps today's facts news when a war year is only their yardstick", () => {
    expect(dated('قتل جنديان في اشتباكات في تافوش، في أعنف مواجهات منذ حرب 2020.', '2024-05-10')).toEqual([
      'CasualtiesClaimed 2024-05-10..2024-05-10',
      'ArmedClashReported 2024-05-10..2024-05-10',
    ]);
  });

  it('tells a war of a past season as background, and the sentence after it with it', () => {
    const text = 'قتل جندي أرميني بنيران قناص أذربيجاني أمس. وخاضت أرمينيا وأذربيجان حربا في خريف 2020. وقتل فيها أكثر من 6500 جندي.';
    expect(dated(text, '2024-05-10')).toEqual([
      'CasualtiesClaimed 2024-05-09..2024-05-09',
      'CasualtiesClaimed 2020-01-01..2020-12-31 (bg)',
    ]);
  });

  it('reads a Maghreb month in the body of a report', () => {
    expect(dated('اندلعت اشتباكات بين الجيش الليبي ومسلحين في مدينة الزاوية في 3 ماي الجاري، وقتل أربعة مسلحين.', '2024-05-10')).toEqual([
      'ArmedClashReported 2024-05-03..2024-05-03',
      'CasualtiesClaimed 2024-05-03..2024-05-03',
    ]);
  });

  it('dates a day-month of late December in a report of early January in the year before', () => {
    expect(
      dated('قال الجيش الأوكراني إن القوات الروسية قصفت مدينة خيرسون في 30 ديسمبر، ما أدى إلى مقتل مدنيين اثنين.', '2024-01-02'),
    ).toEqual(['ShellingReported 2023-12-30..2023-12-30', 'CasualtiesClaimed 2023-12-30..2023-12-30']);
  });

  it('reads the Gregorian date of a Hijri-and-Gregorian header and dates «أمس» from it', () => {
    const text = 'الجمعة 2 ذو القعدة 1445 هـ الموافق 10 مايو 2024 م. قتل ثلاثة جنود في هجوم لحركة الشباب على قاعدة في مقديشو أمس.';
    expect(dated(text, '2024-05-10')).toEqual(['CasualtiesClaimed 2024-05-09..2024-05-09', 'ArmedClashReported 2024-05-09..2024-05-09']);
  });

  it('spans the night before, the last hours and a stretch of days up to the report', () => {
    expect(dated('قصفت القوات الروسية مدينة خاركيف الليلة الماضية، وقتل ثلاثة مدنيين.', '2024-05-10')).toEqual([
      'ShellingReported 2024-05-09..2024-05-10',
      'CasualtiesClaimed 2024-05-09..2024-05-10',
    ]);
    expect(dated('شنت طائرات مسيرة هجمات على مدينة الفاشر خلال الساعات الـ24 الماضية.', '2024-05-10')).toEqual([
      'AirStrikeReported 2024-05-09..2024-05-10',
    ]);
    expect(dated('دارت اشتباكات عنيفة بين الجيش وقوات الدعم السريع في أم درمان على مدى يومين.', '2024-05-10')).toEqual([
      'ArmedClashReported 2024-05-08..2024-05-10',
    ]);
  });

  it('dates a day of the current month and the last week', () => {
    expect(dated('قتل ثلاثة جنود في اشتباكات مع مسلحين في ولاية شمال وزيرستان في الثامن من الشهر الجاري.', '2024-05-10')).toEqual([
      'CasualtiesClaimed 2024-05-08..2024-05-08',
      'ArmedClashReported 2024-05-08..2024-05-08',
    ]);
    expect(dated('قصف الطيران الباكستاني مناطق في ولاية خوست الأفغانية الأسبوع الماضي.', '2024-06-20')).toEqual([
      'AirStrikeReported 2024-06-08..2024-06-16',
    ]);
  });

  it('tells the toll of a war of past years, and the raids of past years, as background', () => {
    expect(dated('قتل أكثر من 500 ألف شخص في الحرب السورية منذ عام 2011.', '2024-05-15')).toEqual([
      'CasualtiesClaimed 2024-05-15..2024-05-15 (bg)',
    ]);
    expect(dated('وقتل آلاف المدنيين في الغارات الروسية على إدلب خلال السنوات الماضية.', '2024-05-15')).toEqual([
      'CasualtiesClaimed 2014-05-18..2024-05-15 (bg)',
      'AirStrikeReported 2014-05-18..2024-05-15 (bg)',
    ]);
  });

  it('does not move the story to the stretch of years a recap names', () => {
    const text = 'قصفت القوات الروسية مدينة خاركيف أمس، بعد هجمات متكررة خلال الأشهر الماضية. وقتل ثلاثة مدنيين في القصف.';
    expect(dated(text, '2024-05-15')).toEqual(['ShellingReported 2024-05-14..2024-05-14', 'CasualtiesClaimed 2024-05-14..2024-05-14']);
  });

  it('goes back to the news after a background aside, unless the next sentence goes on with it («فيها», «آنذاك»)', () => {
    const daraa =
      'قتل جنديان في هجوم على حاجز للجيش في ريف درعا أمس. وكانت قوات النظام قد استعادت السيطرة على درعا عام 2018. واستهدف مسلحون حاجزا آخر في بلدة إنخل.';
    expect(dated(daraa, '2024-05-15').filter((e) => !e.includes('(bg)'))).toEqual([
      'CasualtiesClaimed 2024-05-14..2024-05-14',
      'ArmedClashReported 2024-05-14..2024-05-14',
      'ArmedClashReported 2024-05-14..2024-05-14',
    ]);
    const sudan =
      'قصفت قوات الدعم السريع أحياء في الفاشر فجر الأحد. وسيطرت قوات الدعم السريع على مدينة نيالا في أكتوبر الماضي. وقتل خمسة مدنيين بقصف مدفعي على مخيم أبو شوك.';
    expect(dated(sudan, '2024-05-15').filter((e) => !e.includes('(bg)'))).toEqual([
      'ShellingReported 2024-05-12..2024-05-12',
      'CasualtiesClaimed 2024-05-12..2024-05-12',
    ]);
    const mosul = 'قتل جندي عراقي في هجوم لتنظيم داعش قرب الموصل اليوم. وسيطر التنظيم على الموصل في يونيو 2014. وقتل آنذاك آلاف المدنيين.';
    expect(dated(mosul, '2024-05-15').filter((e) => e.startsWith('CasualtiesClaimed'))).toEqual([
      'CasualtiesClaimed 2024-05-15..2024-05-15',
      'CasualtiesClaimed 2014-06-01..2014-06-30 (bg)',
    ]);
  });
});
