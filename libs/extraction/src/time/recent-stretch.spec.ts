import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokens.js';
import { findDates, isoOf, parseIso } from './index.js';

/**
 * Stretches of the recent past up to the report, the nights of named days, spoken forms of «أمس» and dotted numeric
 * dates, in sentences of our own from several conflicts: a day or `from..to`; «(recap)» marks a stretch too long to be
 * the report's news.
 */
const dates = (text: string, publishedOn: string) =>
  findDates(tokenize(text).tokens, parseIso(publishedOn)).map((d) => {
    if (d.from === null || d.to === null) return d.kind;
    const span = d.from === d.to ? isoOf(d.from) : `${isoOf(d.from)}..${isoOf(d.to)}`;
    return d.recap ? `${span} (recap)` : span;
  });

const WED = '2024-05-15'; // a Wednesday

describe('stretches of the recent past up to the report', () => {
  it('reads uncounted years, months and decades back as a recap', () => {
    expect(dates('قتل آلاف المدنيين في الغارات الروسية على إدلب خلال السنوات الماضية', WED)).toEqual(['2014-05-18..2024-05-15 (recap)']);
    expect(dates('نفذ الجيش الأمريكي عشرات الغارات على حركة الشباب في الأشهر الأخيرة', WED)).toEqual(['2023-05-16..2024-05-15 (recap)']);
    expect(dates('تصاعدت هجمات الجماعات المسلحة في منطقة الساحل خلال العقد الماضي', WED)).toEqual(['2014-05-18..2024-05-15 (recap)']);
  });

  it('counts the days it is given («الأيام الثلاثة الماضية», «الأيام العشرة الأخيرة»), a week uncounted', () => {
    expect(dates('قتل 15 مدنيا في هجمات على قرى في ولاية غرب دارفور خلال الأيام الثلاثة الماضية', WED)).toEqual(['2024-05-12..2024-05-15']);
    expect(dates('قتل 40 فلسطينيا في غارات على قطاع غزة في الأيام العشرة الأخيرة', WED)).toEqual(['2024-05-05..2024-05-15']);
    expect(dates('شنت القوات الروسية هجمات على خاركيف خلال الأيام الماضية', WED)).toEqual(['2024-05-08..2024-05-15']);
  });

  it('counts the units it is given («السنوات العشر», «العامين», «الأشهر الستة»)', () => {
    expect(dates('قتل أكثر من ألف جندي على خط التماس خلال العامين الماضيين', WED)).toEqual(['2022-05-16..2024-05-15 (recap)']);
    expect(dates('سيطرت قوات الدعم السريع على خمس ولايات في الأشهر الستة الماضية', WED)).toEqual(['2023-11-17..2024-05-15 (recap)']);
  });

  it('keeps a stretch of a few weeks as news, not a recap', () => {
    expect(dates('قصفت المدفعية الإسرائيلية قرى جنوب لبنان مرارا خلال الأسبوعين الماضيين', WED)).toEqual(['2024-05-01..2024-05-15']);
  });
});

describe('the night of a named day', () => {
  it('runs into the small hours of the next day, never past the reference', () => {
    expect(dates('شن الجيش الباكستاني غارات على ولاية خوست ليلة الاثنين', WED)).toEqual(['2024-05-13..2024-05-14']);
    expect(dates('سقطت قذائف هاون على حي في حلب بعد منتصف ليل الثلاثاء', WED)).toEqual(['2024-05-14..2024-05-15']);
    expect(dates('هاجمت مسيرات حوثية سفينة في البحر الأحمر ليل يوم السبت', WED)).toEqual(['2024-05-11..2024-05-12']);
    expect(dates('استهدف هجوم صاروخي قاعدة عين الأسد ليل الأربعاء', WED)).toEqual(['2024-05-15']);
  });

  it('reads «الليلة قبل الماضية» as the night before last, and the eve of a day («عشية الأحد») with the evening before', () => {
    expect(dates('قتل جنديان في هجوم على موقع للجيش في ريف دير الزور الليلة قبل الماضية', WED)).toEqual(['2024-05-13..2024-05-14']);
    expect(dates('قتل خمسة أشخاص في غارة إسرائيلية على بلدة في جنوب لبنان عشية الأحد', WED)).toEqual(['2024-05-11..2024-05-12']);
  });

  it('leaves a named range of two nights as it is', () => {
    expect(dates('قصفت المدفعية الأذربيجانية مواقع أرمينية ليل السبت-الأحد', WED)).toEqual(['2024-05-11..2024-05-12']);
  });
});

describe('spoken forms and dotted dates', () => {
  it('reads «البارح» and «إمبارح» as yesterday', () => {
    expect(dates('قصفت القوات الأوكرانية مدينة دونيتسك البارح', WED)).toEqual(['2024-05-14']);
    expect(dates('اشتبكت قوات الأمن مع مسلحين في شمال سيناء إمبارح', WED)).toEqual(['2024-05-14']);
  });

  it('reads a day of the current month with the month noun left out («في 10 الجاري»)', () => {
    expect(dates('أطلقت حماس صواريخ على عسقلان في 10 الجاري', WED)).toEqual(['2024-05-10']);
    expect(dates('قتل جنديان في هجوم على حاجز قرب كركوك يوم 12 الجاري', WED)).toEqual(['2024-05-12']);
  });

  it('reads a dotted numeric date, day first or ISO', () => {
    expect(dates('قتل ثلاثة جنود في هجوم على قاعدة في بونتلاند في 12.5.2024', WED)).toEqual(['2024-05-12']);
    expect(dates('سقطت صواريخ على مطار أربيل في 2024.05.12', WED)).toEqual(['2024-05-12']);
    // a figure with a thousands dot is no date
    expect(dates('ارتفع عدد القتلى إلى 35.034 منذ بدء الحرب', WED)).toEqual([]);
  });
});
