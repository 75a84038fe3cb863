import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * A group that claims an attack is its author even when an alias in brackets or its branch's province stands
 * between its name and the claim («تبنى تنظيم الدولة الإسلامية - ولاية خراسان الهجوم»). Sentences written for this
 * spec across conflicts.
 */
const claimOf = (text: string) =>
  extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events.find(
    (e) => e.type !== 'CasualtiesClaimed' && e.claimant.party === 'ISIS',
  );

describe('a claim of responsibility past an alias or a branch label', () => {
  it.each([
    ['afghanistan', 'قتل 10 أشخاص في تفجير انتحاري في قندوز. وتبنى تنظيم الدولة الإسلامية - ولاية خراسان الهجوم.'],
    ['nigeria', 'قتل 12 جنديا في هجوم على قاعدة عسكرية في ولاية بورنو. وتبنى تنظيم الدولة الإسلامية ولاية غرب أفريقيا الهجوم.'],
    ['iraq', 'قتل 4 جنود في هجوم على نقطة تفتيش في كركوك. وأعلن تنظيم الدولة الإسلامية (داعش) مسؤوليته عن الهجوم.'],
    ['syria', 'قتل 6 جنود في كمين في بادية حمص. وأعلن تنظيم الدولة الإسلامية (داعش) مسؤوليته عن الهجوم.'],
  ])('%s: %s', (_, text) => {
    const claim = claimOf(text);
    expect(claim).toBeDefined();
    expect(claim!.accused).toBe('ISIS');
    expect(claim!.target).not.toBe('ISIS');
  });
});

/**
 * «تبنت حركة الشباب المرتبطة بتنظيم القاعدة الهجوم», «كتائب حزب الله المدعومة من إيران»: the network or state a group
 * is linked to or backed by, named between the group and the claim, is neither the attacker nor the side attacked.
 */
describe('a claim of responsibility past the group’s patron', () => {
  const claim = (text: string) =>
    extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events.find((e) => e.type !== 'CasualtiesClaimed');
  it.each([
    ['somalia', 'قتل 7 في تفجير في مقديشو. وتبنت حركة الشباب المرتبطة بتنظيم القاعدة الهجوم في بيان.', 'SO-SHABAAB', null],
    ['iraq', 'وتبنت كتائب حزب الله المدعومة من إيران الهجوم على قاعدة عين الأسد.', 'IQ-PMF', 'IR'],
    ['yemen', 'وأطلق الحوثيون المدعومون من إيران صاروخا باليستيا على إسرائيل.', 'YE-HOUTHI', 'IR'],
    ['syria', 'وهاجمت قوات سوريا الديمقراطية المدعومة من الولايات المتحدة مواقع لتنظيم داعش في دير الزور.', 'SY-SDF', 'US'],
  ])('%s: %s', (_, text, attacker, patron) => {
    const e = claim(text);
    expect(e?.accused).toBe(attacker);
    if (patron) expect(e?.target).not.toBe(patron);
    expect(e?.target).not.toBe(attacker);
  });
});
