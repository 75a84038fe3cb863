import { InvalidEventStoreInputError } from './event-store.errors.js';
import type { ExpectedVersion, NewEvent, ReadAllOptions, ReadStreamOptions } from './event-store.types.js';

/** Above this, split the batch: one append is one transaction and one JSON parameter. */
export const MAX_EVENTS_PER_APPEND = 1_000;
export const MAX_STREAM_ID_LENGTH = 200;
export const DEFAULT_READ_ALL_LIMIT = 1_000;
export const MAX_READ_ALL_LIMIT = 10_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What PostgreSQL cannot store: NUL in text, and in jsonb the escape \u0000
 * (22P05) or a surrogate escape that is not part of a pair (22P02).
 * JSON.stringify writes NUL as \u0000 and a lone surrogate as \udXXX (a
 * paired one stays a raw character), so an unescaped backslash (an even run
 * of backslashes before it) followed by one of those is exactly that data.
 */
const UNSTORABLE_IN_JSON = /(?:^|[^\\])(?:\\\\)*\\u(?:0000|d[89a-f][0-9a-f]{2})/i;
/** The same in a plain string: NUL, or a lone surrogate (with the u flag, a pair is one code point). */
const UNSTORABLE_IN_TEXT = /[\u0000\p{Cs}]/u;

/** What the append SQL takes for the four modes (see sitrep_append_events). */
export interface ExpectedVersionParameter {
  kind: 'any' | 'no_stream' | 'stream_exists' | 'exact';
  version: number | null;
}

export function assertStreamId(streamId: unknown): asserts streamId is string {
  if (typeof streamId !== 'string' || streamId.trim() === '') {
    throw new InvalidEventStoreInputError('INVALID_STREAM_ID', 'stream id must be a non-empty string', { value: streamId });
  }
  if (UNSTORABLE_IN_TEXT.test(streamId)) {
    throw new InvalidEventStoreInputError('INVALID_STREAM_ID', 'stream id must not contain NUL characters or unpaired surrogates', {
      streamId,
    });
  }
  if (streamId.length > MAX_STREAM_ID_LENGTH || streamId !== streamId.trim()) {
    throw new InvalidEventStoreInputError(
      'INVALID_STREAM_ID',
      `stream id must be at most ${MAX_STREAM_ID_LENGTH} characters without surrounding spaces`,
      { streamId },
    );
  }
}

export function toExpectedVersionParameter(expected: ExpectedVersion | undefined, streamId: string): ExpectedVersionParameter {
  if (expected === undefined || expected === 'any') return { kind: 'any', version: null };
  if (expected === 'no_stream' || expected === 'stream_exists') return { kind: expected, version: null };
  if (typeof expected === 'number' && Number.isSafeInteger(expected) && expected >= 0) return { kind: 'exact', version: expected };
  throw new InvalidEventStoreInputError(
    'INVALID_EXPECTED_VERSION',
    `expectedVersion must be 'any', 'no_stream', 'stream_exists' or a non-negative integer, got ${JSON.stringify(expected)}`,
    { streamId, value: expected },
  );
}

/** The batch as the append function reads it: one JSON array, so a batch of any size is one parameter. */
export interface EventParameter {
  id: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: Record<string, unknown>;
  occurredAt: string | null;
}

/**
 * Validates a batch and turns it into the append function's parameter. Ids
 * are lower-cased because PostgreSQL's uuid prints them so: what a caller
 * reads back must compare equal to what the store returned at append time.
 */
export function toEventParameters(streamId: string, events: readonly NewEvent[]): EventParameter[] {
  if (!Array.isArray(events) || events.length === 0) {
    throw new InvalidEventStoreInputError('EMPTY_APPEND', `stream ${streamId}: an append needs at least one event`, { streamId });
  }
  if (events.length > MAX_EVENTS_PER_APPEND) {
    throw new InvalidEventStoreInputError(
      'APPEND_TOO_LARGE',
      `stream ${streamId}: ${events.length} events in one append, at most ${MAX_EVENTS_PER_APPEND}`,
      { streamId, value: events.length },
    );
  }
  const seen = new Set<string>();
  return events.map((event, index) => {
    const invalid = (field: string, why: string, value: unknown) =>
      new InvalidEventStoreInputError('INVALID_EVENT', `stream ${streamId}, event #${index}: ${field} ${why}`, {
        streamId,
        index,
        field,
        value,
        eventId: typeof event?.id === 'string' ? event.id : undefined,
      });
    if (event === null || typeof event !== 'object') throw invalid('event', 'must be an object', event);
    if (typeof event.id !== 'string' || !UUID.test(event.id)) throw invalid('id', 'must be a UUID', event.id);
    const id = event.id.toLowerCase();
    if (seen.has(id)) {
      throw new InvalidEventStoreInputError(
        'DUPLICATE_EVENT_ID_IN_BATCH',
        `stream ${streamId}: event id ${id} appears twice in one batch`,
        { streamId, index, eventId: id },
      );
    }
    seen.add(id);
    if (typeof event.type !== 'string' || event.type.trim() === '' || event.type.length > 200) {
      throw invalid('type', 'must be a non-empty string of at most 200 characters', event.type);
    }
    const schemaVersion = event.schemaVersion ?? 1;
    if (!Number.isInteger(schemaVersion) || schemaVersion < 1 || schemaVersion > 2_147_483_647) {
      throw invalid('schemaVersion', 'must be a positive integer', event.schemaVersion);
    }
    if (event.data === undefined) throw invalid('data', 'is required (use null or {} for "no payload")', event.data);
    if (event.metadata !== undefined && (event.metadata === null || typeof event.metadata !== 'object' || Array.isArray(event.metadata))) {
      throw invalid('metadata', 'must be an object', event.metadata);
    }
    let occurredAt: string | null = null;
    if (event.occurredAt !== undefined) {
      if (!(event.occurredAt instanceof Date) || Number.isNaN(event.occurredAt.getTime())) {
        throw invalid('occurredAt', 'must be a valid Date', event.occurredAt);
      }
      occurredAt = event.occurredAt.toISOString();
    }
    return {
      id,
      type: event.type,
      schemaVersion,
      data: event.data,
      metadata: (event.metadata ?? {}) as Record<string, unknown>,
      occurredAt,
    };
  });
}

/**
 * Serialises the batch once, failing with context instead of letting a
 * BigInt, a cycle, a NUL character or an unpaired surrogate (anywhere: type,
 * data, metadata, keys) surface as a driver or PostgreSQL error.
 */
export function serialiseEventParameters(streamId: string, events: readonly EventParameter[]): string {
  let json: string;
  try {
    json = JSON.stringify(events);
  } catch (cause) {
    const index = events.findIndex((e) => {
      try {
        JSON.stringify(e);
        return false;
      } catch {
        return true;
      }
    });
    throw new InvalidEventStoreInputError(
      'INVALID_EVENT',
      `stream ${streamId}, event #${index}: data or metadata is not JSON-serialisable (${(cause as Error).message})`,
      { streamId, index, eventId: events[index]?.id },
    );
  }
  if (UNSTORABLE_IN_JSON.test(json)) {
    const index = events.findIndex((e) => UNSTORABLE_IN_JSON.test(JSON.stringify(e)));
    throw new InvalidEventStoreInputError(
      'INVALID_EVENT',
      `stream ${streamId}, event #${index}: contains a NUL character or an unpaired surrogate, which PostgreSQL cannot store`,
      { streamId, index, eventId: events[index]?.id },
    );
  }
  return json;
}

export function toStreamRange(streamId: string, options: ReadStreamOptions = {}): { from: number; to: number | null } {
  const from = options.from ?? 1;
  const to = options.to ?? null;
  if (!Number.isSafeInteger(from) || from < 1) {
    throw new InvalidEventStoreInputError('INVALID_READ_OPTIONS', `readStream ${streamId}: from must be an integer >= 1`, {
      streamId,
      field: 'from',
      value: options.from,
    });
  }
  if (to !== null && (!Number.isSafeInteger(to) || to < 0)) {
    throw new InvalidEventStoreInputError('INVALID_READ_OPTIONS', `readStream ${streamId}: to must be an integer >= 0`, {
      streamId,
      field: 'to',
      value: options.to,
    });
  }
  return { from, to };
}

/** Most streams readStreams takes in one call: a page of reports, not the store. */
export const MAX_STREAMS_PER_READ = 1_000;

/** The distinct, valid stream ids of a readStreams call. */
export function toStreamIds(streamIds: readonly string[]): string[] {
  if (!Array.isArray(streamIds) || streamIds.length > MAX_STREAMS_PER_READ) {
    throw new InvalidEventStoreInputError('INVALID_READ_OPTIONS', `readStreams: at most ${MAX_STREAMS_PER_READ} stream ids in one call`, {
      field: 'streamIds',
      value: Array.isArray(streamIds) ? streamIds.length : streamIds,
    });
  }
  for (const streamId of streamIds) assertStreamId(streamId);
  return [...new Set(streamIds)];
}

export function toReadAllRange(options: ReadAllOptions = {}): { after: number; limit: number; omitDataFields: readonly string[] } {
  const after = options.after ?? 0;
  const limit = options.limit ?? DEFAULT_READ_ALL_LIMIT;
  if (!Number.isSafeInteger(after) || after < 0) {
    throw new InvalidEventStoreInputError('INVALID_READ_OPTIONS', 'readAll: after must be an integer >= 0', {
      field: 'after',
      value: options.after,
    });
  }
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_READ_ALL_LIMIT) {
    throw new InvalidEventStoreInputError('INVALID_READ_OPTIONS', `readAll: limit must be an integer in 1..${MAX_READ_ALL_LIMIT}`, {
      field: 'limit',
      value: options.limit,
    });
  }
  const omitDataFields = options.omitDataFields ?? [];
  if (
    !Array.isArray(omitDataFields) ||
    omitDataFields.length > MAX_OMITTED_DATA_FIELDS ||
    !omitDataFields.every((f) => typeof f === 'string' && f.length > 0)
  ) {
    throw new InvalidEventStoreInputError(
      'INVALID_READ_OPTIONS',
      `readAll: omitDataFields must be at most ${MAX_OMITTED_DATA_FIELDS} non-empty field names`,
      { field: 'omitDataFields', value: options.omitDataFields },
    );
  }
  return { after, limit, omitDataFields };
}

/** More than a handful of omitted fields would be a reader asking for a projection of its own. */
const MAX_OMITTED_DATA_FIELDS = 32;
