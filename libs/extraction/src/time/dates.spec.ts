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
    expect(dates('قصف الليلة الماضية')).toEqual(['2022-09-14']);
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

  it('reads years, decades and ranges', () => {
    expect(dates('بدأ النزاع عام 1988')).toEqual(['1988-01-01..1988-12-31']);
    expect(dates('مطلع تسعينيات القرن الماضي')).toEqual(['1990-01-01..1999-12-31']);
    expect(dates('ليل السبت- الأحد')).toEqual(['2022-09-10..2022-09-11']);
  });

  it('marks «في وقت سابق» and comparison years', () => {
    expect(dates('وفي وقت سابق أعلن')).toEqual(['earlier']);
    expect(findDates(tokenize('في أعنف قتال منذ عام 2020').tokens, ref)[0].kind).toBe('comparison');
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
});
