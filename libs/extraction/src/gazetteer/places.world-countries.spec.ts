import { describe, expect, it } from 'vitest';
import { countryOfAdjective, findPlaces, getPlace, placeByCountry, PLACES } from './index.js';
import { WORLD_COUNTRIES } from './places.world-countries.js';

const ids = (text: string): string[] => findPlaces(text).map((m) => m.place.id);

describe('generated world countries', () => {
  it('gives every country a place of its own, ids not clashing with the curated ones', () => {
    const all = new Set(PLACES.map((p) => p.id));
    expect(all.size).toBe(PLACES.length);
    for (const p of WORLD_COUNTRIES) {
      expect(p.precision).toBe('country');
      expect(p.id).toBe(p.country?.toLowerCase());
      expect(Math.abs(p.lat)).toBeLessThanOrEqual(90);
      expect(Math.abs(p.lon)).toBeLessThanOrEqual(180);
    }
    expect(placeByCountry('BF')?.id).toBe('bf');
    expect(getPlace('ml')?.name).toBe('Mali');
  });

  it('finds a country the curated list lacked, with a coordinate inside the country', () => {
    expect(ids('هاجم مسلحون قرية في بوركينا فاسو')).toContain('bf');
    const somalia = getPlace('so');
    // Somalia spans roughly 0–12°N, 41–51°E.
    expect(somalia?.lat).toBeGreaterThan(-2);
    expect(somalia?.lat).toBeLessThan(12);
    expect(somalia?.lon).toBeGreaterThan(41);
    expect(somalia?.lon).toBeLessThan(52);
  });

  it('reads a country name that is a common word only after a preposition or a place cue', () => {
    expect(ids('قدمت الوزارة دعما مالي للأسر')).not.toContain('ml');
    expect(ids('وقع انفجار في مالي أمس')).toContain('ml');
    expect(ids('تقدم المسلحون في شمال مالي')).toContain('ml');
    expect(ids('أفطر الناس عند أذان المغرب')).not.toContain('ma');
    expect(ids('وصل الوفد إلى المغرب')).toContain('ma');
  });

  it('keeps a curated place ahead of a generated country of the same spelling', () => {
    expect(ids('قصفت الطائرات مواقع في الأردن')).toEqual(['jo']);
  });

  it('knows the nisba of the conflict countries it added, not «المالي» (financial)', () => {
    expect(countryOfAdjective('الصومالية')).toBe('SO');
    expect(countryOfAdjective('والأفغاني')).toBe('AF');
    expect(countryOfAdjective('البوركينابي')).toBe('BF');
    expect(countryOfAdjective('النيجيريين')).toBe('NG');
    expect(countryOfAdjective('النيجري')).toBe('NE');
    expect(countryOfAdjective('المالي')).toBeUndefined();
  });
});
