import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * «أسفر هجوم صاروخي روسي على دنيبرو عن مقتل 14 شخصا»: the nisba describing the attack, past an adjective of manner, is
 * its author — the people it killed are not of that side (they were counted Russian). Sentences written for this spec
 * across conflicts.
 */
const killedOf = (text: string) =>
  extract({ text, publishedOn: '2025-03-10', language: 'ar' })
    .events.flatMap((e) => e.casualties)
    .map((c) => `${c.party}:${c.category}:${c.min}`);

describe('the people an attack killed are not of its author', () => {
  it.each([
    ['ukraine', 'أسفر هجوم صاروخي روسي على دنيبرو عن مقتل 14 شخصا.', 'UA:killed:14'],
    ['ukraine', 'قال مسؤولون أوكرانيون إن هجوما صاروخيا روسيا على مدينة دنيبرو أسفر عن مقتل 14 شخصا.', 'UA:killed:14'],
    ['ukraine', 'أسفر قصف مدفعي روسي على خيرسون عن مقتل 3 مدنيين.', 'UA:killed:3'],
    ['gaza', 'أسفرت غارة جوية إسرائيلية على خان يونس عن مقتل 9 أشخاص.', 'PS:killed:9'],
  ])('%s: %s', (_, text, figure) => {
    expect(killedOf(text)).toEqual([figure]);
  });

  it('soldiers of the side whose positions were attacked are still that side’s', () => {
    expect(killedOf('قتل 5 جنود في هجوم على مواقع الجيش السوري في ريف حماة.')).toEqual(['SY:killed:5']);
  });
});
