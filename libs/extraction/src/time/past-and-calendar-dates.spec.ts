import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokens.js';
import { tabularDay } from './hijri.js';
import { dayNumber, findDates, isoOf, parseIso, resolveDayAfter } from './index.js';

/**
 * Spans across two named days, counted and uncounted stretches back, parts of a month or a year, same-day-in-an-
 * earlier-year dates, Hijri dates and the month-first order, in sentences of our own from several conflicts, read
 * against a publication date: a day, `from..to`, or the kind of a non-day; «~» marks an uncounted stretch back.
 */
const dates = (text: string, publishedOn: string) => {
  const ref = parseIso(publishedOn);
  const ds = findDates(tokenize(text).tokens, ref);
  resolveDayAfter(ds, ref);
  const shown = (from: number, to: number) => (from === to ? isoOf(from) : `${isoOf(from)}..${isoOf(to)}`);
  return ds.map((d) => {
    if (d.from === null || d.to === null) return d.kind;
    const span = d.kind === 'day' ? shown(d.from, d.to) : `${d.kind} ${shown(d.from, d.to)}`;
    return d.vague ? `~${span}` : span;
  });
};

// Friday 10 May 2024; Monday 13 May 2024
const FRI = '2024-05-10';
const MON = '2024-05-13';

describe('a span across two named days', () => {
  it('reads «منذ/من … حتى/إلى …» between two days as one span, not a start and a deadline', () => {
    expect(dates('قصفت قوات الدعم السريع أحياء في الفاشر منذ منتصف ليل السبت حتى صباح الأحد', MON)).toEqual(['2024-05-11..2024-05-12']);
    expect(dates('اندلعت اشتباكات في طرابلس من صباح الخميس حتى مساء السبت', MON)).toEqual(['2024-05-09..2024-05-11']);
    expect(dates('تواصل القصف الروسي على خاركيف منذ فجر السبت حتى ليل الأحد', MON)).toEqual(['2024-05-11..2024-05-12']);
    expect(dates('دارت معارك في محيط مأرب من مساء الجمعة إلى فجر السبت', MON)).toEqual(['2024-05-10..2024-05-11']);
    expect(dates('شنت الطائرات الإسرائيلية غارات على جنوب لبنان من 3 حتى 5 مايو', FRI)).toEqual(['2024-05-03..2024-05-05']);
  });

  it('leaves a lone «حتى» a deadline and a lone «منذ» the start of a state', () => {
    const kinds = (s: string) => findDates(tokenize(s).tokens, parseIso(MON)).map((d) => (d.since ? 'since' : d.kind));
    expect(kinds('أعلن الجيش السوداني هدنة حتى منتصف ليل الأحد')).toEqual(['deadline']);
    expect(kinds('تحاصر القوات بلدة في ريف حلب منذ فجر السبت')).toEqual(['since']);
    // a span of more than a week is a campaign: its ends stay apart
    expect(kinds('استمر حصار البلدة منذ 1 آذار حتى 20 نيسان')).toEqual(['since', 'deadline']);
  });
});

describe('stretches back from the report', () => {
  it('reads counted months and years back as the same day then, give or take', () => {
    // two months before 10 May: 10 March, a week either side
    expect(dates('قتل 12 مدنيا في غارة على صعدة قبل شهرين', FRI)).toEqual(['2024-03-03..2024-03-17']);
    expect(dates('سيطرت القوات الأوكرانية على القرية قبل شهر', FRI)).toEqual(['2024-04-03..2024-04-17']);
    expect(dates('قصف الجيش السوري بلدات في ريف إدلب قبل ثلاثة أشهر', FRI)).toEqual(['2024-02-03..2024-02-17']);
    // years: three months either side
    expect(dates('سيطر الحوثيون على المعسكر قبل عامين', FRI)).toEqual(['year 2022-02-09..2022-08-08']);
    expect(dates('شن الطيران الروسي غارات على إدلب قبل ثلاث سنوات', FRI)).toEqual(['year 2021-02-09..2021-08-08']);
    expect(dates('هاجمت حركة الشباب القاعدة قبل 5 سنوات', FRI)).toEqual(['year 2019-02-09..2019-08-08']);
    // counted days and weeks as before
    expect(dates('قتل جنديان في قصف على تافوش قبل 3 أيام', FRI)).toEqual(['2024-05-07']);
    expect(dates('سقطت قذائف على سديروت قبل أسبوع', FRI)).toEqual(['2024-05-02..2024-05-04']);
  });

  it('reads an uncounted stretch («قبل أيام», «قبل بضعة أسابيع») as a span before the report, marked vague', () => {
    expect(dates('قتل ثلاثة جنود في هجوم لحركة الشباب قبل أيام', FRI)).toEqual(['~2024-04-30..2024-05-08']);
    expect(dates('قصفت المدفعية الروسية خيرسون قبل بضعة أيام', FRI)).toEqual(['~2024-04-30..2024-05-08']);
    expect(dates('اشتبكت فصائل في جنين مع الجيش الإسرائيلي قبل أيام قليلة', FRI)).toEqual(['~2024-04-30..2024-05-08']);
    expect(dates('سيطرت الجماعات المسلحة على بلدة في شمال مالي قبل عدة أسابيع', FRI)).toEqual(['~2024-03-11..2024-04-30']);
    expect(dates('قصفت الطائرات الباكستانية مواقع في خوست قبل سنوات', FRI)).toEqual(['~2014-05-13..2022-05-11']);
  });

  it('reads no stretch back when it is counted from another event, or is before a year or a month', () => {
    expect(dates('قصفت القوات الأذربيجانية قرى قبل أيام من الانتخابات', FRI)).toEqual([]);
    expect(dates('سيطرت القوات على المدينة قبل عامين من الاتفاق', FRI)).toEqual([]);
    expect(dates('قتل جنود في هجوم قبل شهر رمضان', FRI)).toEqual([]);
    // «قبل عام 2020» is before that year: the years before it, uncounted (vague, so background)
    expect(dates('هاجم مسلحون بلدة في شمال بوركينا فاسو قبل عام 2020', FRI)).toEqual(['~year 2010-01-01..2019-12-31']);
    expect(dates('سيطر التنظيم على الموصل قبل 2017', FRI)).toEqual(['~year 2007-01-01..2016-12-31']);
  });
});

describe('a part of a month or a year', () => {
  it('narrows a month to its first, middle or last ten days, never past the report', () => {
    expect(dates('قصفت القوات الإسرائيلية رفح مطلع الشهر الماضي', FRI)).toEqual(['2024-04-01..2024-04-10']);
    expect(dates('قصفت القوات الإسرائيلية رفح منتصف الشهر الماضي', FRI)).toEqual(['2024-04-11..2024-04-20']);
    expect(dates('اندلعت اشتباكات في الخرطوم أواخر الشهر الماضي', FRI)).toEqual(['2024-04-21..2024-04-30']);
    expect(dates('سيطر الجيش الأوكراني على قرى في خاركيف نهاية أيلول', FRI)).toEqual(['2023-09-21..2023-09-30']);
    expect(dates('تواصلت الاشتباكات في طرابلس أواخر أغسطس الماضي', FRI)).toEqual(['2023-08-21..2023-08-31']);
    // the current month, cut at the report
    expect(dates('هاجمت الفصائل قاعدة أمريكية في دير الزور أوائل الشهر الجاري', '2024-05-06')).toEqual(['2024-05-01..2024-05-06']);
  });

  it('never dates a past event ahead: a part of the month still to come is the last month’s early in a month, else unknown', () => {
    // a report of 3 May: written in late April, the middle of «this month» is mid-April
    expect(dates('قتل 7 مدنيين في قصف مدفعي على مدينة الفاشر منتصف الشهر الجاري', '2024-05-03')).toEqual(['2024-04-11..2024-04-20']);
    expect(dates('اندلعت اشتباكات في طرابلس أواخر الشهر الجاري', '2024-01-02')).toEqual(['2023-12-21..2023-12-31']);
    // later in the month, or a part of the year, unknown
    expect(dates('شنت الطائرات الإسرائيلية غارات على جنوب لبنان في أواخر الشهر', '2024-05-12')).toEqual(['day']);
    expect(dates('قصفت القوات الروسية خاركيف نهاية العام الجاري', FRI)).toEqual(['month']);
    // under way, cut at the report; with its year, left as written
    expect(dates('قتل 7 مدنيين في قصف مدفعي على مدينة الفاشر منتصف الشهر الجاري', '2024-05-14')).toEqual(['2024-05-11..2024-05-14']);
    expect(dates('هاجم مسلحون قاعدة عسكرية في تيلابيري منتصف مايو 2024', '2024-05-03')).toEqual(['2024-05-11..2024-05-20']);
  });

  it('narrows a year to its first, middle or last months', () => {
    expect(dates('قصفت القوات الروسية خاركيف نهاية العام الماضي', FRI)).toEqual(['month 2023-10-01..2023-12-31']);
    expect(dates('سيطر التنظيم على بلدات في ديالى مطلع عام 2015', FRI)).toEqual(['month 2015-01-01..2015-03-31']);
    expect(dates('اندلعت المواجهات في كاراباخ منتصف العام الماضي', FRI)).toEqual(['month 2023-05-01..2023-08-31']);
  });

  it('moves only the start of a state after «منذ», and leaves a decade whole', () => {
    expect(dates('قتل 300 مدني في إدلب منذ مطلع العام الجاري', FRI)).toEqual(['year 2024-01-01..2024-05-10']);
    expect(dates('قتل 9 عناصر من قوات النظام في بادية حمص منذ مطلع الشهر الجاري', FRI)).toEqual(['2024-05-01..2024-05-10']);
    expect(dates('شنت حركة الشباب هجمات في شبيلي السفلى منذ أوائل الشهر الماضي', FRI)).toEqual(['2024-04-01..2024-05-10']);
    expect(dates('أسقطت الدفاعات الجوية الأوكرانية 80 مسيرة منذ بداية الشهر الجاري', FRI)).toEqual(['2024-05-01..2024-05-10']);
    expect(dates('تحاصر قوات الدعم السريع الفاشر منذ أواخر العام الماضي', FRI)).toEqual(['year 2023-10-01..2023-12-31']);
    expect(dates('اندلع النزاع مطلع التسعينيات', FRI)).toEqual(['year 1990-01-01..1999-12-31']);
  });
});

describe('last week, the one before the last, and a bare part of the current period', () => {
  it('reads the start of last week and its weekend («مطلع/نهاية الأسبوع الماضي»)', () => {
    // Friday 10 May: last week is 27 April – 5 May (both readings); its weekend 3–5 May
    expect(dates('قصفت القوات الروسية أحياء في خاركيف مطلع الأسبوع الماضي', FRI)).toEqual(['2024-04-27..2024-04-30']);
    expect(dates('اندلعت اشتباكات في جنوب طرابلس نهاية الأسبوع الماضي', FRI)).toEqual(['2024-05-03..2024-05-05']);
    // on a Monday, the weekend just gone
    expect(dates('شنت المسيرات التركية غارات على القامشلي أواخر الأسبوع الماضي', MON)).toEqual(['2024-05-10..2024-05-12']);
  });

  it('reads «قبل الماضي» after a weekday, the week, the month or the year as the one before the last', () => {
    expect(dates('قتل جنديان صوماليان في كمين قرب بلدوين الخميس قبل الماضي', FRI)).toEqual(['2024-05-02']);
    expect(dates('قصف الطيران الباكستاني مناطق في كنر الأسبوع قبل الماضي', FRI)).toEqual(['2024-04-20..2024-04-28']);
    expect(dates('سيطرت قوات الدعم السريع على بلدة في الجزيرة الشهر قبل الماضي', FRI)).toEqual(['month 2024-03-01..2024-03-31']);
    expect(dates('اندلعت المعارك في مأرب العام قبل الماضي', FRI)).toEqual(['year 2022-01-01..2022-12-31']);
  });

  it('reads a part word before a bare year number, a bare «العام»/«الشهر», or «شهر» and a month', () => {
    expect(dates('هاجم مسلحون ثكنة في شمال بوركينا فاسو أواخر 2023', FRI)).toEqual(['month 2023-10-01..2023-12-31']);
    expect(dates('قتل 40 جنديا في هجمات على مواقع في النيجر مطلع العام', FRI)).toEqual(['month 2024-01-01..2024-03-31']);
    expect(dates('تجددت الاشتباكات في كاراباخ في أواخر شهر مارس', FRI)).toEqual(['2024-03-21..2024-03-31']);
    expect(dates('قتل 300 مدني في قصف على إدلب منذ مطلع العام', FRI)).toEqual(['year 2024-01-01..2024-05-10']);
  });
});

describe('the same day in an earlier year', () => {
  it('reads «في مثل هذا اليوم» with its year as the report’s day and month then', () => {
    expect(dates('في مثل هذا اليوم من عام 2020، قصفت القوات الأذربيجانية ستيباناكيرت', '2024-10-04')).toEqual(['2020-10-04']);
    expect(dates('في مثل هذا اليوم من العام الماضي قصفت القوات الروسية أوديسا', FRI)).toEqual(['2023-05-10']);
    expect(dates('في مثل هذا اليوم قبل عشر سنوات سيطر تنظيم داعش على الموصل', '2024-06-10')).toEqual(['2014-06-10']);
    // with no year it is no date (nor today)
    expect(dates('في مثل هذا اليوم تتجدد المواجهات', FRI)).toEqual([]);
  });

  it('reads a counted anniversary as that many years back, within a few days of the day', () => {
    expect(dates('في الذكرى السنوية الثالثة لسقوط كابل تظاهر العشرات', '2024-08-15')).toEqual(['2021-08-12..2021-08-18']);
    expect(dates('أحيا الأذربيجانيون الذكرى الـ32 لأحداث خوجالي', '2024-02-26')).toEqual(['1992-02-23..1992-02-29']);
    // an anniversary with no count is no date
    expect(dates('في ذكرى مجزرة قانا', FRI)).toEqual([]);
  });
});

describe('Hijri dates', () => {
  it('reads a Hijri day, month and year on the Umm al-Qura calendar', () => {
    // 1 Shawwal 1445 (Eid al-Fitr in Saudi Arabia): 10 April 2024; 10 Dhu al-Hijjah 1444: 28 June 2023
    expect(dates('قتل 6 مدنيين في غارة على خان يونس في الأول من شوال 1445 هـ', '2024-04-12')).toEqual(['2024-04-10']);
    expect(dates('أسقط الحوثيون طائرة مسيرة فوق مأرب يوم العاشر من ذي الحجة 1444', '2023-07-01')).toEqual(['2023-06-28']);
    expect(dates('قصفت طائرات التحالف صنعاء في الخامس من رمضان 1445', FRI)).toEqual(['2024-03-15']);
    expect(dates('قتل 5 جنود في هجوم على مأرب في 1 محرم 1446 هـ', '2024-07-08')).toEqual(['2024-07-07']);
    expect(dates('اندلعت اشتباكات في عدن يوم 12 ربيع الأول 1445', FRI)).toEqual(['2023-09-27']);
  });

  it('takes a Hijri day without a year as the latest not after the report', () => {
    expect(dates('قصفت قوات الدعم السريع مخيما في الفاشر يوم 25 شوال', FRI)).toEqual(['2024-05-04']);
  });

  it('lets a weekday before it settle the day the calendar as sighted differs by', () => {
    // Saturday 12 July 2014 was 14 Ramadan 1435 in Gaza; Umm al-Qura counts it the 15th
    expect(dates('شن الطيران الإسرائيلي غارات على غزة صباح السبت 14 رمضان 1435', '2014-07-12')).toEqual(['2014-07-12']);
  });

  it('prefers the Gregorian date given beside it, and reads no month name alone («رمضان قديروف»)', () => {
    expect(dates('وقع الهجوم في 5 رمضان 1445 (15 مارس 2024) على قاعدة في مقديشو', FRI)).toEqual(['2024-03-15']);
    expect(dates('الجمعة 2 ذو القعدة 1445 هـ الموافق 10 مايو 2024 م', FRI)).toEqual(['2024-05-10', '2024-05-10']);
    expect(dates('قال رمضان قديروف إن قواته تقاتل في باخموت', FRI)).toEqual([]);
    expect(dates('التقى رجب طيب أردوغان بنظيره الأذربيجاني', FRI)).toEqual([]);
    // «صفر» is also zero: Safar needs its year
    expect(dates('انتهت المباراة بنتيجة 3 صفر', FRI)).toEqual([]);
    expect(dates('قصفت طائرات مسيرة مواقع في الحديدة في 5 صفر 1446 هـ', '2024-08-12')).toEqual(['2024-08-09']);
  });

  it('reads a Hijri month with its year or after «شهر» as its span of days', () => {
    // Ramadan 1445 ran from 11 March to 9 April 2024 (Umm al-Qura)
    expect(dates('قصفت طائرات التحالف صنعاء في رمضان 1445 هـ', FRI)).toEqual(['month 2024-03-11..2024-04-09']);
    expect(dates('قتل 200 مدني في غزة خلال شهر رمضان الماضي', FRI)).toEqual(['month 2024-03-11..2024-04-09']);
    // under way: up to the reference; a part of it counted from its first day
    expect(dates('تصاعدت الهجمات على القوات الحكومية في أبين منذ بداية شهر رمضان', '2024-03-20')).toEqual(['month 2024-03-11..2024-03-20']);
    expect(dates('اشتدت المعارك في الفاشر في أواخر شهر رمضان الماضي', FRI)).toEqual(['2024-03-31..2024-04-09']);
    // a name is no month
    expect(dates('قال رمضان قديروف إن قواته تقاتل في باخموت', FRI)).toEqual([]);
  });

  it('keeps the tabular calendar within two days of Umm al-Qura (the fallback without ICU)', () => {
    expect(Math.abs(tabularDay(1445, 9, 1) - dayNumber(2024, 3, 11))).toBeLessThanOrEqual(2);
    expect(Math.abs(tabularDay(1446, 1, 1) - dayNumber(2024, 7, 7))).toBeLessThanOrEqual(2);
  });
});

describe('the month before the day', () => {
  it('reads «سبتمبر 13», «مايو 3، 2024» when the day closes the phrase', () => {
    expect(dates('قصفت المسيرات الروسية كييف سبتمبر 13', FRI)).toEqual(['2023-09-13']);
    expect(dates('قالت القوات الأوكرانية إن 4 جنود قتلوا في باخموت مايو 3، 2024', FRI)).toEqual(['2024-05-03']);
    expect(dates('شن الجيش الباكستاني غارات في مارس 28 2024 على وزيرستان', FRI)).toEqual(['2024-03-28']);
    // a count after the month is no day
    expect(dates('قتل ثلاثة في مايو 3 هجمات', FRI)).toEqual(['month 2024-05-01..2024-05-31']);
  });
});
