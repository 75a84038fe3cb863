/**
 * Parsing of the replay endpoints' query strings. Values arrive as strings (or
 * arrays when a key is repeated); anything that is not exactly what the
 * endpoint takes is refused with `INVALID_QUERY_PARAMETER` rather than
 * silently clamped, except `limit`, which is capped because asking for "all"
 * is a reasonable thing for a client to try.
 */

import { DomainError } from '@sitrep/domain';
import { REPORT_STREAM_EVENT_TYPES } from '@sitrep/domain';
import { INCIDENT_DECISION_TYPES } from '@sitrep/domain';

export const INVALID_QUERY_PARAMETER = 'INVALID_QUERY_PARAMETER';

export class InvalidQueryParameterError extends DomainError {
  override readonly name = 'InvalidQueryParameterError';
  constructor(
    readonly parameter: string,
    readonly value: unknown,
    readonly expected: string,
    extra: Record<string, unknown> = {},
  ) {
    super(INVALID_QUERY_PARAMETER, `Parameter "${parameter}" must be ${expected}, got ${JSON.stringify(value)}.`, {
      parameter,
      expected,
      ...extra,
    });
  }
}

type Raw = unknown;

function single(name: string, raw: Raw): string | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (Array.isArray(raw)) throw new InvalidQueryParameterError(name, raw, 'given once');
  if (typeof raw === 'number') return String(raw);
  if (typeof raw !== 'string') throw new InvalidQueryParameterError(name, raw, 'a string');
  return raw;
}

/** A non-negative safe integer written in plain decimal ("", "1e3", "0x10", "-1" and "1.5" are refused). */
export function parsePosition(name: string, raw: Raw): number | undefined {
  const s = single(name, raw);
  if (s === undefined) return undefined;
  if (!/^\d{1,16}$/.test(s)) throw new InvalidQueryParameterError(name, raw, 'a non-negative integer');
  const n = Number(s);
  if (!Number.isSafeInteger(n)) throw new InvalidQueryParameterError(name, raw, 'a non-negative integer');
  return n;
}

/** A 1-based stream version. */
export function parseStreamVersion(name: string, raw: Raw): number | undefined {
  const n = parsePosition(name, raw);
  if (n === 0) throw new InvalidQueryParameterError(name, raw, 'a positive integer');
  return n;
}

export const DEFAULT_PAGE_LIMIT = 100;
export const MAX_PAGE_LIMIT = 1000;

export function parseLimit(raw: Raw, fallback = DEFAULT_PAGE_LIMIT, max = MAX_PAGE_LIMIT): number {
  const n = parsePosition('limit', raw);
  if (n === undefined) return fallback;
  if (n === 0) throw new InvalidQueryParameterError('limit', raw, 'a positive integer');
  return Math.min(n, max);
}

/** Every event type the history holds; a filter naming another type is a typo, not an empty answer. */
export const KNOWN_EVENT_TYPES: readonly string[] = [...REPORT_STREAM_EVENT_TYPES, ...INCIDENT_DECISION_TYPES];

/** `types=A,B` or `types=A&types=B`; undefined when absent (no filter). */
export function parseTypes(raw: Raw): ReadonlySet<string> | undefined {
  if (raw === undefined || raw === null) return undefined;
  const expected = `a comma-separated list of event types among ${KNOWN_EVENT_TYPES.join(', ')}`;
  const parts = (Array.isArray(raw) ? raw : [raw]).flatMap((v) => {
    if (typeof v !== 'string') throw new InvalidQueryParameterError('types', raw, expected);
    return v.split(',');
  });
  const names = parts.map((p) => p.trim()).filter((p) => p !== '');
  const unknown = names.filter((n) => !KNOWN_EVENT_TYPES.includes(n));
  if (names.length === 0 || unknown.length > 0) {
    throw new InvalidQueryParameterError('types', raw, expected, { unknown, accepted: KNOWN_EVENT_TYPES });
  }
  return new Set(names);
}

export interface EventsPageQuery {
  after: number;
  limit: number;
  types?: ReadonlySet<string>;
}

/** `cursor` (the `nextCursor` of the previous page) and `after` name the same position; give one. */
export function parseEventsPageQuery(query: Record<string, Raw>): EventsPageQuery {
  if (query.after !== undefined && query.cursor !== undefined) {
    throw new InvalidQueryParameterError('cursor', query.cursor, 'absent when "after" is given (they name the same position)');
  }
  const after = parsePosition('after', query.after) ?? parsePosition('cursor', query.cursor) ?? 0;
  return { after, limit: parseLimit(query.limit), types: parseTypes(query.types) };
}

export interface StreamQuery {
  from?: number;
  to?: number;
}

export function parseStreamQuery(query: Record<string, Raw>): StreamQuery {
  const from = parseStreamVersion('from', query.from);
  const to = parseStreamVersion('to', query.to);
  if (from !== undefined && to !== undefined && to < from) {
    throw new InvalidQueryParameterError('to', query.to, `at least from (${from})`);
  }
  return { from, to };
}

export interface EventStreamQuery {
  after: number;
  types?: ReadonlySet<string>;
}

/**
 * Where an SSE client resumes: `Last-Event-ID` (sent by EventSource on
 * reconnect) wins over `?after=`, since it is the more recent of the two.
 */
export function parseEventStreamQuery(query: Record<string, Raw>, lastEventId: Raw): EventStreamQuery {
  // An empty Last-Event-ID is what EventSource sends once an id was reset: no position.
  const header = typeof lastEventId === 'string' ? lastEventId.trim() || undefined : lastEventId;
  const fromHeader = parsePosition('Last-Event-ID', header);
  const after = fromHeader ?? parsePosition('after', query.after) ?? 0;
  return { after, types: parseTypes(query.types) };
}

/** Stream ids as the store writes them (`report-<hash>`, `incident-<id>`…); keeps junk out of SQL and logs. */
export function parseStreamId(raw: Raw): string {
  if (typeof raw !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9_.:@-]{0,199}$/.test(raw)) {
    throw new InvalidQueryParameterError('id', raw, 'a stream id');
  }
  return raw;
}
