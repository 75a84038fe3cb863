import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import { tokenize } from '../../text/tokens.js';
import type { Draft } from '../drafts/draft.js';
import { scanCues } from '../triggers/triggers.js';
import { casualtyParty, nisbaParty } from './figure-party.js';
import { findCasualties } from './figures.js';

/** Example sentences written for these specs (issue 12: whose losses), not taken from any report. */
const sidesOf = (text: string, publishedOn = '2017-05-10') =>
  extract({ text, publishedOn })
    .events.flatMap((e) => e.casualties)
    .map((c) => [c.party, c.category, c.min]);

describe('whose losses', () => {
  it('the members of a group named after the figure: «مقتل 10 على الأقل من طالبان»', () => {
    expect(sidesOf('وأعلنت وزارة الدفاع الأفغانية مقتل 10 على الأقل من طالبان في المعارك.')).toContainEqual(['AF-TALIBAN', 'killed', 10]);
  });

  it("«من المتمردين» are the non-state side fighting the report's state; a surrender is a capture", () => {
    const text = 'هاجم الحوثيون مواقع الجيش اليمني في مأرب. وأعلن الجيش اليمني استسلام 40 عنصرا من المتمردين بعد معارك عنيفة.';
    expect(sidesOf(text)).toContainEqual(['YE-HOUTHI', 'captured', 40]);
  });

  it("«من المتمردين» stays unknown when the state's opponent is another state, not a rebel side", () => {
    const text = 'قصفت القوات الأرمينية مدينة كنجة في أذربيجان. وأعلنت أذربيجان مقتل 5 من المتمردين في اشتباكات قرب كنجة.';
    const five = sidesOf(text).filter(([, , min]) => min === 5);
    expect(five).toHaveLength(1);
    expect(five[0][0]).not.toBe('AM');
  });

  it('an arrest is a capture: «ألقت الشرطة القبض على 3 من المسلحين»', () => {
    expect(sidesOf('وقالت الشرطة الصومالية إنها ألقت القبض على 3 من مسلحي حركة الشباب بعد الهجوم.')).toContainEqual([
      'SO-SHABAAB',
      'captured',
      3,
    ]);
  });

  it('a possessive points back to the side named in the sentence before: «قتل 4 من أفرادها»', () => {
    const text = 'شنت القوات الأمريكية غارة جوية على مواقع حركة الشباب قرب جلب. وقتل 4 من أفرادها في الغارة.';
    expect(sidesOf(text)).toContainEqual(['SO-SHABAAB', 'killed', 4]);
  });

  it('«في صفوف» a group or a head with its party', () => {
    expect(sidesOf('وأعلن الجيش السوداني سقوط 4 قتلى في صفوف قوات الدعم السريع خلال المعارك.')).toContainEqual(['SD-RSF', 'killed', 4]);
  });

  it('the army saying it killed RSF fighters counts RSF losses, not its own', () => {
    expect(sidesOf('وقال الجيش السوداني إنه قتل 40 من عناصر الدعم السريع في معارك ضارية.')).toContainEqual(['SD-RSF', 'killed', 40]);
  });

  it("the speaker's «we killed»: «إنهم قتلوا 25 جنديا» are the other side's soldiers", () => {
    const text = 'هاجمت حركة طالبان قاعدة للجيش الأفغاني. وقال المتحدث باسم حركة طالبان إنهم قتلوا 25 جنديا في الهجوم على القاعدة.';
    expect(sidesOf(text)).toContainEqual(['AF', 'killed', 25]);
  });

  it('an actor that killed: «قتلت القوات الأمريكية 3 مسلحين», «مقاتلو الحركة قتلوا …»', () => {
    expect(sidesOf('قتلت القوات الأمريكية 3 مسلحين في غارة على مخبأ لداعش.')).toContainEqual(['ISIS', 'killed', 3]);
    const text = 'اندلعت اشتباكات بين الجيش الأفغاني وطالبان. وأعلنت وزارة الدفاع الأفغانية أن مقاتلي حركة طالبان قتلوا 43 جنديا.';
    expect(sidesOf(text)).toContainEqual(['AF', 'killed', 43]);
  });

  it('the side an attack aimed at: «كمين استهدف عناصر الجيش العراقي، ما أسفر عن مقتل 6 جنود»', () => {
    expect(sidesOf('نفذ مسلحون كمينا استهدف عناصر الجيش العراقي في الأنبار، ما أسفر عن مقتل 6 جنود.')).toContainEqual(['IQ', 'killed', 6]);
  });

  it('an attacker named as the subject of the verb is not the target', () => {
    // «قصفت القوات الأرمينية»: the Armenian forces shelled; the dead are not theirs
    const text = 'وقالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت مواقعها ما أسفر عن مقتل 3 جنود.';
    expect(sidesOf(text)).not.toContainEqual(['AM', 'killed', 3]);
  });

  it('the attackers are the accused side: «أحد المهاجمين فجر نفسه بينما قتل ثلاثة آخرون»', () => {
    const { tokens } = tokenize('قالت الشرطة إن 20 مدنيا قتلوا، وإن أحد المهاجمين فجر نفسه بينما قتل ثلاثة آخرون.');
    const figures = findCasualties(tokens, scanCues(tokens), [], nisbaParty);
    const others = figures.find((f) => f.min === 3)!;
    expect(others).toMatchObject({ category: 'killed', attacker: true });
    expect(figures.find((f) => f.min === 20)?.attacker).toBeUndefined();
    const draft = { claimant: { party: 'SO', name: null }, accused: null, locations: [] } as unknown as Draft;
    const opponent = (party: string | null) => (party === 'SO' ? 'SO-SHABAAB' : null);
    expect(casualtyParty(others, { draft, sentence: { tokens, actors: [] }, opponent })).toBe('SO-SHABAAB');
  });

  it("attackers counted with a number: «مقتل 4 من المهاجمين» are not the police's own", () => {
    const { tokens } = tokenize('أعلنت الشرطة مقتل 4 من المهاجمين في تبادل لإطلاق النار.');
    const [figure] = findCasualties(tokens, scanCues(tokens), [], nisbaParty);
    expect(figure).toMatchObject({ min: 4, attacker: true });
  });

  it("civilians the outlet counts with no place are the report's country's", () => {
    const { tokens } = tokenize('قتل 12 مدنيا في هجوم على سوق.');
    const figure = findCasualties(tokens, scanCues(tokens), [], nisbaParty)[0];
    const draft = { claimant: { party: null, name: null }, locations: [] } as unknown as Draft;
    const scene = { draft, sentence: { tokens, actors: [] }, opponent: () => null };
    expect(casualtyParty(figure, { ...scene, home: 'ML' })).toBe('ML');
    expect(casualtyParty(figure, scene)).toBeNull();
  });

  it("an armed group's count of civilians is of its country's people, not of the group", () => {
    const text = 'وقالت حركة حماس في بيان إن 12 مدنيا قتلوا في قصف إسرائيلي فجر اليوم.';
    expect(sidesOf(text)).toContainEqual(['PS', 'killed', 12]);
  });

  it('a count after its people: «قتل من بين عناصرها ثلاثة», «أسر من مقاتلي الحوثيين خمسة»', () => {
    const text = 'استهدفت غارة جوية مواقع حركة الشباب قرب بلدة جلب. وقتل من بين عناصرها ثلاثة حسب مصادر محلية.';
    expect(sidesOf(text)).toContainEqual(['SO-SHABAAB', 'killed', 3]);
    expect(sidesOf('وقال الجيش اليمني إنه أسر من مقاتلي الحوثيين خمسة خلال المعارك.')).toContainEqual(['YE-HOUTHI', 'captured', 5]);
  });

  it('«قتل عنصر من الحركة وأصيب اثنان آخران»: one member killed, two more of the same side wounded', () => {
    const sides = sidesOf('قتل عنصر من حركة الشباب وأصيب اثنان آخران في غارة جوية أمس.');
    expect(sides).toContainEqual(['SO-SHABAAB', 'killed', 1]);
    expect(sides).toContainEqual(['SO-SHABAAB', 'wounded', 2]);
  });

  it('verb, subject, then one person: «قتلت قوات الاحتلال الأمريكية سيدة عراقية»', () => {
    expect(sidesOf('وقتلت قوات الاحتلال الأمريكية سيدة عراقية عند حاجز قرب الفلوجة أمس.')).toContainEqual(['IQ', 'killed', 1]);
  });

  it('a definite dual with no casualty word before it points back: «هوية الجنديين (القتيل والمصاب)»', () => {
    const text = 'وقتل جندي أمريكي وأصيب آخر في هجوم على دورية أمس. ولم يكشف عن هوية الجنديين (القتيل والمصاب).';
    expect(sidesOf(text).filter(([, , min]) => min === 2)).toEqual([]);
  });

  it('the members after a hedged number: «قتل ما لا يقل عن 20 عنصرا من القوات», whoever tells it', () => {
    const text = 'وقتل ما لا يقل عن 20 عنصرا من القوات في المعارك قرب حلب، بحسب هيئة تحرير الشام.';
    expect(sidesOf(text)).toContainEqual(['SY', 'killed', 20]);
  });
});
