import type { AsOf } from '../../../../libs/projections/src/shared/as-of.js';
import { InvalidQueryParameterError } from '../replay/query-params.js';
import { asOf, day, text } from '../queries/shared/read-query-params.js';

/** The parameters every export takes; anything else is refused, so a misspelt filter never exports everything. */
const COMMON = ['location', 'type', 'party', 'from', 'to', 'asOf', 'publishedBefore'] as const;
/** Read-your-writes concerns the projections, so only the formats read from them take it. */
const PROJECTION_ONLY = ['waitFor', 'waitTimeout'] as const;
const CSV_ONLY = ['bom'] as const;

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

/** `bom=1|true|0|false`: a UTF-8 byte order mark first, for spreadsheet programs that need it to read UTF-8. */
function flag(name: string, raw: unknown): boolean {
  const s = text(name, raw, 5);
  if (s === undefined) return false;
  if (s === '1' || s === 'true') return true;
  if (s === '0' || s === 'false') return false;
  throw new InvalidQueryParameterError(name, raw, '1, true, 0 or false');
}

export function parseExportParams(q: Record<string, unknown>, options: { csv: boolean; projections: boolean }): ExportParams {
  const allowed = new Set<string>([...COMMON, ...(options.projections ? PROJECTION_ONLY : []), ...(options.csv ? CSV_ONLY : [])]);
  for (const key of Object.keys(q)) {
    if (!allowed.has(key)) throw new InvalidQueryParameterError(key, q[key], `one of the export's parameters (${[...allowed].join(', ')})`);
  }
  return {
    location: text('location', q.location),
    type: text('type', q.type, 60),
    party: text('party', q.party, 20),
    from: day('from', q.from),
    to: day('to', q.to),
    asOf: asOf(q.asOf),
    publishedBefore: day('publishedBefore', q.publishedBefore),
    bom: options.csv ? flag('bom', q.bom) : false,
  };
}
