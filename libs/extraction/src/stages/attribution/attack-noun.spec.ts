import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * The nisba after an attack noun names the attacker also past one adjective of manner («غارة جوية إسرائيلية», «قصف
 * مدفعي روسي», «ضربة صاروخية روسية»), as it does right after the noun. Sentences written for this spec across
 * conflicts.
 */
const attackOf = (text: string) =>
  extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events.find((e) => e.type !== 'CasualtiesClaimed');

describe('the attacker named past an adjective of manner', () => {
  it.each([
    ['IL', 'قتل 3 أشخاص في غارة جوية إسرائيلية على بلدة عيترون في جنوب لبنان.'],
    ['RU', 'قتل 5 مدنيين في قصف مدفعي روسي على خيرسون.'],
    ['RU', 'أصيب 7 أشخاص في ضربة صاروخية روسية على خاركيف.'],
    ['US', 'قتل قيادي في حركة الشباب في غارة جوية أمريكية قرب جلب.'],
    ['TR', 'قتل 4 من عناصر قسد في قصف مدفعي تركي على ريف منبج.'],
  ])('%s: %s', (attacker, text) => {
    expect(attackOf(text)?.accused).toBe(attacker);
  });
});
