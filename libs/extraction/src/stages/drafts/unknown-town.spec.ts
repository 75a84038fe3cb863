import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * «في مدينة X» with X a town the gazetteers lack is another town than the one of the sentence before: the event is in
 * the area around (its province or country), never at that town. A name that is the nisba of a known place («مدينة
 * البغدادي», «مدينة الحلبي») is such a town, not that place. Sentences written for this spec from Yemen, Sudan, Burkina
 * Faso, Iraq and Syria.
 */
const placesOf = (text: string, type: string) =>
  extract({ text, publishedOn: '2025-03-10', language: 'ar' })
    .events.filter((e) => e.type === type && e.evidence.text.includes(text.split('\n')[1]!.slice(0, 12)))
    .map((e) => e.locations.map((l) => l.name).join('+'));

describe('a town named «مدينة X» that the gazetteers lack is not the town of the sentence before', () => {
  it.each([
    ['Yemen', 'اندلعت اشتباكات عنيفة في مدينة مأرب.\nوقتل جنديان في هجوم للحوثيين على مدينة الجوبة.'],
    ['Sudan', 'قصفت قوات الدعم السريع مدينة الفاشر.\nوقتل 7 مدنيين في قصف على مدينة طويلة.'],
    ['Burkina Faso', 'قتل 10 جنود في هجوم على قاعدة في مدينة جيبو.\nوقتل خمسة من عناصر الدرك في مدينة أربيندا.'],
  ])('%s: %s', (area, text) => {
    expect(placesOf(text, 'CasualtiesClaimed')).toEqual([area]);
  });

  it.each([
    ['Iraq', 'قتل عنصران من الشرطة في هجوم في مدينة الرمادي.\nوقتل ثلاثة جنود في هجوم مسلح قرب مدينة البغدادي.'],
    ['Syria', 'قتل مدنيان في قصف على مدينة حلب.\nوقتل 3 مدنيين في قصف على مدينة الحلبي.'],
  ])('a nisba of a known place names another town, in %s: %s', (area, text) => {
    expect(placesOf(text, 'CasualtiesClaimed')).toEqual([area]);
  });

  it('near-miss: a kind of town («مدينة كبيرة»), not a name, still lends the town before', () => {
    const text = 'قصفت قوات الدعم السريع مدينة الفاشر.\nوقتل 7 مدنيين في قصف على مدينة كبيرة.';
    expect(placesOf(text, 'CasualtiesClaimed')).toEqual(['El Fasher']);
  });

  it('near-miss: an area («منطقة X») is often part of the town before, and keeps it', () => {
    const text = 'قتل 10 جنود في هجوم على قاعدة في مدينة جيبو.\nوفي منطقة تاوكوتشي، قتل خمسة من عناصر الدرك.';
    expect(placesOf(text, 'CasualtiesClaimed')).toEqual(['Djibo']);
  });
});
