import { z } from 'zod';
import { INCIDENT_DECISION_TYPES, REPORT_STREAM_EVENT_TYPES } from '@sitrep/domain';
import { parseQuery, query } from '../http/query-schema.js';

/**
 * The replay routes' query parameters, by the same zod fields as every other
 * route (http/query-schema.ts): a position is a plain non-negative integer,
 * a page size is capped rather than refused (asking for "all" is a reasonable
 * thing for a client to try), and anything else is 422 INVALID_QUERY_PARAMETER.
 */

/** Every event type the history holds; a filter naming another type is a typo, not an empty answer. */
export const KNOWN_EVENT_TYPES: readonly string[] = [...REPORT_STREAM_EVENT_TYPES, ...INCIDENT_DECISION_TYPES];

export const DEFAULT_PAGE_LIMIT = 100;
export const MAX_PAGE_LIMIT = 1000;

const types = (what: string) => query.someOf(KNOWN_EVENT_TYPES).describe(`Event types to ${what}: comma-separated, or the key repeated`);

/** `after` and `cursor` name the same position; the handler reads `after ?? cursor ?? 0`. */
export const eventsPageQuery = z
  .object({
    after: query.position().describe('Events strictly after this global position (default 0)'),
    cursor: query.position().describe('The `nextCursor` of the previous page (instead of `after`)'),
    limit: query
      .limit(DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT)
      .describe(`Page size, default ${DEFAULT_PAGE_LIMIT}, capped at ${MAX_PAGE_LIMIT}`),
    types: types('return; a page scans `limit` events and `next` moves past the skipped ones'),
  })
  .superRefine((q, ctx) => {
    if (q.after !== undefined && q.cursor !== undefined)
      ctx.addIssue({ code: 'custom', path: ['cursor'], message: 'absent when "after" is given (they name the same position)' });
  });

export const eventStreamQuery = z.object({
  after: query.position().describe('Events strictly after this global position (default 0); Last-Event-ID wins over it'),
  types: types('send'),
});

/** `Last-Event-ID`, which EventSource sends on reconnect; read as a position like `after`. */
const lastEventIdHeader = z.object({ 'Last-Event-ID': query.position() });

/**
 * Where an SSE client resumes: `Last-Event-ID` wins over `?after=`, since it is
 * the more recent of the two. An empty header (what EventSource sends once an id
 * was reset) is no position.
 */
export function resumePosition(lastEventId: string | undefined, after: number | undefined): number {
  const header = parseQuery(lastEventIdHeader, { 'Last-Event-ID': lastEventId?.trim() })['Last-Event-ID'];
  return header ?? after ?? 0;
}

export const streamQuery = z
  .object({
    from: query.position(1).describe('First stream version (inclusive, from 1)'),
    to: query.position(1).describe('Last stream version (inclusive); not before `from`'),
  })
  .superRefine((q, ctx) => {
    if (q.from !== undefined && q.to !== undefined && q.to < q.from)
      ctx.addIssue({ code: 'custom', path: ['to'], message: `at least from (${q.from})` });
  });

/** Stream ids as the store writes them (`report-<hash>`, `incident-<id>`…); keeps junk out of SQL and logs. */
export const streamIdParam = z.object({
  id: z.string({ error: 'a stream id' }).regex(/^[A-Za-z0-9][A-Za-z0-9_.:@-]{0,199}$/, 'a stream id'),
});
