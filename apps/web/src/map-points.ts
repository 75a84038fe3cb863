// Where incidents go on the map and how big they are drawn: pure functions,
// kept apart from Leaflet so they run (and are tested) without a DOM.
import type { Incident, Place } from './api.js';

export interface MapPoint {
  incident: Incident;
  lat: number;
  lon: number;
}

const PRECISION_RANK: Record<string, number> = { settlement: 0, feature: 1, district: 2, border: 3, region: 4, country: 5 };

/** The most precise place of the incident that has coordinates. */
export function incidentPosition(i: Incident, places: ReadonlyMap<string, Place>): { lat: number; lon: number } | null {
  if (i.at) return { ...i.at };
  const candidates = [...i.places, ...i.placeIds.map((id) => places.get(id)).filter((p): p is Place => !!p)].filter(
    (p) => p.lat !== null && p.lon !== null,
  );
  if (!candidates.length) return null;
  candidates.sort((a, b) => (PRECISION_RANK[a.precision ?? 'country'] ?? 9) - (PRECISION_RANK[b.precision ?? 'country'] ?? 9));
  return { lat: candidates[0].lat!, lon: candidates[0].lon! };
}

/**
 * Incidents at the same place would sit on one pixel at every zoom and could
 * never be told apart: they are spread on a small ring (about 150 m), which
 * also stays below the precision of a settlement.
 */
export function toMapPoints(incidents: readonly Incident[], places: ReadonlyMap<string, Place>): MapPoint[] {
  const byPlace = new Map<string, MapPoint[]>();
  for (const incident of incidents) {
    const pos = incidentPosition(incident, places);
    if (!pos) continue;
    const key = `${pos.lat},${pos.lon}`;
    const group = byPlace.get(key) ?? [];
    group.push({ incident, ...pos });
    byPlace.set(key, group);
  }
  const points: MapPoint[] = [];
  for (const group of byPlace.values()) {
    group.forEach((p, k) => {
      if (k > 0) {
        const ring = Math.ceil(Math.sqrt(k));
        const angle = k * 2.399963; // golden angle: no two on one line
        p.lat += Math.sin(angle) * 0.0014 * ring;
        p.lon += Math.cos(angle) * 0.0018 * ring;
      }
      points.push(p);
    });
  }
  return points;
}

/** Radius in pixels: the area grows with the claimed dead; incidents without figures are sized by their events. */
export function markerRadius(i: Incident): number {
  if (i.fatalities !== null && i.fatalities > 0) return Math.min(26, 6 + 2.2 * Math.sqrt(i.fatalities));
  return Math.min(12, 5 + i.eventCount);
}

/**
 * Natural Earth rings that cross the antimeridian (Russia, Fiji) jump from
 * 180° to -180°, which a spherical projection cuts but Leaflet's plane draws
 * as a band across the whole map: longitudes are carried on past ±180 instead.
 */
export function unwrapAntimeridian<T extends GeoJSON.GeoJSON>(geo: T): T {
  const unwrap = (points: number[][]) => {
    let shift = 0;
    return points.map((p, k) => {
      const jump = k > 0 ? p[0] - points[k - 1][0] : 0;
      if (jump > 180) shift -= 360;
      else if (jump < -180) shift += 360;
      return shift ? [p[0] + shift, p[1]] : p;
    });
  };
  const geometry = (g: GeoJSON.Geometry): GeoJSON.Geometry => {
    switch (g.type) {
      case 'Polygon':
        return { ...g, coordinates: g.coordinates.map(unwrap) };
      case 'MultiPolygon':
        return { ...g, coordinates: g.coordinates.map((poly) => poly.map(unwrap)) };
      case 'LineString':
        return { ...g, coordinates: unwrap(g.coordinates) };
      case 'MultiLineString':
        return { ...g, coordinates: g.coordinates.map(unwrap) };
      case 'GeometryCollection':
        return { ...g, geometries: g.geometries.map(geometry) };
      default:
        return g;
    }
  };
  if (geo.type === 'FeatureCollection')
    return { ...geo, features: geo.features.map((f) => ({ ...f, geometry: f.geometry && geometry(f.geometry) })) };
  if (geo.type === 'Feature') return { ...geo, geometry: geo.geometry && geometry(geo.geometry) };
  return geometry(geo as GeoJSON.Geometry) as T;
}
