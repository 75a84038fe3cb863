import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * «قصفت القوات مواقع لحزب العمال الكردستاني في سنجار»: an armed group named right before «في X» is in X, and the attack
 * is there — not only where the sentences before were («قال وزير الخارجية في جدة» is still where a statement was
 * made). Sentences written for this spec across conflicts; each opens with a sentence at another place.
 */
const attackIn = (text: string, type: string) =>
  extract({ text, publishedOn: '2025-03-10', language: 'ar' })
    .events.filter((e) => e.type === type)
    .at(-1);

describe('a group named before «في» a place is in that place', () => {
  it.each([
    ['iraq', 'اشتباكات في طرابلس. وقصف الجيش العراقي مواقع لحزب العمال الكردستاني في سنجار.', 'ShellingReported', 'Sinjar'],
    ['lebanon', 'سقطت قذائف على حلب. واستهدفت غارة إسرائيلية عناصر من حزب الله في بنت جبيل.', 'AirStrikeReported', 'Bint Jbeil'],
    ['sudan', 'قتل 5 في مأرب. وشنت طائرات الجيش السوداني غارات على تجمعات لقوات الدعم السريع في نيالا.', 'AirStrikeReported', 'Nyala'],
    ['syria', 'اشتباكات في طرابلس. وهاجمت قوات سوريا الديمقراطية مواقع لتنظيم داعش في دير الزور.', 'ArmedClashReported', 'Deir ez-Zor'],
  ])('%s: %s', (_, text, type, place) => {
    expect(attackIn(text, type)?.locations.map((l) => l.name)).toEqual([place]);
  });

  it('a state backing a group is no place of the attack', () => {
    const e = attackIn('وهاجمت قوات سوريا الديمقراطية مواقع لتنظيم داعش في دير الزور بدعم من فرنسا.', 'ArmedClashReported');
    expect(e?.locations.map((l) => l.name)).toEqual(['Deir ez-Zor']);
  });

  it('an official named before «في» a city still only spoke there', () => {
    const e = attackIn('وقال وزير الخارجية السعودي في جدة إن الحوثيين استهدفوا مواقع في جازان.', 'ArmedClashReported');
    expect(e?.locations.map((l) => l.name)).toEqual(['Jizan']);
  });
});
