import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * A side named between a verb of launching and its attack noun («شنت إسرائيل غارات», «نفذت تركيا ضربات») is the
 * attacker; a side after «على» is the side attacked. Sentences written for this spec across conflicts.
 */
const attackOf = (text: string) =>
  extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events.find((e) => e.type !== 'CasualtiesClaimed');

describe('the subject of a verb of launching before its attack noun', () => {
  it.each([
    ['IL', 'LB', 'شنت إسرائيل غارات على جنوب لبنان.'],
    ['TR', 'IQ', 'نفذت تركيا ضربات جوية على مواقع في شمال العراق.'],
    ['RU', null, 'شنت روسيا غارات على مدينة خاركيف.'],
  ])('%s on %s: %s', (attacker, target, text) => {
    const e = attackOf(text);
    expect(e?.accused).toBe(attacker);
    expect(e?.target ?? null).toBe(target);
  });

  it.each([
    // the side after «على» is attacked, not the attacker
    [null, 'IL', 'شنت طائرات غارات على إسرائيل.'],
    // as before: the subject of the verb, the side after «على»
    ['LB-HEZBOLLAH', 'IL', 'شن حزب الله هجمات على إسرائيل.'],
    ['US', 'YE', 'نفذت الولايات المتحدة غارات على صنعاء.'],
  ])('near-miss %s on %s: %s', (attacker, target, text) => {
    const e = attackOf(text);
    expect(e?.accused).toBe(attacker);
    expect(e?.target ?? null).toBe(target);
  });
});
