import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadWorldCities } from './world-cities.loader.js';
import { createWorldGazetteer } from './world-gazetteer.js';

// Arabic letters, hamza seats, harakat, tatweel, Persian letters, Latin, digits, separators.
const pieces = [
  ...'ابتثجحخدذرسشصضطظعغفقكلمنهويىةأإآءئؤ',
  'ـ',
  'َ',
  'ّ',
  'پ',
  'چ',
  'گ',
  'ڤ',
  'a',
  'Z',
  '7',
  '١',
  ' ',
  '-',
  '«',
  '\n',
  'ال',
  'لل',
  'و',
];
const phrase = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join(''));
const countries = fc.array(fc.constantFrom('SY', 'sy', 'UA', 'US', 'SO', 'XX', ''), { maxLength: 4 });

describe('world gazetteer (property)', () => {
  const world = createWorldGazetteer({ table: loadWorldCities() });

  it('never throws, and answers only well-formed places, best first', () => {
    fc.assert(
      fc.property(phrase, countries, fc.boolean(), (p, cs, cued) => {
        const places = world.lookup(p, { countries: cs, cued });
        expect(places.length).toBeLessThanOrEqual(5);
        for (const [i, place] of places.entries()) {
          expect(place.country).toMatch(/^[A-Z]{2}$/);
          expect(Math.abs(place.lat)).toBeLessThanOrEqual(90);
          expect(Math.abs(place.lon)).toBeLessThanOrEqual(180);
          expect(place.exactness).toBeGreaterThan(0);
          expect(place.exactness).toBeLessThanOrEqual(1);
          if (i > 0) expect(place.score).toBeLessThanOrEqual(places[i - 1].score);
        }
      }),
      { numRuns: 3_000 },
    );
  });

  it('never throws on arbitrary text for the context', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), phrase, (noise, p) => {
        const ctx = world.contextOf(noise + p);
        expect(ctx.countries?.every((c) => /^[A-Z]{2}$/.test(c))).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });
});
