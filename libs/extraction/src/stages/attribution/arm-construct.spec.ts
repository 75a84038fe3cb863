import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * «قصفت راجمات الصواريخ الروسية خيرسون»: arms in construct with a definite noun, right after the attack verb and
 * before its object, are the verb's subject; their nisba names the attacker, not the side attacked. Sentences written
 * for this spec across conflicts.
 */
const attackOf = (text: string) =>
  extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events.find((e) => e.type !== 'CasualtiesClaimed');

describe('the nisba of arms in construct after the attack verb', () => {
  it.each([
    ['RU', 'قصفت راجمات الصواريخ الروسية خيرسون.'],
    ['UA', 'قصفت راجمات الصواريخ الأوكرانية دونيتسك.'],
    ['TR', 'قصفت راجمات الصواريخ التركية قرى في ريف منبج.'],
    ['IR', 'قصفت زوارق الحرس الإيرانية ناقلة نفط.'],
  ])('%s: %s', (attacker, text) => {
    expect(attackOf(text)?.accused).toBe(attacker);
  });

  it.each([
    // indefinite arms after the subject are what was hit
    ['UA', 'RU', 'استهدفت القوات الأوكرانية راجمات صواريخ روسية قرب خيرسون.'],
    // as before: «في» after the nisba, no object of the verb
    ['RU', 'UA', 'استهدفت راجمات الصواريخ الروسية في خيرسون.'],
  ])('near-miss %s on %s: %s', (attacker, target, text) => {
    const e = attackOf(text);
    expect(e?.accused).toBe(attacker);
    expect(e?.target ?? null).toBe(target);
  });
});
