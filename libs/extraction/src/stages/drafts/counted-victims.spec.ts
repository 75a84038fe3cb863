import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * Police, soldiers or security men counted dead in an attack are the side attacked, never its attacker: a force named
 * without a side of its own takes the state of its place, and that state is the victims' («قتل 4 من عناصر الشرطة في
 * هجوم على نقطة تفتيش في كويتا»). With no attacker named, none is guessed. Sentences written for this spec from
 * Pakistan, Iraq, Syria, Somalia, Burkina Faso, Yemen and Lebanon.
 */
const of = (text: string, type: string) => extract({ text, publishedOn: '2025-03-10', language: 'ar' }).events.find((e) => e.type === type);

describe('the forces a figure counts were attacked: the attack’s target, not its attacker', () => {
  it.each([
    ['PK', 'قتل 4 من عناصر الشرطة في هجوم على نقطة تفتيش في كويتا يوم الاثنين، بحسب مسؤولين محليين.'],
    ['IQ', 'قتل عنصران من الشرطة في هجوم في مدينة الرمادي.'],
    ['SY', 'قتل عنصران من الأمن العام في هجوم على حاجز في ريف حمص، بحسب وزارة الداخلية السورية.'],
    ['SO', 'قتل ثلاثة من عناصر الشرطة في هجوم على مركز في مقديشو.'],
    ['IQ', 'قتل جنديان من الشرطة الاتحادية وأصيب ثلاثة آخرون في هجوم على نقطة تفتيش في محافظة كركوك.'],
    ['BF', 'قتل خمسة من عناصر الدرك في هجوم على مركز للدرك في شمال بوركينا فاسو، وفق مصادر أمنية.'],
  ])('%s: %s', (state, text) => {
    const clash = of(text, 'ArmedClashReported');
    expect([clash?.accused, clash?.target]).toEqual([null, state]);
  });

  it.each([
    // the attacker the attack names still wins
    ['ISIS', 'قتل 3 من عناصر الشرطة في هجوم لتنظيم داعش في محافظة كركوك.'],
    ['YE-HOUTHI', 'قتل 4 جنود من القوات الحكومية في هجوم حوثي على مواقعهم في تعز.'],
  ])('near-miss, the attacker named (%s): %s', (attacker, text) => {
    expect(of(text, 'ArmedClashReported')?.accused).toBe(attacker);
  });

  it('the casualty event accuses nobody when the attack names nobody (not the police’s own state)', () => {
    const text = 'قتل جنديان من الشرطة الاتحادية وأصيب ثلاثة آخرون في هجوم على نقطة تفتيش في محافظة كركوك.';
    expect(of(text, 'CasualtiesClaimed')?.accused).toBeNull();
  });

  it('Lebanon: Hezbollah’s men killed in an Israeli strike — Israel attacked, Hezbollah was hit', () => {
    const strike = of('قتل 3 من عناصر حزب الله في غارة إسرائيلية على بلدة الخيام.', 'AirStrikeReported');
    expect([strike?.accused, strike?.target]).toEqual(['IL', 'LB-HEZBOLLAH']);
  });
});
