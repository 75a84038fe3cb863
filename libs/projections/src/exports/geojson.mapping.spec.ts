import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { GeoJSON2DFeatureSchema } from 'zod-geojson';
import { claimView, exportEvent, exportIncident } from '../testing/export-fixtures.js';
import { toIncidentFeature } from './geojson.mapping.js';

describe('toIncidentFeature', () => {
  it('is an RFC 7946 Feature with a Point at the most precise place, [longitude, latitude]', () => {
    const feature = toIncidentFeature(exportIncident([exportEvent()], [claimView()]));
    expect(GeoJSON2DFeatureSchema.safeParse(feature).success).toBe(true);
    expect(feature.geometry).toEqual({ type: 'Point', coordinates: [45.6697, 39.8414] });
    expect(feature.properties).toMatchObject({
      id: 'inc-1',
      placeName: 'Jermuk',
      fatalities: 50,
      deathsBest: 50,
      partyNames: 'Armenia;Azerbaijan',
    });
    expect(feature.properties.casualties).toEqual([
      { side: 'AM', affiliation: 'military', category: 'killed', low: 50, high: 50, conservative: 50, claimants: ['AM'] },
    ]);
  });

  it('has a null geometry when no event names a place (RFC 7946 §3.2: an unlocated feature)', () => {
    const feature = toIncidentFeature(exportIncident([exportEvent({}, { locations: [] })]));
    // zod-geojson requires a geometry object, so the unlocated case is checked against the RFC's own wording.
    const unlocated = z.object({
      type: z.literal('Feature'),
      id: z.string(),
      geometry: z.null(),
      properties: z.record(z.string(), z.unknown()),
    });
    expect(unlocated.safeParse(feature).success).toBe(true);
    expect(feature.properties.placeId).toBeNull();
  });
});
