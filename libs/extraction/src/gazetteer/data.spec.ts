import { describe, expect, it } from 'vitest';
import { getPlace, PLACES, placeByCountry, placeKey } from './index.js';

/**
 * Bounding boxes [minLat, maxLat, minLon, maxLon] of every country the
 * gazetteer uses (rounded outwards from Natural Earth admin-0 extents; Russia
 * and the US only over the part where our places lie). A place outside its
 * country's box almost always means swapped lat/lon or a typo.
 */
const BBOX: Record<string, [number, number, number, number]> = {
  AM: [38.83, 41.31, 43.44, 46.64],
  AZ: [38.38, 41.92, 44.76, 50.4],
  GE: [41.05, 43.6, 40.0, 46.74],
  TR: [35.8, 42.12, 25.66, 44.84],
  IR: [25.05, 39.79, 44.03, 63.34],
  RU: [41.18, 81.9, 19.6, 180],
  US: [24.5, 49.4, -125, -66.9],
  FR: [41.3, 51.1, -5.2, 9.6],
  BE: [49.5, 51.51, 2.5, 6.41],
  CH: [45.8, 47.81, 5.95, 10.5],
  AT: [46.37, 49.03, 9.53, 17.17],
  CZ: [48.55, 51.06, 12.09, 18.86],
  DE: [47.27, 55.06, 5.86, 15.05],
  GB: [49.9, 60.9, -8.2, 1.8],
  IT: [36.6, 47.1, 6.6, 18.6],
  CN: [18.1, 53.6, 73.5, 134.8],
  BY: [51.26, 56.17, 23.17, 32.78],
  KZ: [40.56, 55.45, 46.47, 87.36],
  KG: [39.17, 43.27, 69.25, 80.29],
  TJ: [36.67, 41.05, 67.34, 75.15],
  UZ: [37.17, 45.6, 55.99, 73.15],
  UA: [44.38, 52.38, 22.14, 40.23],
  LB: [33.05, 34.7, 35.1, 36.63],
  IL: [29.45, 33.34, 34.26, 35.9],
  PS: [31.21, 32.56, 34.2, 35.58],
  SY: [32.31, 37.33, 35.6, 42.38],
  JO: [29.18, 33.38, 34.95, 39.31],
  IQ: [29.06, 37.39, 38.79, 48.57],
  YE: [12.1, 19.0, 42.5, 54.6],
  SD: [8.68, 22.23, 21.81, 38.61],
  SS: [3.48, 12.25, 23.44, 35.95],
  TD: [7.44, 23.45, 13.47, 24.0],
  ET: [3.4, 14.9, 32.99, 48.0],
  LY: [19.5, 33.2, 9.3, 25.2],
  ML: [10.1, 25.0, -12.3, 4.3],
  AF: [29.3, 38.5, 60.4, 74.9],
  PK: [23.6, 37.1, 60.8, 77.9],
  IN: [6.7, 35.7, 68.1, 97.5],
  SO: [-1.7, 12.0, 40.9, 51.5],
  NE: [11.6, 23.6, 0.1, 16.0],
  BF: [9.4, 15.1, -5.6, 2.5],
  NG: [4.2, 13.9, 2.6, 14.7],
  CD: [-13.5, 5.4, 12.2, 31.4],
  EG: [21.99, 31.67, 24.7, 36.9],
  SA: [16.3, 32.2, 34.5, 55.7],
  AE: [22.6, 26.1, 51.5, 56.4],
  QA: [24.47, 26.18, 50.74, 51.64],
  OM: [16.6, 26.4, 52.0, 59.85],
  KW: [28.52, 30.1, 46.55, 48.43],
};

const PRECISIONS = new Set(['settlement', 'feature', 'district', 'region', 'border', 'country']);

describe('gazetteer data', () => {
  it('has at least 300 places', () => {
    expect(PLACES.length).toBeGreaterThanOrEqual(300);
  });

  it('writes a `~` spelling after a plain one (the read side names a place by its first spelling without `?`)', () => {
    for (const p of PLACES) {
      const first = p.arabic.find((a) => !a.startsWith('?'));
      expect(first?.startsWith('~') ?? false, p.id).toBe(false);
    }
  });

  it('has unique ids that follow the id scheme', () => {
    const ids = new Set<string>();
    for (const p of PLACES) {
      expect(ids.has(p.id), p.id).toBe(false);
      ids.add(p.id);
      if (p.precision === 'country') {
        expect(p.id).toBe(p.country!.toLowerCase());
      } else {
        expect(p.id, p.id).toMatch(/^([a-z]{2})-[a-z0-9]+(-[a-z0-9]+)*$/);
        const prefix = p.id.slice(0, 2);
        if (prefix === 'xx') {
          expect(p.country, p.id).toBeNull();
          const border = /^xx-border-([a-z]{2})-([a-z]{2})$/.exec(p.id);
          if (border) {
            expect(border[1] < border[2], `${p.id}: codes in alphabetical order`).toBe(true);
            expect(placeByCountry(border[1]) && placeByCountry(border[2]), p.id).toBeTruthy();
            expect(p.precision, p.id).toBe('border');
          }
        } else if (prefix === 'nk') expect(p.country, p.id).toBe('AZ');
        else expect(p.country?.toLowerCase(), p.id).toBe(prefix);
      }
    }
  });

  it('gives every place a name, a precision, Arabic and English spellings', () => {
    for (const p of PLACES) {
      expect(p.name.length, p.id).toBeGreaterThan(0);
      expect(PRECISIONS.has(p.precision), p.id).toBe(true);
      expect(p.arabic.length, p.id).toBeGreaterThan(0);
      expect(p.english.length, p.id).toBeGreaterThan(0);
      for (const a of p.arabic) {
        expect(/[\u0621-\u064a]/.test(a), `${p.id}: ${a}`).toBe(true);
        expect(placeKey(a.replace(/^\?/, '')).length, `${p.id}: ${a}`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('links every parent to an existing place, without cycles, inside the same country', () => {
    for (const p of PLACES) {
      if (p.precision === 'country') {
        expect(p.parent).toBeNull();
        continue;
      }
      if (p.country === null) continue; // borders, multi-country regions, Jerusalem
      expect(p.parent, p.id).not.toBeNull();
      const seen = new Set<string>([p.id]);
      let cur = p;
      while (cur.parent) {
        const parent = getPlace(cur.parent);
        expect(parent, `${cur.id} → ${cur.parent}`).toBeDefined();
        expect(seen.has(parent!.id), `cycle at ${parent!.id}`).toBe(false);
        seen.add(parent!.id);
        expect(parent!.country, `${cur.id} → ${parent!.id}`).toBe(p.country);
        cur = parent!;
      }
      expect(cur.precision, `${p.id} rolls up to ${cur.id}`).toBe('country');
    }
  });

  it('puts every place inside the bounding box of its country', () => {
    for (const p of PLACES) {
      expect(Number.isFinite(p.lat) && Math.abs(p.lat) <= 90, p.id).toBe(true);
      expect(Number.isFinite(p.lon) && Math.abs(p.lon) <= 180, p.id).toBe(true);
      if (!p.country || p.precision === 'country') continue;
      const box = BBOX[p.country];
      expect(box, `no bounding box for ${p.country}`).toBeDefined();
      const [minLat, maxLat, minLon, maxLon] = box;
      expect(
        p.lat >= minLat && p.lat <= maxLat && p.lon >= minLon && p.lon <= maxLon,
        `${p.id} (${p.lat}, ${p.lon}) outside ${p.country}`,
      ).toBe(true);
    }
  });

  it('has a country-level place for every country code used, and a bounding box for every country with places inside', () => {
    const codes = new Set(PLACES.map((p) => p.country).filter((c): c is string => c !== null));
    for (const c of codes) expect(placeByCountry(c)?.precision, c).toBe('country');
    // The generated world countries (places.world-countries.ts) are country-level only: no inner place to box.
    const inner = new Set(
      PLACES.filter((p) => p.precision !== 'country')
        .map((p) => p.country)
        .filter((c): c is string => c !== null),
    );
    for (const c of inner) expect(BBOX[c], c).toBeDefined();
  });

  it('keeps the dev-set gold coordinates', () => {
    const gold: Array<[string, number, number]> = [
      ['am-jermuk', 39.8414, 45.6697],
      ['am-goris', 39.5111, 46.3411],
      ['am-sotk', 40.2047, 45.9397],
      ['az-ganja', 40.6828, 46.3606],
      ['nk-stepanakert', 39.8153, 46.7519],
      ['nk-karabakh', 39.82, 46.75],
      ['xx-border-am-az', 40.0, 45.9],
      ['nk-line-of-contact', 39.95, 46.95],
      ['xx-border-il-lb', 33.1, 35.45],
      ['lb-shebaa-farms', 33.29, 35.74],
      ['ua-kyiv', 50.4501, 30.5234],
      ['ly-tripoli', 32.8872, 13.1913],
    ];
    for (const [id, lat, lon] of gold) {
      const p = getPlace(id);
      expect(p, id).toBeDefined();
      expect(Math.abs(p!.lat - lat) < 0.01 && Math.abs(p!.lon - lon) < 0.01, id).toBe(true);
    }
  });
});
