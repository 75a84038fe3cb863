import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * Where people were carried or fled after an event («نقل الجرحى إلى مستشفى في مدينة الأبيض», «فر المهاجمون إلى
 * النيجر», «نزح السكان إلى خاركيف») is not where the event was. Sentences written for this spec across conflicts.
 */
const placesOf = (text: string) =>
  extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events.map((e) => e.locations.map((l) => l.name));

describe('a destination is not the event’s place', () => {
  it.each([
    ['El Fasher', 'El Obeid', 'قتل 5 مدنيين في قصف على مدينة الفاشر ونقل الجرحى إلى مستشفى في مدينة الأبيض.'],
    ['Gao', 'Niger', 'قتل 3 جنود في هجوم على قاعدة عسكرية قرب غاو وفر المهاجمون إلى النيجر.'],
    ['Izium', 'Kharkiv', 'قصفت القوات الروسية مدينة إيزيوم ونزح السكان إلى خاركيف.'],
    ['Khan Younis', 'Deir al-Balah', 'قتل 12 شخصا في غارة على خان يونس ونقلت جثامينهم إلى مستشفى في دير البلح.'],
  ])('at %s, not %s: %s', (place, destination, text) => {
    const places = placesOf(text);
    expect(places.length).toBeGreaterThan(0);
    for (const list of places) {
      expect(list).toContain(place);
      expect(list).not.toContain(destination);
    }
  });

  it('fighting that spread to a place is there («امتدت المعارك إلى مدينة أم درمان»)', () => {
    expect(placesOf('امتدت المعارك إلى مدينة أم درمان.')[0]).toContain('Omdurman');
  });
});
