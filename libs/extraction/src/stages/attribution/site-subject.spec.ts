import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

const sides = (text: string) => extract({ text, publishedOn: '2025-03-10' }).events.map((e) => [e.accused, e.target] as const);

describe('a site word right after a finite attack verb, owner after it, then an object: the verb’s subject', () => {
  it.each([
    ['هاجمت خلايا تابعة لتنظيم داعش حاجزا للجيش في ريف دير الزور الشرقي، ما أدى إلى مقتل جنديين.', 'ISIS', 'SY'],
    ['استهدفت مجموعات تابعة لقوات الدعم السريع قافلة للجيش السوداني في شمال كردفان.', 'SD-RSF', 'SD'],
    ['هاجمت وحدات من القوات الروسية مواقع للجيش الأوكراني قرب بوكروفسك فجر اليوم.', 'RU', 'UA'],
    ['هاجمت خلايا حركة الشباب قاعدة للجيش الصومالي في إقليم شبيلي السفلى.', 'SO-SHABAAB', 'SO'],
  ])('%s → %s attacked %s', (text, accused, target) => {
    expect(sides(text)).toContainEqual([accused, target]);
  });

  it('a site after the verb with no object after its owner is still the side attacked', () => {
    expect(sides('قصفت الطائرات الحربية مواقع لتنظيم داعش في البادية السورية.')).toContainEqual(['SY', 'ISIS']);
    expect(sides('استهدفت المدفعية مواقع لقوات الدعم السريع شرق الفاشر.').map((s) => s[1])).toContain('SD-RSF');
  });
});
