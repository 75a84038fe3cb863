import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import type { CasualtyFigure } from '../extraction-record.js';

/**
 * Coverage of the casualty figures of ../shared/spec/event-taxonomy.md: digits (ASCII and Arabic-Indic),
 * number words up to the thousands (compounds, duals, the construct), hedges, ranges and vague
 * quantities, in sentences written for this spec.
 */
const figuresOf = (text: string): CasualtyFigure[] =>
  extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events.flatMap((e) => e.casualties);

type Want = Pick<CasualtyFigure, 'category' | 'min' | 'max'> & Partial<Pick<CasualtyFigure, 'approximate' | 'vague'>>;
const exact = (category: CasualtyFigure['category'], n: number): Want => ({ category, min: n, max: n, approximate: false });
const about = (n: number): Want => ({ category: 'killed', min: n, max: n, approximate: true });
const atLeast = (n: number): Want => ({ category: 'killed', min: n, max: null });
const range = (min: number, max: number): Want => ({ category: 'killed', min, max });
/** A vague quantity: the range the taxonomy gives its word, marked vague. */
const vague = (min: number, max: number | null): Want => ({ category: 'killed', min, max, vague: true });

const CASES: ReadonlyArray<[text: string, want: Want]> = [
  // digits
  ['قتل 25 جنديا في الهجوم.', exact('killed', 25)],
  ['قتل ٢٥ جنديا في الهجوم.', exact('killed', 25)],
  ['قتل 1,500 جندي في الهجوم.', exact('killed', 1500)],
  ['قتل 30 ألف شخص منذ بدء الحرب.', exact('killed', 30000)],
  // number words
  ['قتل جندي في الهجوم.', exact('killed', 1)],
  ['قتل جنديان في الهجوم.', exact('killed', 2)],
  ['استشهد طفلان في الغارة.', exact('killed', 2)],
  ['قتل ثلاثة جنود في الهجوم.', exact('killed', 3)],
  ['قتل عشرة جنود في الهجوم.', exact('killed', 10)],
  ['قتل أحد عشر جنديا في الهجوم.', exact('killed', 11)],
  ['قتل ثلاثة عشر شخصا في الهجوم.', exact('killed', 13)],
  ['قتل واحد وعشرون جنديا في الهجوم.', exact('killed', 21)],
  ['قتل خمسة وثلاثون جنديا في الهجوم.', exact('killed', 35)],
  ['قتل سبعون شخصا في الهجوم.', exact('killed', 70)],
  ['قتل مائة جندي في الهجوم.', exact('killed', 100)],
  ['قتل مئة جندي في الهجوم.', exact('killed', 100)],
  ['قتل مائة وخمسون جنديا في الهجوم.', exact('killed', 150)],
  ['قتل مئتا جندي في الهجوم.', exact('killed', 200)],
  ['قتل ثلاثمائة جندي في الهجوم.', exact('killed', 300)],
  ['قتل ثلاثمئة جندي في الهجوم.', exact('killed', 300)],
  ['قتل ألف جندي في الهجوم.', exact('killed', 1000)],
  ['قتل ألف وخمسمائة جندي في الهجوم.', exact('killed', 1500)],
  ['قتل ألف وخمسمائة وعشرون جنديا في الهجوم.', exact('killed', 1520)],
  ['قتل ألفان وثلاثمائة شخص في الهجوم.', exact('killed', 2300)],
  ['قتل ثلاثة آلاف جندي في الهجوم.', exact('killed', 3000)],
  // the dual in construct: «ألفا جندي», «ألفي مقاتل», «مئتا مدني», «مائتي شخص»
  ['قتل ألفا جندي في المعارك.', exact('killed', 2000)],
  ['أسفرت المعارك عن مقتل ألفي مقاتل.', exact('killed', 2000)],
  ['قتل مائتا مدني في القصف.', exact('killed', 200)],
  ['أسفر القصف عن مقتل مائتي شخص.', exact('killed', 200)],
  ['قتل عشرون ألفا في الحرب.', exact('killed', 20000)],
  ['قتل عشرة آلاف وخمسمائة شخص في الحرب.', exact('killed', 10500)],
  ['أسر المسلحون عشرين جنديا.', exact('captured', 20)],
  // hedges
  ['قتل نحو 50 جنديا في الهجوم.', about(50)],
  ['قتل حوالي 50 جنديا في الهجوم.', about(50)],
  ['قتل قرابة 50 جنديا في الهجوم.', about(50)],
  ['قتل زهاء 50 جنديا في الهجوم.', about(50)],
  ['قتل ما يقرب من 50 جنديا في الهجوم.', about(50)],
  ['قتل ما لا يقل عن 50 جنديا في الهجوم.', atLeast(50)],
  ['قتل لا يقل عن 50 جنديا في الهجوم.', atLeast(50)],
  ['قتل 50 جنديا على الأقل في الهجوم.', atLeast(50)],
  ['قتل أكثر من 50 جنديا في الهجوم.', atLeast(50)],
  ['قتل ما يزيد على 100 شخص في الهجوم.', atLeast(100)],
  ['قتل ما يربو على 100 شخص في الهجوم.', atLeast(100)],
  ['قتل ما يفوق 100 شخص في الهجوم.', atLeast(100)],
  ['قتل ما ينوف على 100 شخص في الهجوم.', atLeast(100)],
  ['قتل ما ينوف عن 100 شخص في الهجوم.', atLeast(100)],
  ['قتل عشرون ونيف شخصا في الهجوم.', atLeast(20)],
  ['قتل 40 ونيف شخصا في الهجوم.', atLeast(40)],
  // ranges
  ['قتل ما بين 20 و30 جنديا في الهجوم.', range(20, 30)],
  ['قتل بين 20 و30 جنديا في الهجوم.', range(20, 30)],
  ['قتل بين عشرين وثلاثين جنديا في الهجوم.', range(20, 30)],
  ['قتل من 20 إلى 30 جنديا في الهجوم.', range(20, 30)],
  ['قتل ما بين 20 إلى 30 جنديا في الهجوم.', range(20, 30)],
  ['قتل بين 20 - 30 جنديا في الهجوم.', range(20, 30)],
  ['قتل 20 إلى 30 جنديا في الهجوم.', range(20, 30)],
  ['قتل 20-30 جنديا في الهجوم.', range(20, 30)],
  // vague quantities
  ['قتل عشرات الجنود في الهجوم.', vague(24, 99)],
  ['قتل العشرات في الهجوم.', vague(24, 99)],
  ['قتل المئات في الهجوم.', vague(200, 999)],
  ['قتل آلاف المدنيين في الهجوم.', vague(2000, 9999)],
  ['قتل عشرات الآلاف منذ بدء الحرب.', vague(24000, 99000)],
  ['قتل بضعة جنود في الهجوم.', vague(3, 9)],
  ['قتل عدة جنود في الهجوم.', vague(2, null)],
  ['قتل عدد من الجنود في الهجوم.', vague(2, null)],
  // the dead and the wounded in one sentence
  ['سقط 5 قتلى و10 جرحى في القصف.', exact('wounded', 10)],
  ['قتل أربعة مدنيين وجرح سبعة آخرون في القصف.', exact('wounded', 7)],
  ['سقط 5 قتلى وجرح آخرون في القصف.', exact('killed', 5)],
];

describe('casualty figures in every usual form', () => {
  it.each(CASES.map(([text, want]) => ({ text, want })))('$text', ({ text, want }) => {
    expect(figuresOf(text)).toContainEqual(expect.objectContaining(want));
  });

  it('«12 قتيلا وجريحا», «5 قتلى وجرحى»: one count of the dead and wounded together is neither category', () => {
    for (const text of ['أسفر القصف عن سقوط 12 قتيلا وجريحا.', 'سقط 5 قتلى وجرحى في القصف.']) {
      const record = extract({ text, publishedOn: '2024-05-10', language: 'ar' });
      expect(record.events.map((e) => e.type)).toContain('CasualtiesClaimed');
      expect(record.events.flatMap((e) => e.casualties)).toEqual([]);
    }
  });

  it('a range is no figure of its first number alone', () => {
    expect(figuresOf('قتل بين 20 و30 جنديا في الهجوم.').map((f) => [f.min, f.max])).toEqual([[20, 30]]);
    expect(figuresOf('قتل 20 إلى 30 جنديا في الهجوم.').map((f) => [f.min, f.max])).toEqual([[20, 30]]);
    expect(figuresOf('قتل 20-30 جنديا في الهجوم.').map((f) => [f.min, f.max])).toEqual([[20, 30]]);
  });

  it('«3 أطفال وامرأتان»: a dual of the same kind joined by «و» adds two; «عائلة واحدة» counts nobody', () => {
    expect(figuresOf('قتل 3 أطفال وامرأتان في القصف.').map((f) => f.min)).toEqual([5]);
    expect(figuresOf('قتل 7 أشخاص من عائلة واحدة في القصف.').map((f) => f.min)).toEqual([7]);
  });

  it('a model number is still no range («دبابات تي-72»)', () => {
    expect(figuresOf('قتل 5 جنود ودمرت دبابات تي-72 في الهجوم.').map((f) => [f.min, f.max])).toEqual([[5, 5]]);
  });
});
