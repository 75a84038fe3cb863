import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import type { CasualtyFigure } from '../../extraction-record.js';
import { tokenize } from '../../text/tokens.js';
import { DocContext, findActors } from '../attribution/attribution.js';
import { scanCues } from '../triggers/triggers.js';
import { nisbaParty } from './figure-party.js';
import { findCasualties, findMateriel } from './figures.js';

/** Example sentences written for these specs (issue 12: how many), not taken from any report. */
const figuresOf = (text: string, publishedOn = '2024-05-20'): CasualtyFigure[] =>
  extract({ text, publishedOn, language: 'ar' })
    .events.filter((e) => e.type === 'CasualtiesClaimed')
    .flatMap((e) => e.casualties);

describe('people in construct with a named group', () => {
  it('«أحد قادة فصائل الجيش الوطني السوري»: the commander is the group’s, past a unit noun', () => {
    expect(figuresOf('أعلن المرصد مقتل أحد قادة فصائل الجيش الوطني السوري في قصف أمس.')).toContainEqual(
      expect.objectContaining({ party: 'SY-SNA', category: 'killed', min: 1 }),
    );
  });

  it('a group named after a preposition is the attacker, not the possessor', () => {
    const figures = figuresOf('قتل 3 عناصر في غارة لحزب الله أمس.');
    expect(figures.map((f) => f.party)).not.toContain('LB-HEZBOLLAH');
  });
});

describe('a total broken down by side', () => {
  it('«هم» with parts of two sides that add up to the total: the parts count, the total does not', () => {
    const figures = figuresOf('أسفرت المعارك عن مقتل 11 شخصا على الأقل، هم 8 جنود أرمن و3 جنود أذربيجانيين.');
    expect(figures).toContainEqual(expect.objectContaining({ party: 'AM', category: 'killed', min: 8 }));
    expect(figures).toContainEqual(expect.objectContaining({ party: 'AZ', category: 'killed', min: 3 }));
    expect(figures.map((f) => f.min)).not.toContain(11);
  });

  it('keeps the total when «بينهم» names only some of it, or the parts do not add up', () => {
    const some = figuresOf('أسفرت المعارك عن مقتل 11 شخصا، بينهم 8 جنود أرمن و3 جنود أذربيجانيين.');
    expect(some.map((f) => f.min)).toContain(11);
    const short = figuresOf('أسفرت المعارك عن مقتل 14 شخصا، هم 8 جنود أرمن و3 جنود أذربيجانيين.');
    expect(short.map((f) => f.min)).toContain(14);
  });
});

describe('how many: lower bounds and vague quantities', () => {
  it('«على الأقل» after the noun leaves the figure open above (min only)', () => {
    expect(figuresOf('قالت الشرطة إن 12 شخصا على الأقل قتلوا في انفجار سيارة مفخخة أمس.')).toContainEqual(
      expect.objectContaining({ category: 'killed', min: 12, max: null, approximate: true }),
    );
  });

  it('«أكثر من» and «ما لا يقل عن» give a lower bound only', () => {
    expect(figuresOf('أصيب أكثر من 40 مدنيا بجروح في قصف على السوق أمس.')).toContainEqual(
      expect.objectContaining({ category: 'wounded', min: 40, max: null }),
    );
    expect(figuresOf('قتل ما لا يقل عن 9 جنود في هجوم على حاجز عسكري أمس.')).toContainEqual(
      expect.objectContaining({ category: 'killed', min: 9, max: null }),
    );
  });

  it('«عدد من», «العشرات» are vague: a range (taxonomy), never a stated number', () => {
    const figures = figuresOf('أعلن الجيش مقتل عدد من العسكريين وإصابة العشرات في هجوم على قاعدة أمس.');
    expect(figures.length).toBeGreaterThan(0);
    expect(figures).toEqual([
      expect.objectContaining({ category: 'killed', vague: true, min: 2, max: null }),
      expect.objectContaining({ category: 'wounded', vague: true, min: 24, max: 99 }),
    ]);
  });

  it('a one-word aside between commas does not hide the casualty word before it', () => {
    expect(figuresOf('قُتل، الاثنين، 5 مدنيين وأصيب آخرون في قصف مدفعي على البلدة.')).toContainEqual(
      expect.objectContaining({ category: 'killed', min: 5 }),
    );
  });

  it('Arabic-Indic digits and duals are counts', () => {
    expect(figuresOf('قتل ١٥ مسلحا في اشتباكات مع الجيش أمس.')).toContainEqual(expect.objectContaining({ category: 'killed', min: 15 }));
    expect(figuresOf('قتل جنديان في كمين على الطريق الدولي أمس.')).toContainEqual(
      expect.objectContaining({ category: 'killed', min: 2, max: 2 }),
    );
  });
});

describe('running tolls', () => {
  it('a rising toll of one incident («ارتفعت حصيلة قتلى الهجوم») is that incident’s, kept at its place; a war’s rising toll is running', () => {
    const record = extract({
      text: 'وقال متحدث إنه ارتفعت حصيلة قتلى الهجوم على فندق في مدينة جيرموك إلى 20 شخصا.',
      publishedOn: '2024-05-20',
      language: 'ar',
    });
    const toll = record.events.find((e) => e.type === 'CasualtiesClaimed');
    expect(toll?.casualties.map((c) => [c.min, c.cumulative ?? false])).toEqual([[20, false]]);
    expect(toll?.locations.map((l) => l.id)).toContain('am-jermuk');
    expect(figuresOf('وارتفعت حصيلة القتلى في الحرب إلى 200 شخص.').map((c) => c.cumulative)).toEqual([true]);
  });

  it('«حتى الآن» marks the figure cumulative up to the day it is stated, and pins it to no village', () => {
    const record = extract({
      text: 'قصفت القوات المدفعية قرية الصفصاف اليوم. وقال مسؤول إن 60 مدنيا قتلوا حتى الآن في الحرب.',
      publishedOn: '2024-05-20',
      language: 'ar',
    });
    const toll = record.events.flatMap((e) => e.casualties.map((c) => ({ c, e }))).find(({ c }) => c.min === 60);
    expect(toll?.c).toMatchObject({ cumulative: true, period: { from: null, to: '2024-05-20' } });
    expect(toll?.e.locations.filter((l) => l.precision === 'settlement')).toEqual([]);
  });

  it('«منذ» before an explicit date starts the period; the claim is dated the day it is stated', () => {
    const claimOf = (text: string) =>
      extract({ text, publishedOn: '2024-05-20', language: 'ar' }).events.find((e) => e.type === 'CasualtiesClaimed');
    const recent = claimOf('وارتفعت حصيلة القتلى إلى 300 شخص منذ 10 أيار بحسب وزارة الصحة.');
    expect(recent?.casualties[0]).toMatchObject({ cumulative: true, period: { from: '2024-05-10', to: '2024-05-20' } });
    expect(recent).toMatchObject({ occurredOn: { from: '2024-05-20' }, background: false });
    // counted since long ago: a recap, kept as background
    const old = claimOf('وارتفعت حصيلة القتلى إلى 9000 شخص منذ 3 كانون الثاني 2023 بحسب وزارة الصحة.');
    expect(old?.casualties[0]).toMatchObject({ cumulative: true, period: { from: '2023-01-03', to: '2024-05-20' } });
    expect(old).toMatchObject({ occurredOn: { from: '2024-05-20' }, background: true });
  });

  it('«منذ بدء» is a running toll with an unknown start; an incident figure is not marked', () => {
    const [toll] = figuresOf('قالت الأمم المتحدة إن 800 مدني قتلوا منذ بدء المعارك في الإقليم.');
    expect(toll).toMatchObject({ cumulative: true, period: { from: null } });
    const [incident] = figuresOf('قتل 3 مدنيين في غارة جوية على بلدة أمس.');
    expect(incident.cumulative).toBeUndefined();
    expect(incident.period).toBeUndefined();
  });
});
const read = (text: string) => {
  const { tokens } = tokenize(text);
  const actors = findActors(tokens, new DocContext());
  const cues = scanCues(tokens);
  return { casualties: findCasualties(tokens, cues, actors, nisbaParty), materiel: findMateriel(tokens, cues, actors, nisbaParty) };
};
const casualty = (text: string) =>
  read(text).casualties.map(({ category, affiliation, party, own, min, max, approximate, vague }) => ({
    category,
    affiliation,
    party,
    own,
    min,
    max,
    approximate,
    vague,
  }));

describe('how many: breakdowns, duals and «another»', () => {
  it('people displaced are no casualty figure: «نزوح أكثر من مليوني شخص وقتل الآلاف»', () => {
    const figures = figuresOf('وتسببت المعارك في نزوح أكثر من مليوني شخص وقتل الآلاف خلال العام الماضي.');
    expect(figures.filter((f) => !f.vague)).toEqual([]);
    expect(figures.map((f) => f.min)).not.toContain(2000000);
  });

  it('a list goes on past the place of the item before: «…، وأربعة في قصف …», «…، وستة أشخاص في …»', () => {
    const figures = figuresOf('قتل ثلاثة في قصف على حي الزيتون شرق المدينة، وأربعة في غارة على مخيم قريب أمس.');
    expect(figures).toContainEqual(expect.objectContaining({ category: 'killed', min: 4 }));
    const longer = figuresOf('ومن بين قتلى الغارات أمس طفلان قتلا في قصف استهدف مدرسة في حي الرمال غرب المدينة، وستة أشخاص في سوق شعبي.');
    expect(longer).toContainEqual(expect.objectContaining({ category: 'killed', min: 6 }));
  });

  it('a bare number joined by «و» with a noun of its own is no more of the list: «وأربعة أيام»', () => {
    const figures = figuresOf('قتل ثلاثة مدنيين في قصف على البلدة، وأربعة أيام من المعارك لم تتوقف.');
    expect(figures.filter((f) => f.min === 4)).toEqual([]);
  });

  it('the verbs of taking prisoners count captives: «وأسروا 7 جنود», «قبضوا على 3 مسلحين»', () => {
    expect(figuresOf('هاجم المسلحون حاجزا للجيش قرب البلدة أمس وأسروا 7 جنود.')).toContainEqual(
      expect.objectContaining({ category: 'captured', min: 7 }),
    );
    expect(figuresOf('وقال الضابط إن عناصر الأمن قبضوا على 3 مسلحين بعد الهجوم أمس.')).toContainEqual(
      expect.objectContaining({ category: 'captured', min: 3 }),
    );
  });

  it('«أحكمت قبضتها على المدينة» is a grip on a place, not an arrest', () => {
    expect(figuresOf('وأحكمت القوات قبضتها على المدينة بعد معارك عنيفة أمس.').filter((f) => f.category === 'captured')).toEqual([]);
  });

  it('a breakdown after «هم»/«وهم» takes the category of the total, even a dozen words on', () => {
    const figures = figuresOf('أعلنت الوزارة وجود خمسة وعشرين أسيرا لدى الطرف الآخر منذ أيام، وهم ستة مدنيين وتسعة عشر عسكريا.');
    expect(figures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ category: 'captured', min: 25 }),
        expect.objectContaining({ category: 'captured', min: 6 }),
        expect.objectContaining({ category: 'captured', min: 19 }),
      ]),
    );
  });

  it('«12 جنديا ومدنيا» is twelve soldiers and civilians, not thirteen; «رجل وزوجته» is two', () => {
    expect(figuresOf('أدى القصف إلى مقتل 12 جنديا ومدنيا في البلدة أمس.')).toContainEqual(
      expect.objectContaining({ category: 'killed', min: 12 }),
    );
    expect(figuresOf('قتل رجل وزوجته في غارة على منزلهما أمس.')).toContainEqual(expect.objectContaining({ category: 'killed', min: 2 }));
  });

  it('a bare number takes the casualty word it touches: «قتل 43 بينما أصيب تسعة»', () => {
    const figures = figuresOf('قال الجيش إنه قتل 43 بينما أصيب تسعة في الهجوم على القاعدة أمس.');
    expect(figures).toContainEqual(expect.objectContaining({ category: 'killed', min: 43 }));
    expect(figures).not.toContainEqual(expect.objectContaining({ category: 'wounded', min: 43 }));
  });

  it('nominative duals and «وإصابة آخر» are counts', () => {
    expect(figuresOf('أصيب شرطيان بجروح في انفجار عبوة ناسفة أمس.')).toContainEqual(
      expect.objectContaining({ category: 'wounded', min: 2 }),
    );
    expect(figuresOf('استشهدت فتاتان في غارة على المخيم أمس.')).toContainEqual(expect.objectContaining({ category: 'killed', min: 2 }));
    expect(figuresOf('أسفر الكمين عن مقتل جندي وإصابة آخر أمس.')).toContainEqual(
      expect.objectContaining({ category: 'wounded', min: 1, max: 1 }),
    );
  });
});

describe('casualty figures', () => {
  it('a number, its noun and the casualty word before it: «مقتل 3 جنود أرمينيين»', () => {
    expect(casualty('أعلنت الوزارة مقتل 3 جنود أرمينيين.')).toEqual([
      { category: 'killed', affiliation: 'military', party: 'AM', own: false, min: 3, max: 3, approximate: false, vague: false },
    ]);
  });

  it('a predicate after the noun and a hedge: «نحو 50 جنديا قتلوا»', () => {
    expect(casualty('وقال إن نحو 50 جنديا قتلوا.')[0]).toMatchObject({ category: 'killed', min: 50, max: 50, approximate: true });
  });

  it('«أكثر من 200 جرحوا»: at least, the casualty word right after the number', () => {
    expect(casualty('وأكثر من 200 جرحوا.')[0]).toMatchObject({ category: 'wounded', min: 200, max: null, approximate: true });
  });

  it('a dual without a number: «جريحان»', () => {
    expect(casualty('وأسفر القصف عن جريحين.')[0]).toMatchObject({ category: 'wounded', min: 2, max: 2 });
  });

  it("«جنودها»: the speaker's own soldiers", () => {
    expect(casualty('قالت الوزارة إن 12 من جنودها قتلوا.')[0]).toMatchObject({ min: 12, own: true, party: undefined });
  });

  it('«آخرين» are more of the same people: «مقتل 12 مدنيا وإصابة 30 آخرين»', () => {
    const [killed, wounded] = casualty('مقتل 12 مدنيا وإصابة 30 آخرين.');
    expect(killed).toMatchObject({ category: 'killed', affiliation: 'civilian', min: 12 });
    expect(wounded).toMatchObject({ category: 'wounded', affiliation: 'civilian', min: 30 });
  });

  it('children among civilians are part of the whole: «مقتل 9 مدنيين بينهم 4 أطفال وسقوط جرحى»', () => {
    const figures = casualty('أدى القصف إلى مقتل 9 مدنيين بينهم 4 أطفال وسقوط عشرات الجرحى.');
    expect(figures.filter((f) => f.min === 4)).toEqual([]);
    expect(figures[0]).toMatchObject({ category: 'killed', affiliation: 'civilian', min: 9 });
  });

  it.each([
    ['استشهد 7 فلسطينيين بينهم 3 أطفال في غارة على خان يونس.', 7],
    ['قتل 9 أشخاص، من بينهم امرأتان، في قصف على مدينة الفاشر.', 9],
    ['لقي 14 مهاجرا حتفهم بينهم 4 نساء قبالة سواحل طرابلس.', 14],
    ['قتل 11 قرويا بينهم 5 أطفال في هجوم على قرية في إقليم موبتي.', 11],
  ])('children or women among people of any kind are part of the whole: %s', (text, whole) => {
    expect(casualty(text).map((f) => f.min)).toEqual([whole]);
  });

  it('a breakdown into another kind stays: «مقتل 50 شخصا بينهم 12 جنديا»', () => {
    const figures = casualty('أسفر الهجوم عن مقتل 50 شخصا بينهم 12 جنديا.');
    expect(figures.map((f) => f.min)).toEqual([50, 12]);
  });

  it('a toll word far back lends its category: «حصيلة قتلى الهجوم الذي … ارتفعت إلى 30 شخصا»', () => {
    const text = 'قال الناطق إن حصيلة قتلى الهجوم الذي نفذه مسلحون على سوق المدينة الكبير في الشمال مساء أمس ارتفعت إلى 30 شخصا.';
    expect(casualty(text)[0]).toMatchObject({ category: 'killed', min: 30 });
  });

  it("a definite number after the noun counts it; a breakdown keeps the whole's category: «بينهم المهاجمون الأربعة»", () => {
    const figures = read('قتل 30 شخصا، من بينهم المهاجمون الأربعة وارتفع عدد المصابين إلى 50.').casualties;
    expect(figures.find((f) => f.min === 4)).toMatchObject({ category: 'killed', attacker: true });
    expect(casualty('قتل الجنود الخمسة في القصف.')).toContainEqual(expect.objectContaining({ category: 'killed', min: 5 }));
    // «الأحد» is Sunday, not one
    expect(casualty('قتل الجنود الأحد في القصف.')).toEqual([]);
  });

  it('a vague quantity: «العشرات» (never a number)', () => {
    expect(casualty('مقتل العشرات في القصف.')[0]).toMatchObject({ category: 'killed', vague: true, min: 24, max: 99 });
  });
});

describe('materiel figures', () => {
  it('destroyed equipment with its count and party: «تدمير 5 دبابات أذربيجانية»', () => {
    expect(read('أعلنت الوزارة تدمير 5 دبابات أذربيجانية.').materiel).toEqual([
      { pos: expect.any(Number), kind: 'tank', count: 5, status: 'destroyed', party: 'AZ', statusAt: [2, 3] },
    ]);
  });

  it('a weapon of a strike is no loss: «قصف بالمدفعية»', () => {
    expect(read('قصفت القوات البلدة بالمدفعية.').materiel).toEqual([]);
  });

  it('a destruction word with a pronoun is the loss of the one piece of equipment named before it: «… أدى إلى احتراقها»', () => {
    const burnt = read('أصاب صاروخ الشاحنة التي كانت تنقل الجنود على الطريق الساحلي ما أدى إلى احتراقها بالكامل.').materiel;
    expect(burnt).toEqual([{ pos: expect.any(Number), kind: 'vehicle', count: 1, status: 'destroyed', party: undefined }]);
    // the pronoun's gender picks the noun: «تدميره» is not the feminine «دبابة»
    expect(read('استهدفت دبابة المبنى المجاور للسوق ما أدى إلى تدميره.').materiel).toEqual([]);
    // a place, not equipment: no figure
    expect(read('قصفت الطائرات القرية ما أدى إلى تدميرها.').materiel).toEqual([]);
    // a figure that already counts the equipment is not counted twice
    expect(read('أعلن الجيش تدمير دبابة للعدو شرق المدينة بعد استهدافها وتدميرها.').materiel).toHaveLength(1);
  });
});

describe('whose equipment a listed loss is', () => {
  const owners = (text: string) => read(text).materiel.map((m) => [m.kind, m.count, m.party]);

  it('an item of a list with no side of its own is of the side of the item before it', () => {
    expect(owners('أعلن الفصيل تدمير 3 دبابات إسرائيلية واحتراق آلية عسكرية بالكامل.')).toEqual([
      ['tank', 3, 'IL'],
      ['vehicle', 1, 'IL'],
    ]);
    // a full stop ends the list
    expect(owners('دمر المقاتلون 3 دبابات إسرائيلية. واحترقت آلية عسكرية بالكامل.')[1]?.[2]).toBeUndefined();
  });

  it('a country named as where the loss happened is not its owner («في سوريا»)', () => {
    expect(owners('أعلن الفصيل احتراق آلية عسكرية بالكامل في سوريا.')).toEqual([['vehicle', 1, undefined]]);
  });
});
