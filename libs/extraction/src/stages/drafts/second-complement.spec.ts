import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * A speaker who says two things («إن …، وإن …») says them of their own places: the place of the first is not the
 * place of the second. Sentences written for this spec across conflicts.
 */
const placesOf = (text: string, type: string): string[][] =>
  extract({ text: 'تطورات ميدانية\n\n' + text, publishedOn: '2024-05-15', language: 'ar' })
    .events.filter((e) => e.type === type)
    .map((e) => e.locations.map((l) => l.id));

describe('each «وإن» clause keeps its own places', () => {
  it('a control change in Donetsk, an interception over Crimea', () => {
    const text =
      'وقالت وزارة الدفاع الروسية إن قواتها سيطرت على بلدة في منطقة دونيتسك، وإن الدفاعات الجوية دمرت 5 صواريخ فوق شبه جزيرة القرم.';
    const control = placesOf(text, 'ControlChangeClaimed').flat();
    expect(control.some((id) => id.includes('donetsk'))).toBe(true);
    expect(control.some((id) => id.includes('crimea'))).toBe(false);
  });

  it('a clash in Marib, a strike on Hodeidah', () => {
    const text = 'وقال المتحدث باسم الحوثيين إن قواتهم صدت هجوما في مأرب، وإن طائرات أمريكية شنت غارات على الحديدة.';
    const clash = placesOf(text, 'ArmedClashReported').flat();
    expect(clash.some((id) => id.includes('marib'))).toBe(true);
    expect(clash.some((id) => id.includes('hodeidah'))).toBe(false);
  });

  it('a «وأن» without a comma is still one clause of places («أكد أن القصف طال حلب وأن …»)', () => {
    const text = 'وأكد المرصد أن القصف المدفعي طال أحياء في مدينة حلب وأن الأضرار كبيرة.';
    expect(
      placesOf(text, 'ShellingReported')
        .flat()
        .some((id) => id.includes('aleppo')),
    ).toBe(true);
  });
});
