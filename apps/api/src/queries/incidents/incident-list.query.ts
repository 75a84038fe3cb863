import { applyDecorators } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import { INCIDENT_EVENT_TYPES } from '../../../../../libs/extraction/src/extraction-record.js';
import { readableIncidents } from '../../../../../libs/projections/src/incidents/incident-rows.js';
import { listIncidents, type ListIncidentsFilter } from '../../../../../libs/projections/src/incidents/incidents.query.js';
import type { ReadModel } from '../shared/read-model.service.js';
import {
  asOf,
  day,
  dayRange,
  decodeCursor,
  encodeCursor,
  incidentEventType,
  limit,
  party,
  PARTY_EXPECTED,
} from '../shared/read-query-params.js';
import type { IncidentPageDto } from './incident.dto.js';

export const AS_OF_QUERY = {
  name: 'asOf',
  required: false,
  type: String,
  description: 'Recording time: a global position or an ISO 8601 timestamp; the answer is what the system had recorded then',
} as const;

export const PUBLISHED_BEFORE_QUERY = {
  name: 'publishedBefore',
  required: false,
  type: String,
  format: 'date',
  description:
    'Publication time (YYYY-MM-DD): only what reports published up to this day say (a report without a date counts by the day its text refers to). ' +
    'For a history back-filled later, this answers "what was known on that day"; `asOf` answers "what had been recorded then".',
} as const;

/** The filters shared by `GET /incidents` and `GET /locations/:id/incidents`. */
export const ApiIncidentListQuery = (withLocation: boolean, limitDescription = 'Page size, default 50, capped at 200') =>
  applyDecorators(
    ...(withLocation
      ? [
          ApiQuery({
            name: 'location',
            required: false,
            type: String,
            description: 'Gazetteer id (am-jermuk) or an English or Arabic name (Jermuk, جرموك); includes places inside it',
          }),
        ]
      : []),
    ApiQuery({ name: 'party', required: false, type: String, description: `Incidents involving this party: ${PARTY_EXPECTED}` }),
    ApiQuery({ name: 'type', required: false, enum: INCIDENT_EVENT_TYPES, description: 'Incidents with an event of this type' }),
    ApiQuery({
      name: 'from',
      required: false,
      type: String,
      format: 'date',
      description: 'Incidents ending on or after this day (YYYY-MM-DD)',
    }),
    ApiQuery({
      name: 'to',
      required: false,
      type: String,
      format: 'date',
      description: 'Incidents starting on or before this day; not before `from`',
    }),
    ApiQuery(AS_OF_QUERY),
    ApiQuery(PUBLISHED_BEFORE_QUERY),
    ApiQuery({ name: 'limit', required: false, type: Number, description: limitDescription }),
    ApiQuery({ name: 'cursor', required: false, type: String, description: 'The `nextCursor` of the previous page' }),
  );

/** Parses the shared filters, lists a page and makes its rows readable. */
export async function incidentPage(
  read: ReadModel,
  q: Record<string, unknown>,
  placeIds: string[] | undefined,
  pageSize: (raw: unknown) => number = limit,
): Promise<IncidentPageDto> {
  const position = await read.asOfPosition(asOf(q.asOf));
  const publishedBefore = day('publishedBefore', q.publishedBefore);
  const filter: ListIncidentsFilter = {
    placeIds,
    type: incidentEventType(q.type),
    party: party(q.party),
    ...dayRange(q),
    asOf: position,
    publishedBefore,
    limit: pageSize(q.limit),
    after: decodeCursor(q.cursor),
  };
  const page = await listIncidents(read.db, filter);
  const items = await readableIncidents(read.db, read.directory, page.items, { asOf: position, publishedBefore });
  return { items, nextCursor: encodeCursor(page.next), asOf: { position } };
}
