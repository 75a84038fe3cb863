import { describe, expect, it } from 'vitest';
import { toIncident, type Place } from './api.js';
import { incidentPosition, markerRadius, toMapPoints, unwrapAntimeridian } from './map-points.js';

const place = (id: string, lat: number, lon: number, precision: string): Place => ({
  id,
  name: id,
  nameAr: null,
  lat,
  lon,
  precision,
  country: null,
});
const places = new Map([
  ['am', place('am', 40, 45, 'country')],
  ['am-jermuk', place('am-jermuk', 39.84, 45.67, 'settlement')],
  ['am-vayots-dzor', place('am-vayots-dzor', 39.76, 45.33, 'region')],
]);
const incident = (id: string, placeIds: string[], over: Record<string, unknown> = {}) =>
  toIncident({ id, kind: 'violence', types: [], dateFrom: '2022-09-13', placeIds, ...over });

describe('map points', () => {
  it('put an incident at its most precise place with coordinates', () => {
    expect(incidentPosition(incident('a', ['am', 'am-vayots-dzor', 'am-jermuk']), places)).toEqual({ lat: 39.84, lon: 45.67 });
    expect(incidentPosition(incident('b', ['am']), places)).toEqual({ lat: 40, lon: 45 });
    expect(incidentPosition(incident('c', ['xx-unknown']), places)).toBeNull();
  });

  it('take the coordinates a map row carries, without the places having loaded', () => {
    const row = incident('d', ['am-jermuk'], { lat: 39.84, lon: 45.67 });
    expect(row.at).toEqual({ lat: 39.84, lon: 45.67 });
    expect(incidentPosition(row, new Map())).toEqual({ lat: 39.84, lon: 45.67 });
    expect(incident('e', ['am'], { lat: null, lon: null }).at).toBeNull();
  });

  it('spread incidents at one place so each can be clicked, and leave out those without a place', () => {
    const points = toMapPoints(
      [incident('a', ['am-jermuk']), incident('b', ['am-jermuk']), incident('c', ['am-jermuk']), incident('d', [])],
      places,
    );
    expect(points.map((p) => p.incident.id)).toEqual(['a', 'b', 'c']);
    expect(new Set(points.map((p) => `${p.lat},${p.lon}`)).size).toBe(3);
    for (const p of points) expect(Math.hypot(p.lat - 39.84, p.lon - 45.67)).toBeLessThan(0.01);
  });

  it('size markers by claimed dead when known, else by events, within bounds', () => {
    expect(markerRadius(incident('a', [], { claims: [{ side: 'AM', category: 'killed', low: 1, high: 100 }] }))).toBeGreaterThan(
      markerRadius(incident('b', [], { claims: [{ side: 'AM', category: 'killed', low: 1, high: 4 }] })),
    );
    expect(markerRadius(incident('c', [], { claims: [{ side: 'AM', category: 'killed', low: 1, high: 1e6 }] }))).toBe(26);
    expect(markerRadius(incident('d', [], { eventCount: 1 }))).toBeLessThan(markerRadius(incident('e', [], { eventCount: 4 })));
  });

  it('carry rings across the antimeridian instead of jumping back over the map', () => {
    const line = unwrapAntimeridian({
      type: 'LineString',
      coordinates: [
        [178, 60],
        [-179, 61],
        [-178, 62],
        [179, 63],
      ],
    } as GeoJSON.LineString);
    expect(line.coordinates.map((c) => c[0])).toEqual([178, 181, 182, 179]);
  });
});
