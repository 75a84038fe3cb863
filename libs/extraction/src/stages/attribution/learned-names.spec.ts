import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/tokens.js';
import { DocContext, findActors } from './attribution.js';

/**
 * A report teaches the names standing beside a titled phrase, so that a later «وقال توراسيان» names the same side. Only
 * names: the words before a title are one only in apposition (a comma) or right after a speech verb — «قرب مقر
 * الرئاسة» taught «قرب» and «مقر» as the president's names, and every later «قرب» became a speaker. Sentences written
 * for this spec across conflicts.
 */
const personsInSecond = (first: string, second: string) => {
  const ctx = new DocContext();
  findActors(tokenize(first).tokens, ctx);
  const { tokens } = tokenize(second);
  return findActors(tokens, ctx)
    .filter((a) => a.role === 'person')
    .map((a) => [tokens[a.start]!.text, a.party]);
};

describe('names learned beside a title', () => {
  it.each([
    ['somalia', 'انفجرت عبوة قرب مقر الرئاسة في مقديشو.', 'وقتل جنديان في هجوم قرب المطار.'],
    ['iraq', 'سقطت صواريخ قرب مقر رئيس الوزراء في بغداد.', 'وأصيب مدنيان قرب مقر للشرطة.'],
    ['libya', 'اندلعت اشتباكات قرب مقر الحكومة في طرابلس.', 'وقتل شخص قرب مقر الحكومة.'],
  ])('%s: the words before «مقر …» are no names', (_, first, second) => {
    expect(personsInSecond(first, second)).toEqual([]);
  });

  it.each([
    ['apposition', 'وقال أرتوم توراسيان، المتحدث باسم وزارة الدفاع الأرمينية، إن القصف مستمر.'],
    ['after the verb', 'وقال توراسيان المتحدث باسم وزارة الدفاع الأرمينية إن القصف مستمر.'],
  ])('a name in %s is learned', (_, first) => {
    expect(personsInSecond(first, 'وأضاف توراسيان أن قوات أذربيجان تقدمت.')).toEqual([['توراسيان', 'AM']]);
  });
});
