import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * «قرب مقر الرئاسة في مقديشو», «مبنى وزارة الدفاع في كييف»: the place after an office's building is where the event
 * was, not an official's post («السفير الروسي في دمشق» still only names where the ambassador serves). Sentences written
 * for this spec across conflicts; each report goes on to another place, which the first event must not take.
 */
const placesOf = (text: string, type: string) =>
  extract({ text, publishedOn: '2025-03-10', language: 'ar' })
    .events.find((e) => e.type === type)
    ?.locations.map((l) => l.name);

describe('the place of an office’s building', () => {
  it.each([
    [
      'somalia',
      'قتل 7 أشخاص في تفجير قرب مقر الرئاسة في مقديشو. وفي وقت لاحق، قتل جنديان في هجوم قرب بلدوين.',
      'CasualtiesClaimed',
      'Mogadishu',
    ],
    ['libya', 'سقطت قذيفة قرب مقر الحكومة في طرابلس. وقتل مدنيان في قصف قرب مطار معيتيقة.', 'ShellingReported', 'Tripoli (Libya)'],
    ['ukraine', 'قصفت مسيرات روسية مبنى وزارة الدفاع في كييف. وقتل 3 في قصف على خاركيف.', 'AirStrikeReported', 'Kyiv'],
  ])('%s: %s', (_, text, type, place) => {
    expect(placesOf(text, type)).toEqual([place]);
  });

  it('an ambassador’s post is not where the attack he speaks of was', () => {
    const text = 'اشتباكات في حلب. وقال السفير الروسي في دمشق إن القوات الروسية قصفت مواقع في إدلب.';
    expect(placesOf(text, 'ShellingReported')).toEqual(['Idlib Governorate']);
  });
});
