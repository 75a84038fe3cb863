import { z } from 'zod';
import { INCIDENT_EVENT_TYPES } from '@sitrep/extraction';
import { readableIncidentPage, type ListIncidentsFilter } from '@sitrep/projections';
import { listIncidentMapRows, type IncidentMapRow } from '@sitrep/projections';
import type { ReadModel } from '../shared/read-model.service.js';
import { dayRangeRule, DEFAULT_LIMIT, encodeCursor, MAX_LIMIT, PARTY_EXPECTED, query } from '../../http/query-schema.js';
import type { IncidentPageDto } from './incident.dto.js';
import { INCIDENT_ROW_PROJECTIONS } from '../shared/incident-row-projections.js';

export const AS_OF_DESCRIPTION =
  'Recording time: a global position or an ISO 8601 timestamp; the answer is what the system had recorded then';

/** The query of a route whose only parameter is the recording time (one incident, the ceasefires). */
export const asOfQuery = () => z.object({ asOf: query.asOf().describe(AS_OF_DESCRIPTION) });

export const PUBLISHED_BEFORE_DESCRIPTION =
  'Publication time (YYYY-MM-DD): only what reports published up to this day say (a report without a date counts by the day its text refers to). ' +
  'For a history back-filled later, this answers "what was known on that day"; `asOf` answers "what had been recorded then".';

type Page = { fallback: number; max: number };

/** The filters shared by `GET /incidents`, `GET /incidents/map` and `GET /locations/:id/incidents`: types, checks and OpenAPI. */
const listFields = (page: Page) => ({
  party: query.party().describe(`Incidents involving this party: ${PARTY_EXPECTED}`),
  type: query.oneOf(INCIDENT_EVENT_TYPES).describe('Incidents with an event of this type'),
  from: query.day().describe('Incidents ending on or after this day (YYYY-MM-DD)'),
  to: query.day().describe('Incidents starting on or before this day; not before `from`'),
  asOf: query.asOf().describe(AS_OF_DESCRIPTION),
  publishedBefore: query.day().describe(PUBLISHED_BEFORE_DESCRIPTION),
  limit: query.limit(page.fallback, page.max).describe(`Page size, default ${page.fallback}, capped at ${page.max}`),
  cursor: query.cursor().describe('The `nextCursor` of the previous page'),
});

const LIST_PAGE: Page = { fallback: DEFAULT_LIMIT, max: MAX_LIMIT };

/** The incidents of one place (the place is in the path). */
export const placeIncidentListQuery = () => z.object(listFields(LIST_PAGE)).superRefine(dayRangeRule);

export const incidentListQuery = (page = LIST_PAGE) =>
  z
    .object({
      location: query.text().describe('Gazetteer id (am-jermuk) or an English or Arabic name (Jermuk, جرموك); includes places inside it'),
      ...listFields(page),
    })
    .superRefine(dayRangeRule);

export type IncidentListQuery = z.output<ReturnType<typeof placeIncidentListQuery>>;

/**
 * Rows one SQL query reads at most. Asked for 10,000 of ~21,000 incident rows, PostgreSQL left the list index for a
 * sequential scan and a sort that spilled to disk (~235 against ~85 ms, EXPLAIN ANALYZE in bench/results/dashboard.md);
 * at 5,000 it keeps the index. A larger page is read in such chunks, each from the last one's keyset cursor.
 */
const SQL_CHUNK = 5000;

/** Lists a page of the filtered incidents and makes its rows readable. */
export async function incidentPage(read: ReadModel, q: IncidentListQuery, placeIds: string[] | undefined): Promise<IncidentPageDto> {
  return chunkedPage(read, q, placeIds, async (filter) => {
    const page = await readableIncidentPage(read.db, read.directory, filter);
    return { items: page.items, next: page.next ?? null };
  });
}

/** A page of the filtered incidents as the map draws them (`GET /incidents/map`): no readable rows are built. */
export async function incidentMapPage(
  read: ReadModel,
  q: IncidentListQuery,
  placeIds: string[] | undefined,
): Promise<{ items: IncidentMapRow[]; nextCursor: string | null; asOf: { position: number | null } }> {
  return chunkedPage(read, q, placeIds, (filter) => listIncidentMapRows(read.db, read.directory, filter));
}

/** Reads a page of up to `q.limit` rows in SQL chunks of at most SQL_CHUNK, each from the last one's keyset cursor. */
async function chunkedPage<Row>(
  read: ReadModel,
  q: IncidentListQuery,
  placeIds: string[] | undefined,
  readChunk: (filter: ListIncidentsFilter) => Promise<{ items: Row[]; next: { dateFrom: string; id: string } | null }>,
): Promise<{ items: Row[]; nextCursor: string | null; asOf: { position: number | null } }> {
  const position = await read.asOfPosition(q.asOf, INCIDENT_ROW_PROJECTIONS);
  const items: Row[] = [];
  let after = q.cursor;
  let next: { dateFrom: string; id: string } | null;
  do {
    const chunk = await readChunk({
      placeIds,
      type: q.type,
      party: q.party,
      from: q.from,
      to: q.to,
      asOf: position,
      publishedBefore: q.publishedBefore,
      limit: Math.min(SQL_CHUNK, q.limit - items.length),
      after,
    });
    for (const row of chunk.items) items.push(row);
    next = chunk.next;
    after = next;
  } while (next && items.length < q.limit);
  return { items, nextCursor: next ? encodeCursor([next.dateFrom, next.id]) : null, asOf: { position } };
}
