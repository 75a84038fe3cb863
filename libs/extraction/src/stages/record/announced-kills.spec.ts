import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * An armed group that counts the enemy's dead in the sentence of an attack tells its own attack: it is the attacker,
 * and the side of the dead (named by their nisba or noun) the target; the dead stay the enemy's. Not when the group
 * says it repelled the attack, nor when the attacker is named. Sentences written for this spec across conflicts.
 */
const events = (text: string) => extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events;

describe('an armed group announcing the enemy’s dead attacked them', () => {
  it.each([
    ['PKK', 'TR', 'أعلن حزب العمال الكردستاني مقتل 5 جنود أتراك في هجوم على قاعدة في دهوك.'],
    ['SO-SHABAAB', 'SO', 'قالت حركة الشباب إنها قتلت 12 جنديا صوماليا في هجوم على قاعدة عسكرية قرب مقديشو.'],
    ['YE-HOUTHI', 'SA', 'أعلن الحوثيون مقتل 7 جنود سعوديين في هجوم على موقع عسكري في جازان.'],
    ['ML-JNIM', 'ML', 'أعلنت جماعة نصرة الإسلام والمسلمين مقتل 20 جنديا ماليا في هجوم على معسكر قرب تمبكتو.'],
    ['ISIS', 'IQ', 'قال تنظيم داعش إنه قتل 9 عناصر من الجيش العراقي في هجوم قرب كركوك.'],
  ])('%s attacked %s: %s', (group, enemy, text) => {
    const found = events(text);
    const attack = found.find((e) => e.type === 'ArmedClashReported');
    expect(attack?.accused).toBe(group);
    expect(attack?.target).toBe(enemy);
    const toll = found.find((e) => e.type === 'CasualtiesClaimed');
    expect(toll?.casualties.map((c) => c.party)).toEqual([enemy]);
  });

  it.each([
    ['SO-SHABAAB', 'قالت حركة الشباب إنها صدت هجوما على مواقعها قرب بلدوين وقتلت 10 جنود صوماليين.'],
    ['SO', 'قال الجيش الصومالي إن 5 من جنوده قتلوا في هجوم لحركة الشباب قرب بلدوين.'],
  ])('the attack on %s stays so: %s', (attacked, text) => {
    expect(events(text).find((e) => e.type === 'ArmedClashReported')?.target).toBe(attacked);
  });
});
