import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import type { ExtractedEvent, ExtractionRecord } from '../extraction-record.js';

/**
 * Whose losses and who attacked whom, in sentences written for this spec across the conflicts Arabic
 * media cover: a side that says it attacked is the attacker, the side after «هجوم على» is the one attacked,
 * the enemy's fighters by their epithets are never the speaker's own, and soldiers an armed group counts
 * are the state's.
 */
const run = (text: string): ExtractionRecord => extract({ text, publishedOn: '2024-05-10', language: 'ar' });
const HOSTILE = new Set(['ArmedClashReported', 'ShellingReported', 'AirStrikeReported']);
const attacks = (text: string): Array<Pick<ExtractedEvent, 'accused' | 'target'>> =>
  run(text)
    .events.filter((e) => HOSTILE.has(e.type))
    .map(({ accused, target }) => ({ accused, target }));
const lossSides = (text: string) => [...new Set(run(text).events.flatMap((e) => e.casualties.map((c) => [c.party, c.min])))];

describe('a speaker that says it attacked is the attacker, not the side attacked', () => {
  it.each([
    ['قال حزب الله إنه استهدف موقعا للجيش الإسرائيلي في مزارع شبعا.', 'LB-HEZBOLLAH', 'IL'],
    ['أعلنت كتائب القسام أنها قصفت مواقع للجيش الإسرائيلي شرق خان يونس.', 'PS-HAMAS', 'IL'],
    ['زعم الجيش الروسي أنه قصف مواقع للقوات الأوكرانية في منطقة دونيتسك.', 'RU', 'UA'],
    ['أعلنت قوات الدعم السريع أنها شنت هجوما على مواقع الجيش السوداني في الفاشر.', 'SD-RSF', 'SD'],
    ['قال الجيش الباكستاني إنه استهدف مخابئ لحركة طالبان باكستان في وزيرستان.', 'PK', 'PK-TTP'],
  ])('%s', (text, accused, target) => {
    expect(attacks(text)).toContainEqual({ accused, target });
  });

  it('not when the speaker says it was attacked («تعرضت لهجوم», «تم استهداف»)', () => {
    for (const text of [
      'قالت قوات الدعم السريع إنها تعرضت لهجوم من الجيش السوداني في الفاشر.',
      'قال الجيش السوداني إنه تم استهداف مواقعه من قبل قوات الدعم السريع في الفاشر.',
    ])
      expect(attacks(text).map((a) => a.accused)).not.toContain(run(text).events[0]?.claimant.party);
  });
});

describe('the side after «هجوم على» or a base is the side attacked', () => {
  it.each([
    ['أعلنت حركة الشباب مسؤوليتها عن هجوم على قاعدة للجيش الصومالي.', 'SO-SHABAAB', 'SO'],
    ['أعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن هجوم على مواقع الجيش المالي.', 'ML-JNIM', 'ML'],
    ['قال تنظيم داعش إن مقاتليه شنوا هجوما ضد الجيش العراقي في كركوك.', 'ISIS', 'IQ'],
  ])('%s', (text, accused, target) => {
    expect(attacks(text)).toContainEqual({ accused, target });
  });
});

describe('the enemy’s fighters by their epithets are never the speaker’s own', () => {
  it.each([
    ['أعلن الجيش المالي مقتل 20 إرهابيا في غارات جوية.', 20],
    ['أعلن الجيش الباكستاني مقتل 12 من الخوارج في عملية أمنية.', 12],
    ['قال الجيش الصومالي إن 15 عنصرا إرهابيا قتلوا في العملية.', 15],
    ['قال الجيش النيجيري إن قواته قتلت 9 من العناصر التكفيرية في ولاية بورنو.', 9],
  ])('%s', (text, n) => {
    const sides = lossSides(text);
    expect(sides.map(([, min]) => min)).toContain(n);
    const claimant = run(text).events[0]?.claimant.party;
    for (const [party] of sides) expect(party).not.toBe(claimant);
  });

  it('«المرتزقة» in a Houthi statement are the government’s side', () => {
    expect(lossSides('قالت جماعة الحوثي إن 30 من المرتزقة قتلوا في هجوم فاشل على مواقع الجيش اليمني.')).toContainEqual(['YE', 30]);
  });
});

describe('soldiers an armed group counts are the state’s', () => {
  it.each([
    ['أعلنت حركة طالبان باكستان مسؤوليتها عن الهجوم الذي قتل فيه 8 جنود.', 'PK', 8],
    ['أعلنت حركة الشباب أنها قتلت 10 جنود في هجوم على قاعدة عسكرية.', 'SO', 10],
    ['أعلنت جماعة نصرة الإسلام والمسلمين أنها قتلت 30 جنديا في هجوم على قاعدة للجيش في بوركينا فاسو.', 'BF', 30],
  ])('%s', (text, party, n) => {
    expect(lossSides(text)).toContainEqual([party, n]);
  });

  it('but a de facto authority’s soldiers, and a group’s own («جنودها»), are its own', () => {
    expect(lossSides('قالت وزارة الدفاع في قره باغ إن 5 جنود قتلوا في قصف أذربيجاني.')).toContainEqual(['NKR', 5]);
    expect(lossSides('قالت قوات الدعم السريع إن 5 من جنودها قتلوا في المعارك.')).toContainEqual(['SD-RSF', 5]);
  });
});

describe('members by the construct or a possessive are counted («من مقاتليها», «مسلحي الحركة»)', () => {
  it.each([
    ['قال المتحدث باسم قوات الدعم السريع إن 3 من مقاتليها قتلوا في غارة جوية.', 'SD-RSF', 3],
    ['قال الجيش السوري إن 4 من مقاتليه قتلوا في هجوم بريف إدلب.', 'SY', 4],
    ['أعلن الجيش اليمني أن 7 من مقاتليه قتلوا في هجوم للحوثيين.', 'YE', 7],
    ['قالت جماعة الحوثي إن 6 من منتسبيها قتلوا في غارة.', 'YE-HOUTHI', 6],
  ])('%s', (text, party, n) => {
    expect(lossSides(text)).toContainEqual([party, n]);
  });
});

describe('two figures joined by «و», two sides', () => {
  it.each([
    ['قتل 5 جنود باكستانيين و3 مسلحين في اشتباكات في وزيرستان.', [['PK', 5]], 3],
    [
      'أسفرت الاشتباكات عن مقتل 5 من عناصر الدعم السريع و3 جنود في الفاشر.',
      [
        ['SD-RSF', 5],
        ['SD', 3],
      ],
      undefined,
    ],
    [
      'وقتل 3 من مقاتلي حركة حماس و2 من الجنود الإسرائيليين في خان يونس.',
      [
        ['PS-HAMAS', 3],
        ['IL', 2],
      ],
      undefined,
    ],
  ] as const)('%s', (text, sides, notPk) => {
    const got = lossSides(text);
    for (const side of sides) expect(got).toContainEqual(side);
    // gunmen after Pakistani soldiers are not Pakistan's
    if (notPk) expect(got).not.toContainEqual(['PK', notPk]);
  });

  it('soldiers after an armed group’s men are the state it fights', () => {
    expect(lossSides('قتل 7 من مسلحي حركة الشباب و4 جنود في هجوم على قاعدة.')).toContainEqual(['SO', 4]);
  });
});

describe('the attacker by the adjective of the attack noun («غارة إسرائيلية», «قصف روسي»)', () => {
  it.each([
    ['قتل 5 مدنيين في غارة إسرائيلية على مدينة رفح.', 'AirStrikeReported', 'IL'],
    ['قتل 5 مدنيين في قصف روسي على مدينة خاركيف.', 'ShellingReported', 'RU'],
    ['قتل 5 مدنيين في غارة تركية على قرية في ريف الحسكة.', 'AirStrikeReported', 'TR'],
  ])('%s', (text, type, accused) => {
    expect(run(text).events.find((e) => e.type === type)?.accused).toBe(accused);
  });
});

describe('a group and the home state it is not at war with are one side', () => {
  it.each([
    ['قال حزب الله اللبناني إن 2 من مقاتليه قتلا في غارة على بلدة في جنوب لبنان.', 'LB'],
    ['قالت حركة حماس إن 4 من مقاتليها قتلوا في قصف على خان يونس.', 'PS'],
    ['قال الحشد الشعبي إن 3 من مقاتليه قتلوا في هجوم على موقع في محافظة ديالى.', 'IQ'],
  ])('%s', (text, home) => {
    for (const e of run(text).events) {
      expect(e.accused).not.toBe(home);
      expect(e.target).not.toBe(home);
    }
  });

  it('but a group at war with its state still has that state as the other side', () => {
    const strike = run('قالت قوات الدعم السريع إن 3 من مقاتليها قتلوا في غارة على مدينة الفاشر.').events.find(
      (e) => e.type === 'AirStrikeReported',
    );
    expect(strike?.accused).toBe('SD');
  });
});

describe('whose equipment and whose security forces', () => {
  const materiel = (text: string) => run(text).events.flatMap((e) => e.materiel.map((m) => [m.party, m.kind, m.count]));

  it('the subject of «خسر»/«فقد» lost the equipment, not the speaker', () => {
    expect(materiel('قالت باكو إن 50 جنديا أذربيجانيا قتلوا وإن القوات الأرمينية خسرت 3 دبابات.')).toContainEqual(['AM', 'tank', 3]);
    expect(materiel('قالت موسكو إن الجيش الأوكراني فقد 5 مدرعات في المعارك.')).toContainEqual(['UA', 'armoured-vehicle', 5]);
  });

  it('a dual nisba names the side: «مروحيتين روسيتين», «دبابتين إسرائيليتين»', () => {
    expect(materiel('أعلنت كييف أن قواتها أسقطت مروحيتين روسيتين.')).toContainEqual(['RU', 'helicopter', 2]);
    expect(materiel('أعلن حزب الله أنه دمر دبابتين إسرائيليتين في الجنوب.')).toContainEqual(['IL', 'tank', 2]);
  });

  it('«قوات الأمن», «عناصر الأمن» are a state’s forces', () => {
    for (const [text, party, min] of [
      ['قتل 3 من قوات الأمن الباكستانية في هجوم انتحاري في بيشاور.', 'PK', 3],
      ['قتل 4 من عناصر الأمن العراقي في هجوم.', 'IQ', 4],
    ] as const) {
      const figures = run(text).events.flatMap((e) => e.casualties);
      expect(figures).toContainEqual(expect.objectContaining({ party, affiliation: 'military', min }));
    }
  });

  it('soldiers told after an armed group’s men in another clause are the state it fights', () => {
    expect(lossSides('قتل نحو 20 من مقاتلي حركة الشباب وأصيب 5 جنود في اشتباكات.')).toContainEqual(['SO', 5]);
  });
});

describe('a singular subject before its verb, and a count with no people of its own', () => {
  it.each([
    ['وقال مصدر محلي إن قياديا من الحشد الشعبي قتل وأصيب اثنان في الهجوم.', 'IQ-PMF'],
    ['وأعلن الجيش أن جنديا من الجيش اللبناني قتل وأصيب اثنان في القصف.', 'LB'],
    ['وقتل مقاتل من هيئة تحرير الشام وأصيب ثلاثة في الاشتباك.', 'SY-HTS'],
  ])('%s', (text, party) => {
    const figures = run(text).events.flatMap((e) => e.casualties);
    expect(figures).toContainEqual(expect.objectContaining({ party, category: 'killed', min: 1 }));
    expect(figures.find((f) => f.category === 'wounded')).toMatchObject({ party, affiliation: 'military' });
  });

  it('a definite singular names a person, a nisba «مسلحة» describes a group: neither is a count', () => {
    expect(run('وداهمت القوات منزل القيادي في الحركة ثم انسحبت.').events.flatMap((e) => e.casualties)).toEqual([]);
    expect(
      run('وأدان القصف الذي تلجأ إليه جماعات مسلحة تقتل المدنيين.').events.flatMap((e) => e.casualties.map((c) => c.min)),
    ).not.toContain(1);
  });
});

describe('an organisation counts the dead of others', () => {
  it.each([
    'وأكدت الأمم المتحدة مقتل 30 مدنيا في هجمات شنتها قوات الدعم السريع.',
    'وقال مسؤول أممي لوكالة فرانس برس إن 20 مدنيا قتلوا في الهجوم.',
    'وقالت اللجنة الدولية للصليب الأحمر إن 12 شخصا قتلوا في القصف.',
  ])('%s', (text) => {
    const record = run(text);
    expect(record.events.flatMap((e) => e.casualties).length).toBeGreaterThan(0);
    for (const c of record.events.flatMap((e) => e.casualties)) expect(['UN', 'ICRC']).not.toContain(c.party);
  });

  it('civilians it counts in a place are that place’s country’s', () => {
    expect(lossSides('وأكدت الأمم المتحدة مقتل 30 مدنيا في هجوم على مدينة الفاشر.')).toContainEqual(['SD', 30]);
  });
});

describe('more forms of whose and how many', () => {
  const materiel = (text: string) => run(text).events.flatMap((e) => e.materiel.map((m) => [m.party, m.kind, m.count]));

  it('«50 من عسكرييها»: the construct of «عسكريين» with a possessive is the speaker’s own', () => {
    expect(lossSides('وقالت أذربيجان إن 50 من عسكرييها قتلوا في الاشتباكات.')).toContainEqual(['AZ', 50]);
  });

  it('the subject of «خسرت» still owns equipment listed after other losses', () => {
    expect(materiel('قالت وزارة الدفاع الروسية إن القوات الأوكرانية خسرت أكثر من 200 جندي و5 دبابات في المعارك.')).toContainEqual([
      'UA',
      'tank',
      5,
    ]);
  });

  it('«إيرانية الصنع» says who made it; «20 من أصل 25» counts 20', () => {
    expect(materiel('أعلن سلاح الجو الأوكراني إسقاط 20 من أصل 25 طائرة مسيرة إيرانية الصنع أطلقتها روسيا.')).toContainEqual([
      'RU',
      'drone',
      20,
    ]);
  });
});
