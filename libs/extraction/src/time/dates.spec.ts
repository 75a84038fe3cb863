import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokens.js';
import { dayNumber, findDates, isoOf, resolveDayAfter } from './index.js';

const ref = dayNumber(2022, 9, 15); // Thursday
const dates = (s: string, r: number | null = ref) => {
  const ds = findDates(tokenize(s).tokens, r);
  resolveDayAfter(ds, r);
  return ds.map((d) => (d.from === null ? d.kind : d.from === d.to ? isoOf(d.from) : `${isoOf(d.from)}..${isoOf(d.to!)}`));
};

describe('findDates', () => {
  it('resolves relative days', () => {
    expect(dates('قال اليوم')).toEqual(['2022-09-15']);
    expect(dates('اندلعت أمس الأربعاء')).toEqual(['2022-09-14']);
    expect(dates('وأول من أمس الثلاثاء')).toEqual(['2022-09-13']);
    expect(dates('قصف الليلة الماضية')).toEqual(['2022-09-14..2022-09-15']);
    expect(dates('صباح الاثنين')).toEqual(['2022-09-12']);
  });

  it('reads the weekend just past («نهاية الأسبوع»), Friday to Sunday, never after the reference', () => {
    // reference Thursday 15 September 2022: the weekend of 9–11 September
    expect(dates('وشنت الطائرات غارات في نهاية الأسبوع على مواقع المسلحين')).toEqual(['2022-09-09..2022-09-11']);
    // read on a Saturday, the weekend under way: Friday and Saturday
    expect(dates('تواصل القصف خلال عطلة نهاية الأسبوع', dayNumber(2022, 9, 17))).toEqual(['2022-09-16..2022-09-17']);
  });

  it('a day after «حتى» is a deadline, not an event day («حتى اليوم» stays today)', () => {
    const ds = findDates(tokenize('وأمر الرئيس بوقف القتال حتى منتصف ليل الأحد').tokens, ref);
    expect(ds.map((d) => d.kind)).toEqual(['deadline']);
    expect(findDates(tokenize('قصفت القوات البلدة صباح الأحد').tokens, ref).map((d) => d.kind)).toEqual(['day']);
    expect(findDates(tokenize('استمرت الاشتباكات حتى اليوم').tokens, ref).map((d) => d.kind)).toEqual(['day']);
  });

  it('reads the last two days and the last days as spans up to the reference', () => {
    expect(dates('قتل 12 مسلحا في اليومين الماضيين')).toEqual(['2022-09-13..2022-09-15']);
    expect(dates('تصاعدت الاشتباكات خلال الأيام القليلة الماضية')).toEqual(['2022-09-08..2022-09-15']);
    expect(dates('وفي الأيام الأخيرة')).toEqual(['2022-09-08..2022-09-15']);
    // «الأيام» alone is no date
    expect(dates('في الأيام المقبلة')).toEqual([]);
  });

  it('takes the most recent weekday on or before the reference', () => {
    expect(dates('يوم الخميس')).toEqual(['2022-09-15']);
    expect(dates('يوم الجمعة')).toEqual(['2022-09-09']);
  });

  it('reads Gregorian and Levantine months with and without a year', () => {
    expect(dates('في 13 سبتمبر/أيلول 2022')).toEqual(['2022-09-13']);
    expect(dates('في 27 أيلول/سبتمبر')).toEqual(['2022-09-27'.replace('2022', '2021')]);
    expect(dates('يوم 10 تشرين الثاني/نوفمبر 2020')).toEqual(['2020-11-10']);
    expect(dates('الإثنين: ٢٤ يونيو ٢٠٢٤')).toContain('2024-06-24');
    expect(dates('في العاشر من نوفمبر 2020')).toEqual(['2020-11-10']);
    expect(dates('في نيسان الماضي')).toEqual(['2022-04-01..2022-04-30']);
  });

  it('reads a month spelled like a place or a word («إب» Ibb, «أب» father) only in a date context', () => {
    expect(dates('قتل خمسة في اشتباكات في إب')).toEqual([]);
    expect(dates('وصلت التعزيزات إلى إب')).toEqual([]);
    expect(dates('تظاهر عمال في نيسان')).toEqual([]);
    expect(dates('في 3 آب')).toEqual(['2022-08-03']);
    expect(dates('في آب 2021')).toEqual(['2021-08-01..2021-08-31']);
    expect(dates('في آب الماضي')).toEqual(['2022-08-01..2022-08-31']);
    expect(dates('في شهر آب')).toEqual(['2022-08-01..2022-08-31']);
    expect(dates('منذ مطلع تموز')).toEqual(['2022-07-01..2022-07-31']);
    // a month no place shares keeps its bare preposition
    expect(dates('في سبتمبر')).toEqual(['2022-09-01..2022-09-30']);
  });

  it('reads years, decades and ranges', () => {
    expect(dates('بدأ النزاع عام 1988')).toEqual(['1988-01-01..1988-12-31']);
    expect(dates('مطلع تسعينيات القرن الماضي')).toEqual(['1990-01-01..1999-12-31']);
    expect(dates('ليل السبت- الأحد')).toEqual(['2022-09-10..2022-09-11']);
  });

  it('marks «في وقت سابق» and comparison years', () => {
    expect(dates('وفي وقت سابق أعلن')).toEqual(['earlier']);
    expect(findDates(tokenize('في أعنف قتال منذ عام 2020').tokens, ref)[0].kind).toBe('comparison');
  });

  it('a first time «منذ» a year is a yardstick, not the time of the strike', () => {
    const kinds = (s: string) => findDates(tokenize(s).tokens, ref).map((d) => d.kind);
    expect(kinds('وشنت طائرات روسية غارات على حلب للمرة الأولى منذ عام 2016')).toEqual(['comparison']);
    expect(kinds('وقصف الجيش الإسرائيلي بلدة في جنوب لبنان لأول مرة منذ 2006')).toEqual(['comparison']);
    expect(kinds('واشتبكت القوات الأرمينية والأذربيجانية على الحدود للمرة الأولى منذ حرب 2020')).toEqual(['comparison']);
  });

  it('resolves «غداة» to the day before the anchor', () => {
    expect(dates('صباح أمس الأربعاء، غداة مقتل العشرات')).toEqual(['2022-09-14', '2022-09-13']);
  });

  it('leaves relative dates unresolved without a reference date', () => {
    expect(dates('أمس', null)).toEqual(['day']);
  });

  it('does not take «روسيا اليوم» or «اليوم الأول» for today', () => {
    expect(dates('نقل موقع روسيا اليوم')).toEqual([]);
    expect(dates('في اليوم الأول من الغزو')).toEqual([]);
  });

  it('reads a span of days in one month as the whole span, not its last day', () => {
    expect(dates('قصفت القوات البلدة بين 10 و12 أيلول/سبتمبر')).toEqual(['2022-09-10..2022-09-12']);
    expect(dates('في الفترة من 5 إلى 8 سبتمبر')).toEqual(['2022-09-05..2022-09-08']);
    expect(dates('يومي 10 و11 سبتمبر')).toEqual(['2022-09-10..2022-09-11']);
    expect(dates('في 10-12 أيلول')).toEqual(['2022-09-10..2022-09-12']);
    expect(dates('ليلة 12 وصباح 13 أيلول')).toEqual(['2022-09-12..2022-09-13']);
    // a count before a date is no span («قتل 12 و3 أيلول» would need the first number to be smaller)
    expect(dates('قتل 12 شخصا في 3 أيلول')).toEqual(['2022-09-03']);
  });

  it('reads a span across months opened by «من» or «بين», and keeps two dates joined by «و» apart', () => {
    expect(dates('من 28 آب إلى 2 أيلول')).toEqual(['2022-08-28..2022-09-02']);
    expect(dates('بين 28 آب و2 أيلول')).toEqual(['2022-08-28..2022-09-02']);
    expect(dates('في 28 آب و2 أيلول')).toEqual(['2022-08-28', '2022-09-02']);
  });

  it('reads numeric dates, day first or ISO', () => {
    expect(dates('في 12/9/2022')).toEqual(['2022-09-12']);
    expect(dates('الإثنين 26-5-2003')).toEqual(['2003-05-26']);
    expect(dates('بتاريخ 2022-09-12')).toEqual(['2022-09-12']);
    // no month 13, no mixed separators
    expect(dates('الرقم 12/13/2022')).toEqual([]);
    expect(dates('الرقم 12/9-2022')).toEqual([]);
  });

  it('takes the date a weekday names over the weekday alone', () => {
    expect(dates('الإثنين 26 أيار 2003')).toEqual(['2003-05-26']);
    expect(dates('يوم الثلاثاء، 6 أيلول')).toEqual(['2022-09-06']);
    // a weekday with the same date stays that day
    expect(dates('يوم الأحد 11 أيلول')).toEqual(['2022-09-11']);
  });

  it('resolves a day-month without a year to the latest such day on or before the reference', () => {
    expect(dates('في 15 آذار/مارس')).toEqual(['2022-03-15']);
    expect(dates('في 20 كانون الأول/ديسمبر')).toEqual(['2021-12-20']);
  });

  it('counts days back from the reference («قبل يومين», «قبل ثلاثة أيام», «قبل أسبوع»), not from another event', () => {
    expect(dates('قصفت القوات البلدة قبل يومين')).toEqual(['2022-09-13']);
    expect(dates('قبل ثلاثة أيام')).toEqual(['2022-09-12']);
    expect(dates('قبل 4 أيام')).toEqual(['2022-09-11']);
    expect(dates('قبل أسبوع')).toEqual(['2022-09-07..2022-09-09']);
    expect(dates('قبل يومين من الانتخابات')).toEqual([]);
  });

  it('reads «أمس الأول» as the day before yesterday, and a weekday «الماضي» named on that weekday as a week ago', () => {
    expect(dates('قصفت القوات البلدة أمس الأول')).toEqual(['2022-09-13']);
    expect(dates('الخميس الماضي')).toEqual(['2022-09-08']);
    expect(dates('الأربعاء الماضي')).toEqual(['2022-09-14']);
    expect(dates('يوم الخميس')).toEqual(['2022-09-15']);
  });

  it('reads the start of this or last month as its first ten days, never after the reference', () => {
    expect(dates('مطلع الشهر الجاري')).toEqual(['2022-09-01..2022-09-10']);
    expect(dates('أوائل الشهر الماضي')).toEqual(['2022-08-01..2022-08-10']);
    expect(dates('مطلع الشهر الجاري', dayNumber(2022, 9, 4))).toEqual(['2022-09-01..2022-09-04']);
  });
});
