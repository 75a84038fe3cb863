import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * «احتفالا باستعادة المدينة», «ابتهاجا بتحرير …»: a celebration tells again a capture the report has told; it is not a
 * second one at the celebration's town. Sentences written for this spec across conflicts.
 */
const controlOf = (text: string) =>
  extract({ text, publishedOn: '2025-03-10', language: 'ar' })
    .events.filter((e) => e.type === 'ControlChangeClaimed' && !e.background)
    .map((e) => e.locations.map((l) => l.name));

describe('a celebrated capture is the capture told before', () => {
  it.each([
    [
      'Sudan',
      'أعلن الجيش السوداني أمس استعادة السيطرة على مدينة ود مدني. وخرج المواطنون في بورتسودان إلى الشوارع احتفالا باستعادة المدينة.',
      'Wad Madani',
    ],
    ['Libya', 'أعلنت قوات حكومة الوفاق السيطرة على مدينة ترهونة أمس. وخرج المئات في طرابلس اليوم احتفالا بالسيطرة على ترهونة.', 'Tarhuna'],
    ['Ukraine', 'استعادت القوات الأوكرانية بلدة كوبيانسك. واحتفل السكان في خاركيف فرحا بتحرير البلدة.', 'Kupiansk'],
  ])('%s: %s', (_conflict, text, place) => {
    expect(controlOf(text)).toEqual([[place]]);
  });

  it('near-miss: a capture after «بعد» still happened (Gaza)', () => {
    expect(controlOf('احتفل السكان في غزة بعد سيطرة المقاومة على موقع إسرائيلي قرب خان يونس.')).toHaveLength(1);
  });
});
