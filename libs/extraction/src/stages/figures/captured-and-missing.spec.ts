import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import type { CasualtyFigure, ExtractedEvent } from '../../extraction-record.js';

/** Example sentences written for these specs (captured, missing and both-sides round), not taken from any report. */
const eventsOf = (text: string): ExtractedEvent[] => extract({ text, publishedOn: '2024-05-20', language: 'ar' }).events;
const claimsOf = (text: string): ExtractedEvent[] => eventsOf(text).filter((e) => e.type === 'CasualtiesClaimed');
const figuresOf = (text: string): CasualtyFigure[] => claimsOf(text).flatMap((e) => e.casualties);
/** party|category|min of every figure, the way the dev score keys them. */
const keysOf = (text: string): string[] => figuresOf(text).map((f) => `${f.party}|${f.category}|${f.min}`);

describe('a surrender told by «سلم … أنفسهم» is a capture of the side that gave up', () => {
  it.each([
    ['قال مصدر عسكري إن 40 مسلحاً من حركة الشباب سلموا أنفسهم للقوات الحكومية في إقليم شبيلي السفلى.', 'SO-SHABAAB|captured|40'],
    ['سلّم 40 مسلحاً أنفسهم للجيش الصومالي في منطقة جوهر.', 'null|captured|40'],
    ['أعلن الجيش السوداني تسليم 30 عنصرا من قوات الدعم السريع أنفسهم في ولاية الجزيرة.', 'SD-RSF|captured|30'],
    ['سلم نفسه أحد قادة داعش للقوات العراقية في الأنبار.', 'ISIS|captured|1'],
    ['أعلنت وزارة الدفاع الروسية أن 45 جنديا أوكرانيا استسلموا في محيط أفدييفكا.', 'UA|captured|45'],
  ])('%s', (text, key) => {
    expect(keysOf(text)).toEqual([key]);
  });

  it('a vague number of men who gave up is vague', () => {
    expect(figuresOf('وأفاد المصدر أن عشرات المسلحين سلموا أنفسهم مع أسلحتهم للسلطات في ولاية بورنو.')).toEqual([
      expect.objectContaining({ category: 'captured', vague: true, min: 24, max: 99 }),
    ]);
  });

  it('handing over pay, children or bodies is no surrender, nor a wanted man handing himself in', () => {
    expect(claimsOf('سلمت الحكومة رواتب الموظفين في محافظة عدن.')).toEqual([]);
    expect(claimsOf('سلمت قوات سوريا الديمقراطية 20 طفلا إلى ذويهم في الحسكة.')).toEqual([]);
    expect(claimsOf('تم تسليم جثث 12 مقاتلا في إطار صفقة التبادل.')).toEqual([]);
    expect(claimsOf('سلم المطلوب نفسه للشرطة في مدينة البصرة.')).toEqual([]);
  });
});

describe('abductions: the subject «X من <group>» before the count', () => {
  it.each([
    ['اختطف عناصر من حركة الشباب 12 مدنيا في إقليم هيران.', 'SO|captured|12'],
    ['أسر مقاتلون من الحوثيين 3 جنود سعوديين في منطقة جيزان.', 'SA|captured|3'],
  ])('%s', (text, key) => {
    expect(keysOf(text)).toEqual([key]);
  });
});

describe('missing: «فقدان» with people, «فقد الاتصال بـ», «مصير … مجهولا»', () => {
  it.each([
    ['أعلنت وزارة الدفاع فقدان 12 جندياً بعد هجوم على قاعدة عسكرية في منطقة تيلابيري بالنيجر.', 'NE|missing|12'],
    ['فقد الاتصال بـ 9 جنود ماليين إثر كمين في منطقة موبتي.', 'ML|missing|9'],
    ['لا يزال مصير 4 صيادين مجهولاً بعد القصف على ساحل الحديدة.', 'YE|missing|4'],
    ['أدى غرق القارب إلى فقدان 30 مهاجرا قبالة سواحل ليبيا.', 'LY|missing|30'],
  ])('%s', (text, key) => {
    expect(keysOf(text)).toEqual([key]);
  });

  it('«فقدان عدد من الجنود», «مصير العشرات مجهولا»: vague', () => {
    expect(figuresOf('وأكد الجيش فقدان عدد من الجنود بعد الهجوم على قاعدة في ولاية بورنو.')).toEqual([
      expect.objectContaining({ category: 'missing', vague: true, max: null }),
    ]);
    expect(figuresOf('ولا يزال مصير العشرات مجهولا تحت الأنقاض في مخيم جباليا.')).toEqual([
      expect.objectContaining({ category: 'missing', vague: true, min: 24, max: 99 }),
    ]);
  });

  it('ground lost, homes lost, self-determination and a fate of talks are no one missing', () => {
    expect(claimsOf('فقدت القوات السيطرة على بلدة قرب مدينة دونيتسك.')).toEqual([]);
    expect(claimsOf('أدت المعارك إلى فقدان آلاف الأشخاص منازلهم في ولاية الجزيرة.')).toEqual([]);
    expect(claimsOf('دعت الأمم المتحدة إلى احترام حق تقرير المصير للشعب الصحراوي.')).toEqual([]);
    expect(claimsOf('وأشار إلى أن مصير المفاوضات لا يزال مجهولا.')).toEqual([]);
    expect(claimsOf('أعرب عن قلقه على مصير 200 مدني محاصر في مدينة الفاشر.')).toEqual([]);
  });
});

describe('«على الجانبين», «من الطرفين»: a count of both sides is no one party’s', () => {
  it.each([
    ['قتل عشرات على الجانبين في اشتباكات بين الجيش وقوات الدعم السريع في الخرطوم.', { party: null, vague: true }],
    ['أسفرت المعارك عن مقتل 20 مقاتلا من الطرفين في محيط مدينة مأرب.', { party: null, min: 20 }],
    ['قتل العشرات من المقاتلين في صفوف الطرفين خلال المعارك في ريف حلب الشمالي.', { party: null, vague: true }],
  ])('%s', (text, figure) => {
    expect(figuresOf(text)).toEqual([expect.objectContaining({ category: 'killed', ...figure })]);
  });

  it('«في اشتباكات بين الطرفين» after the count names the fight, not whose dead', () => {
    expect(keysOf('قتل 5 جنود سوريين في اشتباكات بين الطرفين قرب بلدة سراقب.')).toEqual(['SY|killed|5']);
  });
});

describe('«…، كما …» at another place is another event there', () => {
  it.each([
    ['استشهد ثلاثة فلسطينيين في قصف على مدينة رفح، كما استشهد خمسة في مخيم النصيرات.', ['Rafah', 3], ['Nuseirat', 5]],
    ['قتل جنديان في هجوم على موقع بمدينة الفاشر، كما قتل أربعة مدنيين في مدينة نيالا.', ['El Fasher', 2], ['Nyala', 4]],
    ['قتل 4 مدنيين في قصف روسي على مدينة خاركيف، كما أصيب 6 آخرون في مدينة سومي.', ['Kharkiv', 4], ['Sumy', 6]],
  ] as const)('%s', (text, first, second) => {
    const claims = claimsOf(text).map((e) => [e.locations.map((l) => l.name).join('/'), e.casualties.map((c) => c.min)]);
    expect(claims).toEqual([
      [first[0], [first[1]]],
      [second[0], [second[1]]],
    ]);
  });

  it('shelling of two places told with «كما» is two shellings', () => {
    const shelled = eventsOf('قصفت المدفعية الروسية مدينة خاركيف، كما قصفت بلدات في منطقة سومي.')
      .filter((e) => e.type === 'ShellingReported')
      .map((e) => e.locations.map((l) => l.name));
    expect(shelled).toEqual([['Kharkiv'], ['Sumy Oblast']]);
  });

  it('«كما» with no place of its own adds to the same event', () => {
    expect(claimsOf('قتل 3 جنود في هجوم على موقع عسكري في ولاية بورنو، كما أصيب 5 آخرون.')).toHaveLength(1);
  });
});

describe('casualties told with no count are a vague figure («عدد من»: two or more)', () => {
  it.each([
    ['أسفر القصف عن سقوط قتلى وجرحى في صفوف المدنيين في مدينة إدلب.', ['killed', 'wounded']],
    ['وأفادت مصادر طبية بسقوط جرحى جراء الغارة على بلدة الخيام.', ['wounded']],
    ['أسفر الهجوم عن أسر جنود روس في منطقة كورسك.', ['captured']],
    ['أفادت مصادر باختطاف مدنيين على يد مسلحين في ولاية كاتسينا.', ['captured']],
  ])('%s', (text, categories) => {
    const figures = figuresOf(text);
    expect(figures.map((f) => f.category)).toEqual(categories);
    for (const f of figures) expect(f).toEqual(expect.objectContaining({ vague: true, min: 2, max: null }));
  });

  it('the side is read as for a counted figure', () => {
    expect(figuresOf('أعلنت حركة الشباب مقتل جنود إثيوبيين في هجوم على قاعدة في إقليم باكول.')).toEqual([
      expect.objectContaining({ party: 'ET', affiliation: 'military', category: 'killed', vague: true }),
    ]);
  });

  it('a category the sentence counts keeps its count alone; the other gets the vague figure', () => {
    expect(figuresOf('قتل 3 جنود في هجوم على موقع عسكري، وسقط جرحى في صفوف المهاجمين.').map((f) => [f.category, f.vague])).toEqual([
      ['killed', false],
      ['wounded', true],
    ]);
  });

  it('no casualties («دون وقوع إصابات», «لم تسفر عن إصابات»), and a verb before its subject, give none', () => {
    expect(claimsOf('سقطت قذيفة على حي سكني في مدينة دونيتسك دون وقوع إصابات.')).toEqual([]);
    expect(claimsOf('لم تسفر الغارة عن إصابات في مدينة صور.')).toEqual([]);
    expect(keysOf('قتل جنود الاحتلال شابا فلسطينيا في مدينة جنين.')).toEqual(['PS|killed|1']);
  });
});
