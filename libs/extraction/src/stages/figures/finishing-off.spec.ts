import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/** Example sentences written for these specs, not taken from any report. */
const keysOf = (text: string): string[] =>
  extract({ text, publishedOn: '2025-03-10', language: 'ar' })
    .events.filter((e) => e.type === 'CasualtiesClaimed')
    .flatMap((e) => e.casualties.map((c) => `${c.party}|${c.category}|${c.min}`));

describe('the wounded finished off («أجهز على», «أعدم», «صفّى») are killed, counted once', () => {
  it.each([
    ['قال مصدر أمني عراقي إن عناصر داعش أجهزوا على شرطي جريح في كمين قرب كركوك.', ['IQ|killed|1']],
    ['أفاد ناشطون بأن قوات الدعم السريع أجهزت على ثلاثة جرحى في مستشفى الجنينة.', ['SD|killed|3']],
    ['أعدم مسلحون جريحين من الجيش المالي بعد الهجوم قرب موبتي.', ['ML|killed|2']],
    ['قالت مصادر محلية إن مسلحين صفّوا قياديا في الحشد الشعبي قرب ديالى.', ['IQ-PMF|killed|1']],
  ])('%s', (text, keys) => {
    expect(keysOf(text)).toEqual(keys);
  });

  it('«أجهز المسلحون على جنديين جريحين»: the two soldiers once, killed', () => {
    expect(keysOf('أجهز المسلحون على جنديين جريحين بعد الاشتباك.').map((k) => k.slice(k.indexOf('|')))).toEqual(['|killed|2']);
  });

  it('people and the casualty noun after them are one figure, of the verb that governs them («نقل جنديين جريحين»)', () => {
    expect(keysOf('نقل جنديين جريحين إلى المستشفى بعد الاشتباك في درعا.')).toEqual(['SY|wounded|2']);
  });

  it.each([
    // a toll of its own before the count: the wounded stay wounded
    ['أسفر القصف عن مقتل 5 أشخاص و12 جريحا في مدينة إدلب.', ['SY|killed|5', 'SY|wounded|12']],
    ['بلغت حصيلة المواجهات في طرابلس 78 قتيلا و210 جرحى.', ['LY|killed|78', 'LY|wounded|210']],
    // captives after the dead and the wounded: a predicate, not the state of people the verb before governs
    ['أعلنت وزارة الدفاع الأرمينية سقوط قتلى وجرحى ووقوع 12 من جنودها أسرى على الحدود.', ['AM|captured|12', 'AM|killed|2', 'AM|wounded|2']],
  ])('near-miss, unchanged: %s', (text, keys) => {
    expect(keysOf(text)).toEqual(keys);
  });
});
