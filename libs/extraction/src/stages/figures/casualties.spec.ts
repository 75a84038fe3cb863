import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import type { CasualtyFigure, ExtractedEvent } from '../../extraction-record.js';

/** Example sentences written for these specs (casualty-figure round), not taken from any report. */
const claimsOf = (text: string): ExtractedEvent[] =>
  extract({ text, publishedOn: '2024-05-20', language: 'ar' }).events.filter((e) => e.type === 'CasualtiesClaimed');
const figuresOf = (text: string): CasualtyFigure[] => claimsOf(text).flatMap((e) => e.casualties);
/** party|category|min of every figure, the way the dev score keys them. */
const keysOf = (text: string): string[] => figuresOf(text).map((f) => `${f.party}|${f.category}|${f.min}`);

describe('«مقتل 3 وإصابة 7»: two counts joined by «و»', () => {
  it.each([
    ['أسفر الهجوم عن مقتل 3 وإصابة 7 في بلدة النبطية.', ['LB|killed|3', 'LB|wounded|7']],
    ['أسفرت الغارة عن مقتل 4 وإصابة 11 في مدينة دير البلح.', ['PS|killed|4', 'PS|wounded|11']],
    ['أسفر التفجير عن مقتل 5 وإصابة 12 في سوق بمدينة مقديشو.', ['SO|killed|5', 'SO|wounded|12']],
  ])('the first number is of the casualty word before it, not of the «وإصابة» after it: %s', (text, keys) => {
    expect(keysOf(text)).toEqual(keys);
  });
});

describe('«عدد» in construct is a toll, not «a number of»', () => {
  it('«ارتفع عدد قتلى الغارة إلى 18»: the toll’s figure only, no vague one beside it', () => {
    const figures = figuresOf('ارتفع عدد قتلى الغارة الإسرائيلية على مخيم النصيرات إلى 18 شخصا.');
    expect(figures.map((f) => [f.min, f.vague])).toEqual([[18, false]]);
    expect(figuresOf('ارتفع عدد ضحايا التفجير في مقديشو إلى 25 قتيلا.').map((f) => f.vague)).toEqual([false]);
  });

  it('«عدد من», «عدد كبير من» stay vague', () => {
    expect(figuresOf('أعلن الجيش مقتل عدد من الجنود في هجوم على موقع قرب مدينة تمبكتو.')).toEqual([
      expect.objectContaining({ vague: true, min: 2, max: null }),
    ]);
    expect(figuresOf('قتل عدد كبير من المدنيين في قصف على مدينة سنجة.')).toEqual([
      expect.objectContaining({ vague: true, min: 2, max: null }),
    ]);
  });
});

describe('vague quantities carry the taxonomy’s range', () => {
  it('two vague tolls of one place and day are one claim, whatever their words («العشرات», «عدد من»)', () => {
    const text = 'قتل العشرات في قصف على حي الصاخور في مدينة حلب أمس.\nوقتل عدد من المدنيين في القصف على حي الصاخور أمس.';
    const claims = claimsOf(text);
    expect(claims).toHaveLength(1);
    expect(claims[0].casualties).toEqual([
      expect.objectContaining({ min: 24, max: 99, vague: true }),
      expect.objectContaining({ min: 2, max: null, vague: true }),
    ]);
  });
});

describe('wounding told by its active verb («أصاب», «يصيب»)', () => {
  it.each([
    ['قناص حوثي يصيب امرأة ستينية في تعز.', 'YE|wounded|1'],
    ['أصابت شظايا القذيفة ثلاثة أطفال في بلدة عيتا الشعب جنوب لبنان.', 'LB|wounded|3'],
  ])('people as its object are wounded: %s', (text, key) => {
    expect(keysOf(text)).toEqual([key]);
  });

  it('a building hit, or people in construct with it, is no one wounded', () => {
    expect(claimsOf('أصاب الصاروخ مبنى سكنيا في مدينة دنيبرو.')).toEqual([]);
    expect(figuresOf('أصابت القذيفة منزل أحد المواطنين في مدينة الفاشر.')).toEqual([]);
    expect(figuresOf('أصابت القذيفة منزل الجنديين في بلدة بنت جبيل.')).toEqual([]);
  });
});

describe('«قبضت على»: a capture only with people right after it', () => {
  it('«قبضت على أحد المهاجمين»: one attacker captured', () => {
    expect(figuresOf('قالت الشرطة الصومالية إنها قبضت على أحد المهاجمين حيا في مقديشو.')).toEqual([
      expect.objectContaining({ category: 'captured', min: 1, max: 1 }),
    ]);
  });

  it('«أحكمت قبضتها على مدينة ود مدني» is a grip on a place, though «مدني» is also a civilian', () => {
    const types = extract({
      text: 'أحكمت قوات الدعم السريع قبضتها على مدينة ود مدني.',
      publishedOn: '2024-05-20',
      language: 'ar',
    }).events.map((e) => e.type);
    expect(types).not.toContain('CasualtiesClaimed');
    expect(types).toContain('ControlChangeClaimed');
  });
});

describe('a singular victim after a subject', () => {
  it('«أصاب قناص حوثي طفلا»: a subject read as an actor («حوثي») with no casualty word before it is read past', () => {
    expect(keysOf('أصاب قناص حوثي طفلا في مدينة تعز.')).toEqual(['YE|wounded|1']);
  });

  it('«قتلت غارة روسية قياديا»: a strike may be the subject of the casualty verb', () => {
    expect(keysOf('قتلت غارة روسية قياديا في هيئة تحرير الشام في مدينة إدلب.')).toEqual(['SY-HTS|killed|1']);
    expect(keysOf('قتلت قذيفة هاون طفلا في مدينة درعا.')).toEqual(['SY|killed|1']);
  });

  it('a subject of three words: «قتلت طائرة مسيرة إسرائيلية شابا», «أصابت قذيفة هاون روسية طفلا»', () => {
    expect(keysOf('قتلت طائرة مسيرة إسرائيلية شابا في بلدة بنت جبيل.')).toEqual(['LB|killed|1']);
    expect(keysOf('قتلت طائرة مسيرة أوكرانية مدنيا في مدينة بيلغورود.')).toEqual(['RU|killed|1']);
    expect(keysOf('أصابت قذيفة هاون روسية طفلا في مدينة خيرسون.')).toEqual(['UA|wounded|1']);
  });

  it('«آمر» with its unit is one commander; «أمر» (a matter) is no one', () => {
    expect(keysOf('انتهت المعارك بأسر آمر غرفة عمليات سرت التابعة لقوات حفتر.')).toEqual(['LY-LNA|captured|1']);
    expect(keysOf('قتل آمر لواء في الجيش العراقي في هجوم لداعش في محافظة صلاح الدين.')).toEqual(['IQ|killed|1']);
    expect(figuresOf('قال الجيش إن الإصابة أمر وارد في المعارك.')).toEqual([]);
  });
});

describe('«مع ستة آخرين»: others hit together with one counted before', () => {
  it.each([
    ['قتل آمر كتيبة في الجيش الوطني الليبي مع ستة آخرين في غارة جوية على سرت.', ['LY-LNA|killed|1', 'LY|killed|6']],
    ['اغتيل القيادي في حماس مع أربعة آخرين في غارة إسرائيلية على غزة.', ['PS-HAMAS|killed|1', 'PS|killed|4']],
    ['قتلت غارة روسية قياديا في هيئة تحرير الشام مع ثلاثة آخرين في مدينة إدلب.', ['SY-HTS|killed|1', 'SY|killed|3']],
    ['قتل جندي مالي مع اثنين آخرين في هجوم على قافلة قرب مدينة غاو.', ['ML|killed|1', 'ML|killed|2']],
  ])('they count in the category of the one before, as people of his country: %s', (text, keys) => {
    expect(keysOf(text)).toEqual(keys);
    expect(figuresOf(text)[1].affiliation).toBe('unknown');
  });
});

describe('an incident’s figure beside a war’s running toll in one sentence', () => {
  it('«…، فيما ارتفعت حصيلة ضحايا الحرب إلى …»: the incident’s figure is not the running toll, the war’s is', () => {
    const figures = figuresOf('قتل 15 شخصا في هجوم بطائرة مسيرة على مدينة الأبيض، فيما ارتفعت حصيلة ضحايا الحرب إلى 15 ألف قتيل.');
    expect(figures.map((f) => [f.min, f.cumulative ?? false])).toEqual([
      [15, false],
      [15000, true],
    ]);
  });

  it('«…، وارتفعت بذلك حصيلة قتلى الجيش منذ بدء الحرب»: the soldiers of the attack are the attack’s', () => {
    const [attack] = figuresOf('قتل 7 جنود في هجوم على مدينة الفاشر، وارتفعت بذلك حصيلة قتلى الجيش منذ بدء الحرب إلى 3000.');
    expect(attack).toMatchObject({ min: 7 });
    expect(attack.cumulative).toBeUndefined();
    const [ukraine] = figuresOf('قتل 4 مدنيين في قصف روسي على مدينة خيرسون، فيما ارتفع عدد القتلى المدنيين منذ بدء الحرب.');
    expect(ukraine.cumulative).toBeUndefined();
  });

  it('a figure in the clause of the marker stays running', () => {
    const figures = figuresOf('قال مسؤول إن 60 مدنيا قتلوا حتى الآن في الحرب.');
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.every((f) => f.cumulative)).toBe(true);
  });
});

describe('a headline’s count over a body claim that counts nobody', () => {
  it('the count goes into the body’s claim, not away with the headline', () => {
    const text = [
      'قناص من الدعم السريع يصيب طفلا في الفاشر',
      'قالت مصادر محلية في شمال دارفور، إن قوات الدعم السريع خرقت الهدنة في مدينة الفاشر مساء الأحد 19 مايو 2024.',
      'وتمعن قوات الدعم السريع في القتل والاستهداف المتعمد للمدنيين والأعيان المدنية في ولايات عدة بينها ولاية شمال دارفور.',
    ].join('\n');
    expect(keysOf(text)).toEqual(['SD|wounded|1']);
  });
});

describe('people of no stated side where the report names only a country', () => {
  it.each([
    ['قتل قرابة 40 شخصا في هجوم على قرية في وسط مالي.', 'ML|killed|40'],
    ['قتل 12 شخصا في هجوم مسلح في بوركينا فاسو.', 'BF|killed|12'],
  ])('are that country’s, as civilians are: %s', (text, key) => {
    expect(keysOf(text)).toEqual([key]);
  });
});

describe('a count of a named force’s men with no people noun', () => {
  it.each([
    ['قتل 6 من قوات حفتر في اشتباكات جنوب طرابلس.', 'LY-LNA'],
    ['قتل 8 من حركة الشباب في عملية للجيش الصومالي في شبيلي السفلى.', 'SO-SHABAAB'],
    ['قتل 15 في صفوف الحوثيين في غارات للتحالف على صعدة.', 'YE-HOUTHI'],
  ])('is military, of that force: %s', (text, party) => {
    expect(figuresOf(text)).toEqual([expect.objectContaining({ party, affiliation: 'military' })]);
  });

  it('staff of an organisation stay of unknown affiliation', () => {
    expect(figuresOf('قتل 4 من موظفي الأمم المتحدة في غارة على رفح.')).toEqual([expect.objectContaining({ affiliation: 'unknown' })]);
  });
});

describe('coverage of the figure classes of this round (constructed, several conflicts)', () => {
  it.each([
    ['قال مصدر طبي إن ثلاثة عشر مدنيا قتلوا في قصف مدفعي على مدينة الفاشر أمس.', ['SD|killed|13']],
    ['قتل ٤ جنود عراقيين في هجوم لداعش في محافظة ديالى.', ['IQ|killed|4']],
    ['أسفر القصف عن قتيلين في بلدة كفركلا جنوب لبنان.', ['LB|killed|2']],
    // a breakdown is part of the whole: 12, not 17
    ['قتل 12 شخصا بينهم 5 أطفال في قصف على حي سكني في خان يونس.', ['PS|killed|12']],
    // soldiers and gunmen: two sides (gunmen of no named side are nobody's)
    ['قتل 4 جنود ماليين و10 مسلحين في هجوم على معسكر في منطقة موبتي.', ['ML|killed|4', 'null|killed|10']],
    ['قتل 5 جنود أوكرانيين وأصيب 9 آخرون في قصف روسي على مدينة خاركيف.', ['UA|killed|5', 'UA|wounded|9']],
  ])('%s', (text, keys) => {
    expect(keysOf(text)).toEqual(keys);
  });

  it('a figure told by two claimants stays twice, each with its claimant', () => {
    const claims = claimsOf('قالت الشرطة إن 10 أشخاص قتلوا في التفجير في مقديشو، بينما قال مصدر طبي إن 12 شخصا قتلوا.');
    expect(claims.map((c) => [c.claimant.party, c.casualties.map((f) => f.min)])).toEqual([
      ['SO', [10]],
      [null, [12]],
    ]);
  });

  it('«لم تسفر عن إصابات», «دون وقوع ضحايا»: no casualty claim', () => {
    expect(claimsOf('سقطت قذيفة على مدينة سديروت لم تسفر عن إصابات.')).toEqual([]);
    expect(claimsOf('استهدفت طائرة مسيرة معسكرا للجيش في مدينة مأرب دون وقوع ضحايا.')).toEqual([]);
  });
});

describe('«وأصيب ثالث»: a third one after a count', () => {
  it.each([
    ['قتل جنديان سوريان وأصيب ثالث في هجوم لداعش في البادية.', ['SY|killed|2', 'SY|wounded|1']],
    ['قتل مدنيان وأصيب ثالث في قصف روسي على مدينة خاركيف.', ['UA|killed|2', 'UA|wounded|1']],
  ])('is one more of the same people: %s', (text, keys) => {
    expect(keysOf(text)).toEqual(keys);
    expect(new Set(figuresOf(text).map((f) => f.affiliation)).size).toBe(1);
  });

  it.each([
    // attackers killed, then a third arrested: an attacker too, not the speaker's
    [
      'قالت الشرطة الصومالية إن اثنين من المهاجمين قتلا واعتقال ثالث بعد الهجوم على الفندق في مقديشو.',
      ['null|killed|2', 'null|captured|1'],
    ],
    ['قالت الشرطة الباكستانية إنها قتلت اثنين من المهاجمين واعتقلت ثالثا في بيشاور.', ['null|killed|2', 'null|captured|1']],
    ['أعلن الجيش السوري مقتل اثنين من عناصر داعش واعتقال ثالث في البادية.', ['ISIS|killed|2', 'ISIS|captured|1']],
    ['قتل 3 جنود أذربيجانيين في قصف أرمني وأصيب رابع.', ['AZ|killed|3', 'AZ|wounded|1']],
  ])('is of the side of the people before it, whatever befell him: %s', (text, keys) => {
    expect(keysOf(text)).toEqual(keys);
  });

  it('«وأصيب آخرون» after attackers killed are not more attackers (unchanged)', () => {
    expect(keysOf('قالت الشرطة الباكستانية إنها قتلت اثنين من المهاجمين وأصيب آخرون في بيشاور.')[0]).toBe('null|killed|2');
  });

  it('an ordinal with no casualty word before it counts nobody', () => {
    expect(figuresOf('وصل الوفد في اليوم الثالث للمفاوضات.')).toEqual([]);
  });
});

describe('peacekeepers', () => {
  it.each([
    ['أصيب 3 من جنود حفظ السلام الإيطاليين في قصف على موقع لليونيفيل في جنوب لبنان.', 'IT|wounded|3'],
    ['قتل 4 من جنود حفظ السلام التشاديين في هجوم قرب مدينة كيدال.', 'TD|killed|4'],
  ])('are of the nation named after them: %s', (text, key) => {
    expect(keysOf(text)).toEqual([key]);
  });
});

describe('people who open a phrase naming whose they are («مسؤولين من ناغورني قره باخ»)', () => {
  it.each([
    ['أسر الجيش الأذربيجاني 10 جنود أرمن وثلاثة مسؤولين من ناغورني قره باخ.', ['AM|captured|10', 'NKR|captured|3']],
    // a total split into two sides goes; its parts stay
    ['وتحتجز باكو 20 أسيرا، وهم 12 عسكريا أرمينيا وثمانية مسؤولين من ناغورني قره باخ.', ['AM|captured|12', 'NKR|captured|8']],
  ])('are of the side that phrase names, not of the item before them: %s', (text, keys) => {
    expect(keysOf(text)).toEqual(keys);
  });
});

describe('«بين قتيل وجريح»: one count of the dead and the wounded together', () => {
  it.each(['قتل 12 شخصا بين قتيل وجريح في قصف على مدينة درعا.', 'قتل 20 شخصا ما بين شهيد وجريح في غارة على مخيم النصيرات.'])(
    'is neither category’s figure: %s',
    (text) => {
      expect(figuresOf(text)).toEqual([]);
    },
  );

  it('a split between two kinds of people of one category keeps the count', () => {
    expect(keysOf('قتل 30 شخصا بين مدني وعسكري في هجوم على مدينة الفاشر.')).toEqual(['SD|killed|30']);
  });
});
