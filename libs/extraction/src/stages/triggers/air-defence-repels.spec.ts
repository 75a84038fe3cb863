import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import type { ExtractedEvent } from '../../extraction-record.js';

/**
 * Air defences that repel an «aggression» («إن الدفاعات الجوية تصدت لعدوان إسرائيلي …») repelled an attack from the
 * air: an air strike by the side named on the aggression, at the air defences' side; not fighting on the ground, and
 * the nisba of the aggression is not the air defences' own. Sentences written for this spec across conflicts.
 */
const events = (text: string): ExtractedEvent[] => extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events;
const types = (text: string) => events(text).map((e) => e.type);

describe('air defences named before their verb of repelling («الدفاعات الجوية تصدت لعدوان …»)', () => {
  it.each([
    ['IL', 'SY', 'وقالت وكالة سانا إن الدفاعات الجوية تصدت لعدوان إسرائيلي على محيط دمشق.'],
    ['IL', 'IR', 'وقالت وكالة تسنيم إن الدفاعات الجوية الإيرانية تصدت لعدوان إسرائيلي على أصفهان.'],
    ['US', 'YE-HOUTHI', 'وقال المتحدث العسكري للحوثيين إن الدفاعات الجوية تصدت لعدوان أمريكي على صنعاء.'],
  ])('an air strike by %s on %s: %s', (attacker, defender, text) => {
    expect(types(text)).toEqual(['AirStrikeReported']);
    expect(events(text)[0]).toMatchObject({ accused: attacker, target: defender });
  });
});

describe('the attack verb of the aggression repelled is that aggression, not fighting on a position', () => {
  it.each([
    ['IL', 'SY', 'وتصدت الدفاعات الجوية السورية لعدوان إسرائيلي استهدف مطار المزة العسكري.'],
    ['IL', 'IR', 'وقالت وكالة تسنيم إن الدفاعات الجوية الإيرانية تصدت لعدوان إسرائيلي استهدف مواقع عسكرية في أصفهان.'],
    ['US', 'YE-HOUTHI', 'وقال المتحدث العسكري للحوثيين إن الدفاعات الجوية تصدت لعدوان أمريكي استهدف مواقع في صنعاء.'],
  ])('one air strike by %s on %s: %s', (attacker, defender, text) => {
    expect(types(text)).toEqual(['AirStrikeReported']);
    expect(events(text)[0]).toMatchObject({ accused: attacker, target: defender });
  });

  it.each([
    'وقال الجيش السوري إن قواته تصدت لهجوم شنه مسلحون استهدف نقاطا عسكرية في ريف إدلب.',
    'وتصدى الجيش الصومالي لهجوم استهدف قاعدة عسكرية في إقليم هيران.',
    'وقال الجيش الليبي إن وحداته تصدت لهجوم استهدف مواقعه جنوب طرابلس.',
  ])('forces that are no air defence repelled an assault (near-miss): %s', (text) => {
    expect(types(text)).toEqual(['ArmedClashReported']);
  });
});

describe('a word of intercepting ends a head’s phrase: the nisba after it is the object’s, not the head’s', () => {
  it.each([
    ['IL', 'IR', 'وأعلن الجيش اعتراض مسيرة إيرانية فوق الجليل.'],
    ['SY', 'IL', 'وقالت وكالة سانا إن الدفاعات الجوية تصدت لعدوان إسرائيلي على محيط دمشق.'],
    ['YE-HOUTHI', 'US', 'وقال المتحدث العسكري للحوثيين إن الدفاعات الجوية تصدت لعدوان أمريكي على صنعاء.'],
  ])('the claimant is %s, not %s: %s', (claimant, other, text) => {
    expect(events(text)[0].claimant.party).toBe(claimant);
    expect(events(text)[0].claimant.party).not.toBe(other);
  });

  it('a nisba right after the head is still its own (near-miss)', () => {
    const text = 'وقالت الدفاعات الجوية الروسية إنها أسقطت مسيرات أوكرانية فوق كورسك.';
    expect(events(text).find((e) => e.type === 'AirStrikeReported')).toMatchObject({
      claimant: { party: 'RU' },
      accused: 'UA',
      target: 'RU',
    });
  });
});
