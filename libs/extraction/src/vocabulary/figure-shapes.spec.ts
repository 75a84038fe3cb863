import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import type { CasualtyFigure } from '../extraction-record.js';

/**
 * Example sentences written for these specs (figure shapes round), not taken from any report. Every casualty figure
 * in full: party, affiliation, category, min, max, approximate, vague — the taxonomy's ranges and hedges («نحو 50»
 * is 50 approximate, «العشرات» vague 24–99, «عدد من» vague with no upper bound), counted in digits, Arabic-Indic
 * digits, words and duals, across conflicts.
 */
const figuresOf = (text: string): CasualtyFigure[] =>
  extract({ text, publishedOn: '2024-05-20', language: 'ar' })
    .events.filter((e) => e.type === 'CasualtiesClaimed')
    .flatMap((e) => e.casualties);

type Row = [string | null, CasualtyFigure['affiliation'], CasualtyFigure['category'], number | null, number | null, boolean, boolean];
const figure = ([party, affiliation, category, min, max, approximate, vague]: Row): CasualtyFigure => ({
  party,
  affiliation,
  category,
  min,
  max,
  approximate,
  vague,
});

describe('each figure, in full', () => {
  it.each<[string, string, Row[]]>([
    // ranges and hedges
    ['Sudan', 'قتل ما بين 10 و15 شخصا في اشتباكات قبلية في ولاية غرب دارفور.', [['SD', 'unknown', 'killed', 10, 15, false, false]]],
    ['Ukraine', 'قتل العشرات في قصف روسي على مدينة خاركيف.', [['UA', 'unknown', 'killed', 24, 99, true, true]]],
    ['Syria', 'قتل نحو 20 مدنيا في غارة جوية على مدينة إدلب.', [['SY', 'civilian', 'killed', 20, 20, true, false]]],
    ['Sudan', 'قتل قرابة 30 شخصا في قصف على مدينة أم درمان.', [['SD', 'unknown', 'killed', 30, 30, true, false]]],
    ['Somalia', 'قتل ما لا يقل عن 12 شخصا في هجوم على فندق في مقديشو.', [['SO', 'unknown', 'killed', 12, null, true, false]]],
    ['Yemen', 'أصيب أكثر من 30 شخصا في قصف حوثي على مدينة مأرب.', [['YE', 'unknown', 'wounded', 30, null, true, false]]],
    ['Syria', 'قتل ١٥ شخصا على الأقل في انفجار سيارة مفخخة في مدينة الباب.', [['SY', 'unknown', 'killed', 15, null, true, false]]],
    ['Sudan', 'قتل مئات الأشخاص في المعارك في مدينة الفاشر.', [['SD', 'unknown', 'killed', 200, 999, true, true]]],
    ['Yemen', 'أصيب عدد من المدنيين في قصف على مدينة تعز.', [['YE', 'civilian', 'wounded', 2, null, true, true]]],
    ['Gaza', 'أفادت مصادر طبية بوقوع إصابات جراء القصف الإسرائيلي على خان يونس.', [['PS', 'unknown', 'wounded', 2, null, true, true]]],
    // a subset is no more dead: of the same kind it is no figure, of another kind it is its own share
    ['Sahel', 'قتل 12 مدنيا بينهم 4 نساء في هجوم على قرية في شمال بوركينا فاسو.', [['BF', 'civilian', 'killed', 12, 12, false, false]]],
    [
      'Gaza',
      'استشهد 9 فلسطينيين بينهم 5 أطفال في غارة إسرائيلية على رفح.',
      // the children are some of the nine, not a figure of their own
      [['PS', 'unknown', 'killed', 9, 9, false, false]],
    ],
    // a toll's new total
    ['Sahel', 'ارتفعت حصيلة قتلى الهجوم على سوق في مدينة غاو إلى 40 قتيلا.', [['ML', 'unknown', 'killed', 40, 40, false, false]]],
    // thousands and the hundreds after them
    [
      'Gaza',
      'استشهد 34 ألفا و654 فلسطينيا وأصيب 77 ألفا و908 آخرون في غزة.',
      [
        ['PS', 'unknown', 'killed', 34654, 34654, false, false],
        ['PS', 'unknown', 'wounded', 77908, 77908, false, false],
      ],
    ],
    ['Sudan', 'قتل ما بين 5 آلاف و7 آلاف شخص في القتال في مدينة الجنينة.', [['SD', 'unknown', 'killed', 5000, 7000, false, false]]],
    // duals, words and Arabic-Indic digits
    [
      'Lebanon',
      'سقط قتيلان وثلاثة جرحى في قصف إسرائيلي على بلدة كفركلا.',
      [
        ['LB', 'unknown', 'killed', 2, 2, false, false],
        ['LB', 'unknown', 'wounded', 3, 3, false, false],
      ],
    ],
    [
      'Libya',
      'سقط ثلاثة قتلى وخمسة جرحى في قصف على مدينة بنغازي.',
      [
        ['LY', 'unknown', 'killed', 3, 3, false, false],
        ['LY', 'unknown', 'wounded', 5, 5, false, false],
      ],
    ],
    [
      'Libya',
      'سقط ٣ قتلى و٥ جرحى في قصف على مدينة طرابلس.',
      [
        ['LY', 'unknown', 'killed', 3, 3, false, false],
        ['LY', 'unknown', 'wounded', 5, 5, false, false],
      ],
    ],
    ['Caucasus', 'قتل جنديان أرمينيان في اشتباكات على الحدود مع أذربيجان.', [['AM', 'military', 'killed', 2, 2, false, false]]],
    [
      'Caucasus',
      'قتل ثلاثة جنود أذربيجانيين وأصيب اثنان في قصف أرميني.',
      [
        ['AZ', 'military', 'killed', 3, 3, false, false],
        ['AZ', 'military', 'wounded', 2, 2, false, false],
      ],
    ],
    [
      'Afghanistan-Pakistan',
      'قتل جنديان باكستانيان في هجوم لحركة طالبان باكستان في إقليم خيبر بختونخوا.',
      [['PK', 'military', 'killed', 2, 2, false, false]],
    ],
    ['Ukraine', 'أصيب ٤ جنود أوكرانيين في هجوم بطائرة مسيرة روسية قرب باخموت.', [['UA', 'military', 'wounded', 4, 4, false, false]]],
    // armed groups' men and soldiers
    [
      'Somalia',
      'قتل عشرة من عناصر حركة الشباب في عملية للجيش الصومالي في إقليم شبيلي الوسطى.',
      [['SO-SHABAAB', 'military', 'killed', 10, 10, false, false]],
    ],
    ['Iraq', 'قتل 7 من عناصر تنظيم داعش في غارة للتحالف في صحراء الأنبار.', [['ISIS', 'military', 'killed', 7, 7, false, false]]],
    ['Libya', 'قتل 4 من قوات حفتر في اشتباكات جنوب طرابلس.', [['LY-LNA', 'military', 'killed', 4, 4, false, false]]],
    [
      'Sahel',
      'قتل 5 جنود ماليين في هجوم على قاعدة عسكرية، وأصيب 8 آخرون.',
      [
        ['ML', 'military', 'killed', 5, 5, false, false],
        ['ML', 'military', 'wounded', 8, 8, false, false],
      ],
    ],
    // civilians hit by shelling stay civilians, of the country shelled
    [
      'Ukraine',
      'قتل ثلاثة مدنيين وأصيب سبعة آخرون بقصف مدفعي روسي على مدينة خيرسون.',
      [
        ['UA', 'civilian', 'killed', 3, 3, false, false],
        ['UA', 'civilian', 'wounded', 7, 7, false, false],
      ],
    ],
    ['Sudan', 'قتل 5 مدنيين في قصف مدفعي لقوات الدعم السريع على مدينة الأبيض.', [['SD', 'civilian', 'killed', 5, 5, false, false]]],
  ])('%s: %s', (_conflict, text, rows) => {
    expect(figuresOf(text)).toEqual(rows.map(figure));
  });
});

describe('a toll with no count of one category is a claim with no figure', () => {
  it.each([
    ['Sudan', 'أسفر القصف المدفعي عن سقوط ضحايا في مدينة الفاشر.'],
    ['Lebanon', 'سقط عشرات القتلى والجرحى في غارات إسرائيلية على الضاحية الجنوبية.'],
    ['Syria', 'قتل وأصيب العشرات في غارة روسية على مدينة إدلب.'],
  ])('%s: %s', (_conflict, text) => {
    const claims = extract({ text, publishedOn: '2024-05-20', language: 'ar' }).events.filter((e) => e.type === 'CasualtiesClaimed');
    expect(claims.map((e) => e.casualties)).toEqual([[]]);
  });
});
