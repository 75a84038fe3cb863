import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import type { ExtractedEvent } from '../../extraction-record.js';

/**
 * An air-defence system that intercepts («منظومة القبة الحديدية اعترضت …», «منظومات الدفاع الجوي اعترضت …») is the
 * subject of the word of intercepting, not a loss; the rockets, missiles or drones it intercepted are the attack.
 * An air-defence system destroyed is a loss all the same. Sentences written for this spec across conflicts.
 */
const events = (text: string): ExtractedEvent[] => extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events;
const of = (text: string, type: string) => events(text).find((e) => e.type === type);
const losses = (text: string) => events(text).flatMap((e) => e.materiel);

describe('the system that intercepts is no loss', () => {
  it.each([
    ['ShellingReported', 'وقال الجيش الإسرائيلي إن منظومة القبة الحديدية اعترضت صاروخين أطلقا من لبنان باتجاه الجليل.'],
    ['ShellingReported', 'وقالت وزارة الدفاع الروسية إن منظومات الدفاع الجوي اعترضت 8 صواريخ أطلقتها القوات الأوكرانية على مقاطعة كورسك.'],
    ['AirStrikeReported', 'وقالت وزارة الدفاع السعودية إن منظومة باتريوت اعترضت 5 طائرات مسيرة أطلقتها جماعة الحوثي باتجاه خميس مشيط.'],
    ['ShellingReported', 'وقالت القيادة الأمريكية إن منظومة دفاع جوي اعترضت صاروخا أطلقه الحوثيون على قاعدة في البحر الأحمر.'],
  ])('%s, and no air defence lost: %s', (type, text) => {
    expect(of(text, type)).toBeDefined();
    expect(losses(text).filter((m) => m.kind === 'air-defence')).toEqual([]);
  });

  it('the drones it intercepted stay the launcher’s loss', () => {
    const text = 'وقالت وزارة الدفاع السعودية إن منظومة باتريوت اعترضت 5 طائرات مسيرة أطلقتها جماعة الحوثي باتجاه خميس مشيط.';
    expect(losses(text)).toEqual([{ party: 'YE-HOUTHI', kind: 'drone', count: 5, status: 'destroyed' }]);
  });
});

describe('near-misses: air defence destroyed, and drones downed after their noun, are losses', () => {
  it.each([
    ['UA', 'وقالت وزارة الدفاع الروسية إن قواتها دمرت منظومة دفاع جوي أوكرانية من طراز إس-300 في مقاطعة خاركيف.'],
    ['SY', 'وقال الجيش الإسرائيلي إن طائراته دمرت منظومة دفاع جوي سورية قرب دمشق.'],
    ['TR', 'وقالت قوات حفتر إنها دمرت منظومة دفاع جوي تركية في قاعدة الوطية.'],
  ])('an air-defence loss of %s: %s', (side, text) => {
    expect(losses(text)).toEqual([expect.objectContaining({ party: side, kind: 'air-defence', status: 'destroyed' })]);
  });

  it('drones named before the word of downing were downed', () => {
    const text = 'وقال الجيش الأوكراني إن 12 مسيرة روسية أسقطت فوق منطقة أوديسا.';
    expect(losses(text)).toEqual([expect.objectContaining({ party: 'RU', kind: 'drone', count: 12 })]);
  });
});
