import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';

/**
 * «مارع», GeoNames 167245 Māri‘ (PPLA3, Aleppo governorate): the world table finds it after a cue only (its GeoNames
 * population is 0), so the curated table holds it, for a bare «في مارع» too. Sentences written for this spec.
 */
const placesOf = (text: string) =>
  extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events.flatMap((e) => e.locations.map((l) => l.name));

describe('«مارع» is Mare, north of Aleppo', () => {
  it.each(['قتل 3 مدنيين في قصف على بلدة مارع شمال حلب.', 'وقصفت القوات التركية مواقع في مارع بريف حلب الشمالي.'])('%s', (text) => {
    expect(placesOf(text)).toContain('Mare');
  });
});
