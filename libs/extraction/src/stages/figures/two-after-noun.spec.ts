import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/** Example sentences written for these specs, not taken from any report. */
const keysOf = (text: string): string[] =>
  extract({ text, publishedOn: '2025-03-10', language: 'ar' })
    .events.filter((e) => e.type === 'CasualtiesClaimed')
    .flatMap((e) => e.casualties.map((c) => `${c.party}|${c.category}|${c.min}`));

describe('«مهاجمين اثنين», «انتحاريين اثنين»: a plural-looking noun with «اثنين» after it counts two of those people', () => {
  it.each([
    ['قالت الشرطة الصومالية إن مهاجمين اثنين قتلا في الهجوم على فندق في مقديشو.', ['null|killed|2']],
    // gunmen a state counts are its enemy, not its own; the third one is of their side
    ['قالت الشرطة إن مسلحين اثنين قتلا في الهجوم على الحاجز واعتقال ثالث قرب بنغازي.', ['null|killed|2', 'null|captured|1']],
    ['قالت وزارة الداخلية العراقية إن قواتها قتلت انتحاريين اثنين واعتقلت ثالثا في كركوك.', ['null|killed|2', 'null|captured|1']],
  ])('%s', (text, keys) => {
    expect(keysOf(text)).toEqual(keys);
  });

  it.each([
    // «انتحاريين» as the adjective of a dual attack counts nobody
    ['نفذ مسلحون هجومين انتحاريين أسفرا عن مقتل 5 جنود في ولاية بورنو.', ['NG|killed|5']],
    ['وقع هجوم انتحاري قتل 5 جنود في مقديشو.', ['SO|killed|5']],
    ['قتل مدنيين اثنين في قصف على مدينة تعز.', ['YE|killed|2']],
  ])('near-miss, unchanged: %s', (text, keys) => {
    expect(keysOf(text)).toEqual(keys);
  });
});
