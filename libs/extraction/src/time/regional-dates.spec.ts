import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokens.js';
import { findDates, isoOf, parseIso, resolveDayAfter } from './index.js';

/**
 * Time words as the press of each conflict writes them, in sentences of our own, read against a publication
 * date: what each expression resolves to (a day, or `from..to`), or the kind of a non-day.
 */
const dates = (text: string, publishedOn: string) => {
  const ref = parseIso(publishedOn);
  const ds = findDates(tokenize(text).tokens, ref);
  resolveDayAfter(ds, ref);
  const shown = (from: number, to: number) => (from === to ? isoOf(from) : `${isoOf(from)}..${isoOf(to)}`);
  return ds.map((d) =>
    d.from === null || d.to === null ? d.kind : d.kind === 'day' ? shown(d.from, d.to) : `${d.kind} ${shown(d.from, d.to)}`,
  );
};

// Friday 10 May 2024
const FRI = '2024-05-10';

describe('relative days against the publication date', () => {
  it('reads today, yesterday and the day before, with a part of the day before them', () => {
    expect(dates('قصفت القوات الروسية أحياء في خاركيف فجر اليوم', FRI)).toEqual(['2024-05-10']);
    expect(dates('اندلعت اشتباكات بين كتيبتين في طرابلس مساء أمس', FRI)).toEqual(['2024-05-09']);
    expect(dates('قتل ثلاثة جنود صوماليين في هجوم لحركة الشباب أول أمس', FRI)).toEqual(['2024-05-08']);
    expect(dates('استهدفت مسيرة تركية سيارة في ريف القامشلي عصر أمس الخميس', FRI)).toEqual(['2024-05-09']);
  });

  it('spans the night before the report: from yesterday evening into the small hours of the reference day', () => {
    expect(dates('شنت طائرات مسيرة غارات على الفاشر الليلة الماضية', FRI)).toEqual(['2024-05-09..2024-05-10']);
    expect(dates('سقطت صواريخ على مستوطنات الشمال ليل أمس', FRI)).toEqual(['2024-05-09..2024-05-10']);
    // the evening alone stays one day
    expect(dates('سقطت صواريخ على مستوطنات الشمال مساء أمس', FRI)).toEqual(['2024-05-09']);
  });

  it('reads the night between two named weekdays as both days («على», «إلى» between them)', () => {
    expect(dates('قصفت القوات الأرمينية مواقع أذربيجانية ليل الخميس على الجمعة', FRI)).toEqual(['2024-05-09..2024-05-10']);
    expect(dates('دارت معارك في محيط مأرب ليلة الأربعاء إلى الخميس', FRI)).toEqual(['2024-05-08..2024-05-09']);
    // and between two dated days in a row, across the new year
    expect(dates('أسقطت الدفاعات الجوية 20 مسيرة ليلة 31 ديسمبر إلى 1 يناير', '2024-01-02')).toEqual(['2023-12-31..2024-01-01']);
  });

  it('counts days back: «قبل ثلاثة أيام», «منذ يومين»', () => {
    expect(dates('قتل جندي سوري برصاص قناص في درعا قبل ثلاثة أيام', FRI)).toEqual(['2024-05-07']);
    expect(dates('أصيب مدنيان بقصف على حي في تعز قبل ٣ أيام', FRI)).toEqual(['2024-05-07']);
    expect(dates('تتواصل الاشتباكات في أم درمان منذ يومين', FRI)).toEqual(['2024-05-08..2024-05-10']);
  });

  it('takes a weekday as the latest one not after the report, «الماضي» a week back on that weekday, «المقبل» the next one', () => {
    expect(dates('قتل خمسة مدنيين بغارة على إدلب يوم الثلاثاء', FRI)).toEqual(['2024-05-07']);
    expect(dates('قتل خمسة مدنيين بغارة على إدلب يوم الجمعة', FRI)).toEqual(['2024-05-10']);
    expect(dates('استهدفت غارة إسرائيلية سيارة في النبطية صباح الأحد الماضي', FRI)).toEqual(['2024-05-05']);
    expect(dates('قصفت المدفعية قرى في تافوش الجمعة الماضية', FRI)).toEqual(['2024-05-03']);
    // a day to come is not read as one past
    expect(dates('تستأنف المحادثات بين الجيش والدعم السريع في جدة يوم الثلاثاء المقبل', FRI)).toEqual(['2024-05-14']);
    expect(dates('يصل الوفد الأممي إلى بنغازي الجمعة القادمة', FRI)).toEqual(['2024-05-17']);
  });

  it('reads «الأسبوع الماضي» as a span holding both the Saturday and the Monday week before this one', () => {
    // Friday: the Saturday week 27 April – 3 May and the Monday week 29 April – 5 May
    expect(dates('قصف الطيران الباكستاني مناطق في خوست الأسبوع الماضي', FRI)).toEqual(['2024-04-27..2024-05-05']);
    // Monday 13 May: the Saturday week 4–10 May and the Monday week 6–12 May
    expect(dates('تقدمت القوات الروسية في محيط أفدييفكا الأسبوع الماضي', '2024-05-13')).toEqual(['2024-05-04..2024-05-12']);
    // Saturday 11 May: the Monday week 29 April – 5 May, the Saturday week 4–10 May; never the reference day
    expect(dates('قتل عشرة مسلحين في وزيرستان خلال الأسبوع الماضي', '2024-05-11')).toEqual(['2024-04-29..2024-05-10']);
  });
});

describe('the current week, month and year', () => {
  it('spans from the start of the current week, month or year up to the reference', () => {
    // Friday 10 May: the week began on Saturday 4 May (the Monday week on 6 May)
    expect(dates('قتل عشرة مدنيين في قصف على خاركيف خلال الأسبوع الجاري', FRI)).toEqual(['2024-05-04..2024-05-10']);
    // Tuesday 14 May: the Monday week began on 13 May, the Saturday week on 11 May
    expect(dates('شنت المسيرات هجمات على بورتسودان هذا الأسبوع', '2024-05-14')).toEqual(['2024-05-11..2024-05-14']);
    expect(dates('سجلت البعثة خروقات في طرابلس خلال الشهر الحالي', FRI)).toEqual(['month 2024-05-01..2024-05-10']);
    expect(dates('قتل 300 مدني في إدلب منذ مطلع العام الجاري', FRI)).toEqual(['year 2024-01-01..2024-05-10']);
    // the demonstrative alone is no date
    expect(dates('هذا القصف هو الأعنف', FRI)).toEqual([]);
  });
});

describe('month names of every region', () => {
  it('reads the Levantine and Iraqi names, with and without the article on the two-word months', () => {
    expect(dates('قصفت الطائرات الروسية ريف حلب في 3 شباط', FRI)).toEqual(['2024-02-03']);
    expect(dates('سيطر الجيش العراقي على قضاء تلعفر في 26 آب 2017', FRI)).toEqual(['2017-08-26']);
    expect(dates('انفجرت سيارة مفخخة في الموصل يوم 3 تشرين الثاني 2016', FRI)).toEqual(['2016-11-03']);
    expect(dates('انفجرت سيارة مفخخة في الموصل يوم 3 تشرين ثاني 2016', FRI)).toEqual(['2016-11-03']);
    expect(dates('أطلقت صواريخ على قاعدة عين الأسد في 5 كانون ثاني', FRI)).toEqual(['2024-01-05']);
  });

  it('reads the Egyptian and Gulf names', () => {
    expect(dates('شن التحالف غارات على صنعاء في 12 يناير', FRI)).toEqual(['2024-01-12']);
    expect(dates('سقطت قذائف على الخرطوم بحري في 15 أبريل 2023', FRI)).toEqual(['2023-04-15']);
  });

  it('reads the Maghreb names (جانفي … أوت)', () => {
    expect(dates('هاجم مسلحون ثكنة في شمال مالي يوم 3 جانفي', FRI)).toEqual(['2024-01-03']);
    expect(dates('اندلعت اشتباكات في الزاوية في 14 فيفري', FRI)).toEqual(['2024-02-14']);
    expect(dates('قتل جنديان في كمين قرب تمبكتو في 2 أفريل', FRI)).toEqual(['2024-04-02']);
    expect(dates('قصفت مسيرة مواقع في ترهونة في 3 ماي الجاري', FRI)).toEqual(['2024-05-03']);
    expect(dates('سيطرت القوات على مدينة سرت في 5 جوان 2020', FRI)).toEqual(['2020-06-05']);
    expect(dates('قتل 20 جنديا في هجوم على ثكنة بوركينية يوم 9 جويلية 2023', FRI)).toEqual(['2023-07-09']);
    expect(dates('أعلنت الحكومة التعبئة العامة في 20 أوت 2022', FRI)).toEqual(['2022-08-20']);
    expect(dates('تواصلت المعارك في جوان الماضي', FRI)).toEqual(['month 2023-06-01..2023-06-30']);
  });

  it('reads the Moroccan names (يوليوز، غشت، شتنبر، نونبر، دجنبر)', () => {
    expect(dates('قتل جنديان في هجوم لجبهة البوليساريو قرب المحبس يوم 14 نونبر', FRI)).toEqual(['2023-11-14']);
    expect(dates('قتل 4 جنود في هجوم على ثكنة بشمال مالي يوم 5 دجنبر 2023', FRI)).toEqual(['2023-12-05']);
    expect(dates('اندلعت اشتباكات في طرابلس في 3 شتنبر الماضي', FRI)).toEqual(['2023-09-03']);
    expect(dates('قتل 3 جنود في كمين بمنطقة كيدال في 11 يوليوز', FRI)).toEqual(['2023-07-11']);
    expect(dates('هاجمت جماعة مسلحة قرية في ولاية تيلابيري خلال شهر غشت', FRI)).toEqual(['month 2023-08-01..2023-08-31']);
    // «غشت» is also a verb: a bare preposition is no calendar cue
    expect(dates('قالت إنها غشت في الامتحان', FRI)).toEqual([]);
  });

  it('needs a date context for a Maghreb name spelled like another word («ماي» my, «جوان» a name)', () => {
    expect(dates('ظهر الخبر أولا في ماي نيوز', FRI)).toEqual([]);
    expect(dates('سمعت الأغنية في أوت لاين', FRI)).toEqual([]);
    expect(dates('اعتقلت الشرطة الناشطة في جوان', FRI)).toEqual([]);
  });

  it('reads Arabic-Indic digits', () => {
    expect(dates('قصفت القوات الإسرائيلية رفح في ٣ مايو', FRI)).toEqual(['2024-05-03']);
    expect(dates('قتل ٤ جنود بين ٣ و٥ أيار ٢٠٢٤', FRI)).toEqual(['2024-05-03..2024-05-05']);
  });

  it('puts a day-month without a year in the latest year that does not pass the report', () => {
    expect(dates('قصفت القوات الروسية خيرسون في 30 ديسمبر', '2024-01-02')).toEqual(['2023-12-30']);
    expect(dates('قصفت القوات الروسية خيرسون في 30 كانون الأول', '2024-01-02')).toEqual(['2023-12-30']);
    expect(dates('قتل جنديان في 1 جانفي', '2024-01-02')).toEqual(['2024-01-01']);
  });

  it('reads a day of this or last month («في الثامن من الشهر الجاري», «الـ8 من الشهر الماضي»)', () => {
    expect(dates('قتل ثلاثة جنود في شمال وزيرستان في الثامن من الشهر الجاري', FRI)).toEqual(['2024-05-08']);
    expect(dates('قصفت قوات الدعم السريع الأبيض في الـ8 من الشهر الماضي', FRI)).toEqual(['2024-04-08']);
    // February 2024 has no 30th: only the month is read
    expect(dates('وقعت الاشتباكات في 30 من الشهر الماضي', '2024-03-05')).toEqual(['month 2024-02-01..2024-02-29']);
  });

  it('reads a month «من العام الماضي» in that year', () => {
    expect(dates('بدأت الحرب في السودان في أبريل من العام الماضي', FRI)).toEqual(['month 2023-04-01..2023-04-30']);
    expect(dates('قتل خمسة في غارة على غزة في 3 مايو من العام الماضي', FRI)).toEqual(['2023-05-03']);
  });
});

describe('spans', () => {
  it('reads a span of days in one month or across two', () => {
    expect(dates('دارت معارك عنيفة في الفاشر بين 3 و5 مايو', FRI)).toEqual(['2024-05-03..2024-05-05']);
    expect(dates('قصفت القوات الروسية زابوريجيا من 3 إلى 5 مايو', FRI)).toEqual(['2024-05-03..2024-05-05']);
    expect(dates('استمرت الاشتباكات في طرابلس من 3 حتى 5 ماي', FRI)).toEqual(['2024-05-03..2024-05-05']);
  });

  it('reads the last 24, 48 or 72 hours as days back to the reference, the number before or after the hours word', () => {
    expect(dates('قتل عشرة مدنيين في غزة خلال الـ24 ساعة الماضية', FRI)).toEqual(['2024-05-09..2024-05-10']);
    expect(dates('شنت الطائرات 30 غارة خلال الساعات الـ48 الماضية', FRI)).toEqual(['2024-05-08..2024-05-10']);
    expect(dates('سجلت البعثة خروقات خلال الساعات الأربع والعشرين الماضية', FRI)).toEqual(['2024-05-09..2024-05-10']);
    expect(dates('قصفت المدفعية قرى حدودية خلال 72 ساعة', FRI)).toEqual(['2024-05-07..2024-05-10']);
    // hours to come are no date
    expect(dates('هدد الجيش باقتحام البلدة خلال الساعات الـ24 المقبلة', FRI)).toEqual([]);
  });

  it('reads «على مدى يومين» as that many days back to the reference, a longer stretch as none', () => {
    expect(dates('دارت اشتباكات في أم درمان على مدى يومين', FRI)).toEqual(['2024-05-08..2024-05-10']);
    expect(dates('قصفت القوات الإسرائيلية جباليا على مدى ثلاثة أيام', FRI)).toEqual(['2024-05-07..2024-05-10']);
    expect(dates('استمر الحصار على مدى عشرة أيام', FRI)).toEqual([]);
  });
});

describe('datelines, Hijri dates and the start of a state', () => {
  it('marks a date at the head of a sentence, closed by a dash or the agency, as the dateline', () => {
    const head = (s: string) => findDates(tokenize(s).tokens, parseIso(FRI)).map((d) => !!d.dateline);
    expect(head('الخرطوم، 10 مايو 2024 (رويترز) - قصفت قوات الدعم السريع الفاشر أمس')).toEqual([true, false]);
    expect(head('طرابلس (ليبيا) - 10 مايو 2024 - اندلعت اشتباكات أمس')).toEqual([true, false]);
    // a date in the body is none
    expect(head('قتل 3 جنود في 9 مايو - وفق الجيش')).toEqual([false]);
  });

  it('reads the Gregorian date beside a Hijri one', () => {
    expect(dates('الجمعة 2 ذو القعدة 1445 هـ الموافق 10 مايو 2024 م', FRI)).toEqual(['2024-05-10', '2024-05-10']);
    expect(dates('وقع الهجوم في 5 رمضان 1445 الموافق 15 مارس 2024', FRI)).toEqual(['2024-03-15']);
  });

  it('reads a season and its year as that year («خريف 2020»), a bare number after another word as none', () => {
    expect(dates('خاضت أرمينيا وأذربيجان حربا في خريف 2020', FRI)).toEqual(['year 2020-01-01..2020-12-31']);
    expect(dates('سيطر التنظيم على الموصل صيف 2014', FRI)).toEqual(['year 2014-01-01..2014-12-31']);
    expect(dates('أطلقت الفصائل 2020 صاروخا', FRI)).toEqual([]);
  });

  it('reads a war year after a superlative and «منذ» as a yardstick («أعنف مواجهات منذ حرب 2020»)', () => {
    const kinds = (s: string) => findDates(tokenize(s).tokens, parseIso(FRI)).map((d) => d.kind);
    expect(kinds('قتل جنديان في تافوش في أعنف مواجهات منذ حرب 2020')).toEqual(['comparison']);
    expect(kinds('اندلعت أعنف المعارك في الفاشر منذ عام 2023')).toEqual(['comparison']);
    // a war year with no superlative is a date of the past
    expect(kinds('قتل 6500 جندي في حرب 2020')).toEqual(['year']);
  });

  it('marks a date after «منذ» (through a part of the day or month) as the start of a state', () => {
    const since = (s: string) => findDates(tokenize(s).tokens, parseIso(FRI)).map((d) => !!d.since);
    expect(since('تشن إسرائيل حربا على قطاع غزة منذ أكتوبر 2023')).toEqual([true]);
    expect(since('تحاصر قوات الدعم السريع الفاشر منذ مطلع أيار')).toEqual([true]);
    expect(since('قصفت القوات الروسية خاركيف فجر أمس')).toEqual([false]);
  });
});
