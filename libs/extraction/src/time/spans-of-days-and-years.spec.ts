import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokens.js';
import { findDates, isoOf, parseIso } from './index.js';

/** Each time expression of a sentence read against a publication date: `from..to`, its kind when not a day, «recap». */
const dates = (text: string, publishedOn: string) =>
  findDates(tokenize(text).tokens, parseIso(publishedOn)).map((d) => {
    const span = d.from === null || d.to === null ? 'null' : d.from === d.to ? isoOf(d.from) : `${isoOf(d.from)}..${isoOf(d.to)}`;
    return `${d.kind === 'day' ? '' : `${d.kind} `}${span}${d.recap ? ' recap' : ''}`;
  });

// Friday 10 May 2024
const FRI = '2024-05-10';

describe('«منذ» with a count of days: up to the report, holding «for three days» and «three days ago»', () => {
  it('reads a counted number of days or weeks in words or digits', () => {
    expect(dates('قتل جنديان في هجوم لحركة الشباب منذ ثلاثة أيام في شبيلي السفلى', FRI)).toEqual(['2024-05-07..2024-05-10']);
    expect(dates('تتواصل الاشتباكات في محيط الفاشر منذ 10 أيام', FRI)).toEqual(['2024-04-30..2024-05-10']);
    expect(dates('تحاصر قوات الدعم السريع مدينة بابنوسة منذ أسبوعين', FRI)).toEqual(['2024-04-26..2024-05-10']);
    // the forms read before stay as they were
    expect(dates('اندلعت المعارك في مأرب منذ يومين', FRI)).toEqual(['2024-05-08..2024-05-10']);
    expect(dates('تقصف القوات الروسية خاركيف منذ أسبوع', FRI)).toEqual(['2024-05-03..2024-05-10']);
  });

  it('leaves a stretch longer than a month to the readers of recaps', () => {
    expect(dates('تتعرض المدينة لقصف متواصل منذ خمسة أشهر', FRI)).toEqual([]);
  });
});

describe('spans of days named by ordinals', () => {
  it('reads «من الأول حتى العاشر من الشهر الجاري» and «بين الخامس والسابع من أيار»', () => {
    expect(dates('قصفت القوات الروسية خاركيف من الأول حتى العاشر من الشهر الجاري', FRI)).toEqual(['2024-05-01..2024-05-10']);
    expect(dates('دارت معارك في محيط مأرب بين الخامس والسابع من أيار', FRI)).toEqual(['2024-05-05..2024-05-07']);
    expect(dates('شنت الطائرات غارات على ريف إدلب من الثالث إلى الخامس من الشهر الماضي', FRI)).toEqual(['2024-04-03..2024-04-05']);
    expect(dates('قصف الحوثيون مواقع في تعز من الحادي عشر حتى الرابع عشر من آذار', FRI)).toEqual(['2024-03-11..2024-03-14']);
  });

  it('keeps the digit spans as they were, and an ordinal without «من»/«بين» is no start', () => {
    expect(dates('قصفت القوات الروسية خاركيف بين 3 و5 مارس', FRI)).toEqual(['2024-03-03..2024-03-05']);
    expect(dates('وهو الهجوم الأول حتى العاشر من الشهر الجاري', FRI)).toEqual(['deadline 2024-05-10']);
  });
});

describe('spans of years: a period told whole is a recap, never past the report', () => {
  it('reads «من … إلى/حتى», «بين … و», «بين عامي … و» and a dash between two years', () => {
    expect(dates('قتل 300 مدني في المعارك التي شهدتها المدينة في الفترة من 2014 إلى 2016', FRI)).toEqual([
      'year 2014-01-01..2016-12-31 recap',
    ]);
    expect(dates('سيطر تنظيم داعش على الموصل بين عامي 2014 و2017', FRI)).toEqual(['year 2014-01-01..2017-12-31 recap']);
    expect(dates('شن التحالف آلاف الغارات على اليمن من عام 2015 حتى عام 2022', FRI)).toEqual(['year 2015-01-01..2022-12-31 recap']);
    expect(dates('قتل آلاف المدنيين في حرب 2014-2016 في ليبيا', FRI)).toEqual(['year 2014-01-01..2016-12-31 recap']);
    expect(dates('قتل 20 مدنيا في غارات بين العامين 2022 و2024 على إدلب', FRI)).toEqual(['year 2022-01-01..2024-05-10 recap']);
  });

  it('needs its opener, a forward order and a span a report recaps', () => {
    // «و» without «بين»: two years of their own
    expect(dates('في عام 2014 و2016 اندلعت معارك', FRI)).toEqual(['year 2014-01-01..2014-12-31', 'year 2016-01-01..2016-12-31']);
    expect(dates('قتل جنديان في هجوم 2024 - 2023', FRI)).toEqual([]);
    expect(dates('ولد القائد في الفترة من 1940 إلى 2010', FRI)).toEqual([]);
  });
});
