import { z } from 'zod';
import { REPORT_STREAM_EVENT_TYPES } from '@sitrep/domain';
import { INCIDENT_EVENT_TYPES } from '@sitrep/extraction';
import { dayRangeRule, PARTY_EXPECTED, query } from '../http/query-schema.js';
import { AS_OF_DESCRIPTION, PUBLISHED_BEFORE_DESCRIPTION } from '../queries/incidents/incident-list.query.js';

/**
 * The export filters, one schema per kind of export, read by the same fields as
 * `/incidents` (same rules, same 422 INVALID_QUERY_PARAMETER); `sitrep export`
 * parses its options with them too. The schema is also the route's OpenAPI
 * parameter list, which the global KnownQueryParametersInterceptor enforces: a
 * misspelt filter is 400 UNKNOWN_PARAMETER, never an export of everything.
 */
const filters = <T extends string>(types: readonly T[], typeDescription: string) => ({
  location: query.text().describe('Gazetteer id or English/Arabic name; places inside it count'),
  type: query.oneOf(types).describe(typeDescription),
  party: query.party().describe(`Involving this party: ${PARTY_EXPECTED}`),
  from: query.day().describe('Going on at or after this day (YYYY-MM-DD)'),
  to: query.day().describe('Begun at or before this day; not before `from`'),
  asOf: query.asOf().describe(`${AS_OF_DESCRIPTION}; default: now, fixed when the export starts`),
  publishedBefore: query.day().describe(PUBLISHED_BEFORE_DESCRIPTION),
});

const incidentFilters = filters(INCIDENT_EVENT_TYPES, 'An event type, e.g. ShellingReported (ACLED: also selects the rows)');
const bom = query.flag().describe('1 or true: start with a UTF-8 byte order mark (for spreadsheet programs)');

/** ACLED and GED CSV. */
export const csvExportQuery = z.object({ ...incidentFilters, bom }).superRefine(dayRangeRule);
/** GeoJSON. */
export const incidentExportQuery = z.object(incidentFilters).superRefine(dayRangeRule);
/** NDJSON prints the whole history, so its `type` may also name a report lifecycle event (ReportSubmitted, …). */
export const historyExportQuery = z
  .object(filters(REPORT_STREAM_EVENT_TYPES, 'An event type, report lifecycle types (ReportSubmitted, …) included'))
  .superRefine(dayRangeRule);

export type ExportParams = z.output<typeof historyExportQuery> & { bom?: boolean };

export const exportQueryOf = (options: { csv: boolean; history: boolean }) =>
  options.history ? historyExportQuery : options.csv ? csvExportQuery : incidentExportQuery;
