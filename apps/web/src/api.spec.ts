import { describe, expect, it } from 'vitest';
import { toIncident, toPage } from './api.js';

describe('the incident adapter', () => {
  it('reads today’s rows: place ids only, no claims, fatalities unknown', () => {
    const i = toIncident({
      id: 'inc-1',
      kind: 'violence',
      types: ['ShellingReported'],
      dateFrom: '2022-09-13',
      dateTo: '2022-09-13',
      placeIds: ['am-jermuk'],
      parties: ['AZ'],
      eventCount: 3,
    });
    expect(i).toMatchObject({
      id: 'inc-1',
      placeIds: ['am-jermuk'],
      places: [],
      headline: null,
      claims: [],
      fatalities: null,
      eventCount: 3,
    });
  });

  it('reads readable rows: places with coordinates, headline, per-side low/high, the highest killed as fatalities', () => {
    const i = toIncident({
      id: 'inc-2',
      kind: 'violence',
      types: ['CasualtiesClaimed'],
      dateFrom: '2022-09-13',
      places: [{ id: 'am-jermuk', name: 'Jermuk', nameAr: 'جرموك', lat: 39.84, lon: 45.67, precision: 'settlement' }],
      headline: 'Shelling of Jermuk',
      parties: [{ code: 'AZ' }],
      claims: [
        { side: 'AM', category: 'killed', low: { value: 3 }, high: { value: 49 } },
        { side: 'AZ', category: 'killed', low: 7, high: 12 },
        { side: 'AM', category: 'wounded', low: { value: 100 }, high: null },
      ],
    });
    expect(i.placeIds).toEqual(['am-jermuk']);
    expect(i.places[0]).toMatchObject({ name: 'Jermuk', nameAr: 'جرموك', lat: 39.84, lon: 45.67 });
    expect(i.parties).toEqual(['AZ']);
    expect(i.dateTo).toBe('2022-09-13');
    expect(i.headline).toBe('Shelling of Jermuk');
    expect(i.claims).toEqual([
      { side: 'AM', category: 'killed', low: 3, high: 49 },
      { side: 'AZ', category: 'killed', low: 7, high: 12 },
      { side: 'AM', category: 'wounded', low: 100, high: 100 },
    ]);
    expect(i.fatalities).toBe(49);
  });

  it('reads the rows GET /incidents answers (issue 13): `casualties` with plain low/high per side, affiliation and category', () => {
    const i = toIncident({
      id: 'inc-3',
      kind: 'violence',
      types: ['ShellingReported'],
      dateFrom: '2022-09-13',
      dateTo: '2022-09-14',
      placeIds: ['am-jermuk'],
      parties: ['AM', 'AZ'],
      headline: 'Shelling — Jermuk — 2022-09-13 — AM, AZ — 49 AM military killed',
      places: [{ id: 'am-jermuk', name: 'Jermuk', nameAr: 'جرموك', country: 'AM', precision: 'settlement', lat: 39.84, lon: 45.67 }],
      partyNames: [{ code: 'AM', name: 'Armenia', nameAr: 'أرمينيا' }],
      casualties: [
        { side: 'AM', affiliation: 'military', category: 'killed', low: 15, high: 49, claimantCount: 2 },
        { side: 'AM', affiliation: 'civilian', category: 'killed', low: 2, high: null, claimantCount: 1 },
        { side: 'AM', affiliation: 'military', category: 'wounded', low: 300, high: 300, claimantCount: 1 },
      ],
    });
    expect(i.claims.map((c) => [c.category, c.low, c.high])).toEqual([
      ['killed', 15, 49],
      ['killed', 2, 2],
      ['wounded', 300, 300],
    ]);
    // The marker is sized by the highest killed figure; the 300 wounded do not count.
    expect(i.fatalities).toBe(49);
  });

  it('reads pages as items/nextCursor, the older events/next, and bare arrays', () => {
    const id = (r: Record<string, unknown>) => r.id;
    expect(toPage({ items: [{ id: 1 }], nextCursor: 'abc', asOf: { position: 7 } }, id)).toEqual({
      items: [1],
      nextCursor: 'abc',
      position: 7,
    });
    expect(toPage({ events: [{ id: 2 }], next: 'c2' }, id)).toEqual({ items: [2], nextCursor: 'c2', position: null });
    expect(toPage({ events: [], next: 100, hasMore: false }, id).nextCursor).toBeNull();
    expect(toPage([{ id: 3 }], id)).toEqual({ items: [3], nextCursor: null, position: null });
  });
});
