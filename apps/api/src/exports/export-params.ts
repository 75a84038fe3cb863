import { REPORT_STREAM_EVENT_TYPES } from '../../../../libs/domain/src/index.js';
import type { AsOf } from '../../../../libs/projections/src/shared/as-of.js';
import { InvalidQueryParameterError } from '../replay/query-params.js';
import { asOf, day, dayRange, incidentEventType, party, text } from '../queries/shared/read-query-params.js';

/**
 * The export filters, read by the same helpers as `/incidents` (same rules,
 * same 422 INVALID_QUERY_PARAMETER). Which parameters a format takes is its
 * `@ApiQuery` list: the global KnownQueryParametersInterceptor answers anything
 * else 400 UNKNOWN_PARAMETER before this runs, so there is no second list here.
 */
export interface ExportParams {
  location?: string;
  type?: string;
  party?: string;
  from?: string;
  to?: string;
  asOf: AsOf | null;
  publishedBefore?: string;
  bom: boolean;
}

export const BOM_VALUES = ['1', 'true', '0', 'false'] as const;

/** `bom=1|true|0|false`: a UTF-8 byte order mark first, for spreadsheet programs that need it to read UTF-8. */
function flag(name: string, raw: unknown): boolean {
  const s = text(name, raw, 5);
  if (s === undefined) return false;
  if (s === '1' || s === 'true') return true;
  if (s === '0' || s === 'false') return false;
  throw new InvalidQueryParameterError(name, raw, 'one of 1, true, 0, false', { accepted: BOM_VALUES });
}

/** NDJSON prints the whole history, so its `type` may also name a report lifecycle event (ReportSubmitted, …). */
function historyEventType(raw: unknown): string | undefined {
  const s = text('type', raw, 60);
  if (s === undefined) return undefined;
  if (!(REPORT_STREAM_EVENT_TYPES as readonly string[]).includes(s)) {
    throw new InvalidQueryParameterError('type', raw, `one of ${REPORT_STREAM_EVENT_TYPES.join(', ')}`, {
      accepted: REPORT_STREAM_EVENT_TYPES,
    });
  }
  return s;
}

export function parseExportParams(q: Record<string, unknown>, options: { csv: boolean; history: boolean }): ExportParams {
  return {
    location: text('location', q.location),
    type: options.history ? historyEventType(q.type) : incidentEventType(q.type),
    party: party(q.party),
    ...dayRange(q),
    asOf: asOf(q.asOf),
    publishedBefore: day('publishedBefore', q.publishedBefore),
    bom: options.csv ? flag('bom', q.bom) : false,
  };
}
