import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * A place closed, emptied or whose flights or operations were suspended because of fighting is what was closed, not
 * where the fighting was. Sentences written for this spec across conflicts.
 */
const placesOf = (text: string) =>
  extract({ text, publishedOn: '2025-03-10', language: 'ar' }).events.map((e) => ({
    type: e.type,
    places: e.locations.map((l) => l.name),
  }));

describe('a place closed because of fighting is not the fighting’s place', () => {
  it.each([
    ['Libya', 'أغلقت السلطات مطار معيتيقة بسبب الاشتباكات في طرابلس.', 'ArmedClashReported', 'Tripoli (Libya)'],
    ['Gaza', 'أغلقت السلطات معبر رفح بسبب القصف الإسرائيلي على خان يونس.', 'ShellingReported', 'Khan Younis'],
    [
      'Lebanon',
      'علقت شركات الطيران رحلاتها إلى مطار بيروت بسبب الغارات الإسرائيلية على الضاحية الجنوبية.',
      'AirStrikeReported',
      'Dahiyeh (southern suburbs of Beirut)',
    ],
  ])('%s: %s', (_conflict, text, type, place) => {
    expect(placesOf(text)).toEqual([{ type, places: [place] }]);
  });

  it.each([
    ['Lebanon', 'قصفت المدفعية الإسرائيلية بلدة الخيام اليوم. وأخلت السلطات مستشفى مرجعيون بسبب القصف.', 'Marjayoun'],
    ['Yemen', 'علقت الأمم المتحدة عملياتها في ميناء الحديدة بسبب الغارات الأمريكية.', 'Hodeidah'],
  ])('%s, a closed place alone is no place either: %s', (_conflict, text, place) => {
    expect(placesOf(text).flatMap((e) => e.places)).not.toContain(place);
  });

  it.each([
    ['Libya', 'أغلقت السلطات مطار معيتيقة بعد سقوط قذائف عليه.', 'Mitiga International Airport'],
    ['Syria', 'علق الجيش على قصف مدينة إدلب اليوم.', 'Idlib (city)'],
    ['Sudan', 'أغلقت قوات الدعم السريع الطرق وقصفت مدينة الفاشر بالمدفعية.', 'El Fasher'],
  ])('%s, near-miss — a place hit, commented on or shelled after the closing stays: %s', (_conflict, text, place) => {
    expect(placesOf(text).flatMap((e) => e.places)).toContain(place);
  });
});
