/**
 * What a map row is, stated from the readable row of GET /incidents: the test's
 * reference for GET /incidents/map, which builds its rows without readable rows.
 */
const PRECISION_RANK: Record<string, number> = { settlement: 0, feature: 1, district: 2, border: 3, region: 4, country: 5 };

interface ReadableRow {
  id: string;
  kind: string;
  types: string[];
  dateFrom: string;
  dateTo: string;
  placeIds: string[];
  parties: string[];
  eventCount: number;
  headline: string;
  places: { lat: number | null; lon: number | null; precision: string | null }[];
  casualties: { category: string; low: number | null; high: number | null }[];
}

export function toMapRow(row: ReadableRow) {
  const placed = row.places
    .filter((p) => p.lat !== null && p.lon !== null)
    .sort((a, b) => (PRECISION_RANK[a.precision ?? 'country'] ?? 9) - (PRECISION_RANK[b.precision ?? 'country'] ?? 9));
  const killed = row.casualties.filter((c) => c.category === 'killed').map((c) => c.high ?? c.low ?? 0);
  return {
    id: row.id,
    kind: row.kind,
    types: row.types,
    dateFrom: row.dateFrom,
    dateTo: row.dateTo,
    placeIds: row.placeIds,
    parties: row.parties,
    eventCount: row.eventCount,
    headline: row.headline,
    lat: placed[0]?.lat ?? null,
    lon: placed[0]?.lon ?? null,
    fatalities: killed.length ? Math.max(...killed) : null,
  };
}
