import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokens.js';
import { findDates, isoOf, parseIso } from './index.js';

/** The days each time expression of a sentence names, read against a publication date: a day or `from..to`. */
const dates = (text: string, publishedOn: string) =>
  findDates(tokenize(text).tokens, parseIso(publishedOn)).map((d) => {
    if (d.from === null || d.to === null) return d.kind;
    return d.from === d.to ? isoOf(d.from) : `${isoOf(d.from)}..${isoOf(d.to)}`;
  });

// Eid al-Fitr 1445 began on Wednesday 10 April 2024, Eid al-Adha 1445 on Sunday 16 June 2024 (Umm al-Qura)
describe('the days of the two Eids', () => {
  it('reads a day of the feast, its eve, or its days up to the report', () => {
    expect(dates('قتل 8 أشخاص في غارة إسرائيلية على مخيم الشاطئ في أول أيام عيد الفطر', '2024-05-20')).toEqual(['2024-04-10']);
    expect(dates('قصفت قوات الدعم السريع مدينة الفاشر في ثاني أيام عيد الأضحى', '2024-07-01')).toEqual(['2024-06-17']);
    expect(dates('قتل جنديان في هجوم لحركة الشباب في اليوم الثالث من عيد الفطر', '2024-05-20')).toEqual(['2024-04-12']);
    expect(dates('شنت طائرات التحالف غارات على صنعاء عشية عيد الفطر', '2024-04-12')).toEqual(['2024-04-09']);
    expect(dates('اندلعت اشتباكات في مدينة طرابلس خلال عيد الفطر', '2024-04-11')).toEqual(['2024-04-10..2024-04-11']);
  });

  it('takes the latest feast begun by the report, the one before after «الماضي» when this one is under way', () => {
    expect(dates('قتل مدنيون في قصف على إدلب في أول أيام عيد الأضحى', '2024-05-20')).toEqual(['2023-06-28']);
    expect(dates('قتل مدنيون في قصف على إدلب خلال عيد الأضحى الماضي', '2024-06-17')).toEqual(['2023-06-28..2023-07-01']);
  });

  it('reads «العيد» unnamed only with a day word and in the weeks after one of the feasts', () => {
    expect(dates('وفي أول أيام العيد، قتل 3 أطفال في قصف على مدينة إدلب', '2024-04-15')).toEqual(['2024-04-10']);
    expect(dates('وفي أول أيام العيد، قتل 3 أطفال في قصف على مدينة إدلب', '2024-05-30')).toEqual([]);
    expect(dates('قصفت القوات الإسرائيلية مدينة رفح في العيد', '2024-04-15')).toEqual([]);
    // «عيد» without a feast's name is no date («عيد ميلاده», «عيد الاستقلال»)
    expect(dates('احتفلت أوكرانيا بعيد الاستقلال', '2024-08-25')).toEqual([]);
  });
});
