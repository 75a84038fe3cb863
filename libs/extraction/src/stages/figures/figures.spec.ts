import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import type { CasualtyFigure } from '../../extraction-record.js';

/** Example sentences written for these specs (issue 12: how many), not taken from any report. */
const figuresOf = (text: string, publishedOn = '2024-05-20'): CasualtyFigure[] =>
  extract({ text, publishedOn, language: 'ar' })
    .events.filter((e) => e.type === 'CasualtiesClaimed')
    .flatMap((e) => e.casualties);

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

  it('«عدد من», «العشرات» are vague and never a number', () => {
    const figures = figuresOf('أعلن الجيش مقتل عدد من العسكريين وإصابة العشرات في هجوم على قاعدة أمس.');
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) expect(f).toMatchObject({ vague: true, min: null, max: null });
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
