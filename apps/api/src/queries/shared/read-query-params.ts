import { isCalendarDate, isKnownParty } from '../../../../../libs/domain/src/index.js';
import { INCIDENT_EVENT_TYPES } from '../../../../../libs/extraction/src/extraction-record.js';
import { InvalidQueryParameterError } from '../../replay/query-params.js';
import { InvalidAsOfError, parseAsOf, type AsOf } from '../../../../../libs/projections/src/shared/as-of.js';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

function single(name: string, raw: unknown): string | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (typeof raw !== 'string') throw new InvalidQueryParameterError(name, raw, 'given once, as text');
  return raw;
}

export function text(name: string, raw: unknown, max = 200): string | undefined {
  const s = single(name, raw)?.trim();
  if (s !== undefined && s.length > max) throw new InvalidQueryParameterError(name, raw, `at most ${max} characters`);
  return s || undefined;
}

/** A calendar date by the same rule as a report's `publishedOn` (2022-02-30 is refused, not rolled over). */
export function day(name: string, raw: unknown): string | undefined {
  const s = single(name, raw);
  if (s === undefined) return undefined;
  if (!isCalendarDate(s)) throw new InvalidQueryParameterError(name, raw, 'a calendar date YYYY-MM-DD');
  return s;
}

/** `from` and `to` (inclusive days); `from` after `to` can only be a mistake. */
export function dayRange(q: Record<string, unknown>, fromName = 'from', toName = 'to'): { from?: string; to?: string } {
  const from = day(fromName, q[fromName]);
  const to = day(toName, q[toName]);
  if (from !== undefined && to !== undefined && from > to) {
    throw new InvalidQueryParameterError(toName, q[toName], `on or after ${fromName} (${from})`);
  }
  return { from, to };
}

/** An event type that makes incidents; anything else would silently match nothing. */
export function incidentEventType(raw: unknown): string | undefined {
  const s = text('type', raw, 60);
  if (s === undefined) return undefined;
  if (!(INCIDENT_EVENT_TYPES as readonly string[]).includes(s)) {
    throw new InvalidQueryParameterError('type', raw, `one of ${INCIDENT_EVENT_TYPES.join(', ')}`, { accepted: INCIDENT_EVENT_TYPES });
  }
  return s;
}

export const PARTY_EXPECTED = 'an ISO 3166-1 alpha-2 state code (AM, AZ) or an actor code from the actor table (SD-RSF, YE-HOUTHI, …)';

/** A party code, case-insensitive (`am` is AM); an unknown code is refused rather than matching nothing. */
export function party(raw: unknown): string | undefined {
  const s = text('party', raw, 40)?.toUpperCase();
  if (s === undefined) return undefined;
  if (!isKnownParty(s)) throw new InvalidQueryParameterError('party', raw, PARTY_EXPECTED);
  return s;
}

/** `limit`, capped at MAX_LIMIT rather than refused. */
export function limit(raw: unknown): number {
  const s = single('limit', raw);
  if (s === undefined) return DEFAULT_LIMIT;
  if (!/^\d{1,6}$/.test(s) || Number(s) < 1) throw new InvalidQueryParameterError('limit', raw, 'a whole number >= 1');
  return Math.min(Number(s), MAX_LIMIT);
}

export function asOf(raw: unknown): AsOf | null {
  try {
    return parseAsOf(single('asOf', raw));
  } catch (e) {
    if (e instanceof InvalidAsOfError) throw new InvalidQueryParameterError('asOf', raw, 'a global position or an ISO 8601 timestamp');
    throw e;
  }
}

/** Opaque keyset cursor: base64url of [dateFrom, id]. */
export function encodeCursor(next: { dateFrom: string; id: string } | null): string | null {
  return next ? Buffer.from(JSON.stringify([next.dateFrom, next.id])).toString('base64url') : null;
}

export function decodeCursor(raw: unknown): { dateFrom: string; id: string } | null {
  const s = single('cursor', raw);
  if (s === undefined) return null;
  try {
    const v = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string') return { dateFrom: v[0], id: v[1] };
  } catch {
    /* fall through */
  }
  throw new InvalidQueryParameterError('cursor', raw, 'a cursor returned by a previous page');
}

/** Opaque cursor of the place list: base64url of [incidentCount, id]. */
export const encodeLocationCursor = (count: number, id: string): string => Buffer.from(JSON.stringify([count, id])).toString('base64url');

export function decodeLocationCursor(raw: unknown): { count: number; id: string } | null {
  const s = single('cursor', raw);
  if (s === undefined) return null;
  try {
    const v = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 2 && Number.isSafeInteger(v[0]) && typeof v[1] === 'string')
      return { count: v[0] as number, id: v[1] };
  } catch {
    /* fall through */
  }
  throw new InvalidQueryParameterError('cursor', raw, 'a cursor returned by a previous page');
}
