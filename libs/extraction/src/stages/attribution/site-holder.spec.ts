import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * A site hit by an attack with a word of its own before its holder («مستودعات أسلحة لحزب الله», «مخازن ذخيرة للقوات
 * الأوكرانية») names the side attacked, as a bare site does («مواقع لحزب الله»): the holder is never the attacker.
 * Sentences written for this spec across conflicts.
 */
const attackOf = (text: string) =>
  extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events.find((e) => e.type !== 'CasualtiesClaimed');

describe('the holder of a site named with its contents is the side attacked', () => {
  it.each([
    ['IL', 'LB-HEZBOLLAH', 'قال الجيش الإسرائيلي إن الغارات استهدفت مستودعات أسلحة لحزب الله.'],
    ['RU', 'UA', 'قالت وزارة الدفاع الروسية إن الضربات استهدفت مستودعات ذخيرة للقوات الأوكرانية.'],
    ['SD', 'SD-RSF', 'قال الجيش السوداني إن الغارات استهدفت مخازن وقود لقوات الدعم السريع في نيالا.'],
    ['US', 'YE-HOUTHI', 'قالت القيادة المركزية الأمريكية إن الضربات استهدفت مخازن أسلحة للحوثيين.'],
  ])('%s attacked %s: %s', (attacker, attacked, text) => {
    const attack = attackOf(text);
    expect(attack?.accused).toBe(attacker);
    expect(attack?.target).toBe(attacked);
  });

  it.each([
    ['YE-HOUTHI', 'قصفت القوات الحكومية مواقع الحوثيين في جبهة الضالع.'],
    ['SD-RSF', 'قصفت القوات المشتركة مواقع الدعم السريع شرقي الفاشر.'],
    ['SY-SDF', 'قصفت القوات التركية مواقع قوات سوريا الديمقراطية قرب منبج.'],
  ])('the forces before a site do not take its holder’s party (%s attacked): %s', (attacked, text) => {
    const attack = attackOf(text);
    expect(attack?.target).toBe(attacked);
    expect(attack?.accused).not.toBe(attacked);
  });

  // a force the attack hits ends the head's phrase as a site does (site-words.ts isAttackTarget, not TARGET_SITES alone)
  it.each([
    ['YE-HOUTHI', 'قصفت مدفعية الجيش تجمعات للحوثيين في مأرب.'],
    ['SD-RSF', 'استهدفت مسيرات الجيش جنودا للدعم السريع في دارفور.'],
    ['SO-SHABAAB', 'قصفت مدفعية الجيش دورية لحركة الشباب في جوبا السفلى.'],
    ['ISIS', 'استهدفت طائرات الجيش رتلا لداعش في الأنبار.'],
    // an indefinite unit word too; a definite one («قواتها طردت الوحدات الأوكرانية», expulsion.spec.ts) does not end it
    ['YE-HOUTHI', 'قصفت مدفعية الجيش وحدات للحوثيين في مأرب.'],
    ['SD-RSF', 'استهدفت مسيرات الجيش كتيبة للدعم السريع في كردفان.'],
    ['SO-SHABAAB', 'استهدفت مدفعية الجيش وحدات لحركة الشباب في شبيلي.'],
  ])('the forces before a force attacked do not take its side’s party (%s attacked): %s', (attacked, text) => {
    const attack = attackOf(text);
    expect(attack?.target).toBe(attacked);
    expect(attack?.accused).not.toBe(attacked);
  });

  it.each([
    ['ISIS', 'قتل 4 جنود في هجوم شنته خلايا تابعة لتنظيم داعش على حاجز في دير الزور.'],
    ['ISIS', 'قتل 3 جنود في هجوم نفذته خلية لتنظيم داعش في صلاح الدين.'],
    ['PKK', 'قتل جنديان في هجوم نفذته خلايا تابعة لحزب العمال الكردستاني على قاعدة تركية.'],
  ])('cells a relative attack verb has as its subject attacked (%s): %s', (attacker, text) => {
    const attack = attackOf(text);
    expect(attack?.accused).toBe(attacker);
    expect(attack?.target).not.toBe(attacker);
  });
});
