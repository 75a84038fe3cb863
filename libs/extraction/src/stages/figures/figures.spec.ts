import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/tokens.js';
import { DocContext, findActors } from '../attribution/attribution.js';
import { scanCues } from '../triggers/triggers.js';
import { nisbaParty } from './figure-party.js';
import { findCasualties, findMateriel } from './figures.js';

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

  it('a vague quantity: «العشرات»', () => {
    expect(casualty('مقتل العشرات في القصف.')[0]).toMatchObject({ category: 'killed', vague: true, min: 24, max: 99 });
  });
});

describe('materiel figures', () => {
  it('destroyed equipment with its count and party: «تدمير 5 دبابات أذربيجانية»', () => {
    expect(read('أعلنت الوزارة تدمير 5 دبابات أذربيجانية.').materiel).toEqual([
      { pos: expect.any(Number), kind: 'tank', count: 5, status: 'destroyed', party: 'AZ' },
    ]);
  });

  it('a weapon of a strike is no loss: «قصف بالمدفعية»', () => {
    expect(read('قصفت القوات البلدة بالمدفعية.').materiel).toEqual([]);
  });
});
