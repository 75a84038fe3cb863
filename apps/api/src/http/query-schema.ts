import { applyDecorators } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';
import { calendarDate, isKnownParty } from '@sitrep/domain';
import { InvalidAsOfError, parseAsOf } from '@sitrep/projections';
import { InvalidQueryParameterError } from './invalid-query-parameter.error.js';
import { openApiSchemaOf } from './openapi-schema.js';

/**
 * Query parameters as zod schemas: one object schema per route gives the
 * handler its typed values, the 422 INVALID_QUERY_PARAMETER answer (the first
 * failing field, in the schema's order; its message says what the field
 * expects) and, through `ApiQueryOf`, the OpenAPI parameters, which are also
 * what the KnownQueryParametersInterceptor accepts. `sitrep export` parses its
 * options with the same schemas.
 */
export type QuerySchema = z.ZodObject;

export const PARTY_EXPECTED = 'an ISO 3166-1 alpha-2 state code (AM, AZ) or an actor code from the actor table (SD-RSF, YE-HOUTHI, …)';
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

/** A repeated key arrives as an array: refused, since which one was meant is a guess. */
const once = () => z.string({ error: 'given once, as text' });

/** Text, trimmed; blank is absent. */
const text = (max = 200) =>
  once()
    .trim()
    .max(max, `at most ${max} characters`)
    .transform((s) => s || undefined)
    .optional();

/** A calendar date by the same rule as a report's `publishedOn` (2022-02-30 is refused, not rolled over). */
const day = () => calendarDate.optional();

/** One of `values`; anything else would silently match nothing. The 422 lists them as `accepted`. */
const oneOf = <T extends string>(values: readonly T[]) =>
  z.enum(values as [T, ...T[]], { error: `one of ${values.join(', ')}` }).optional();

/** A party code, case-insensitive (`am` is AM); an unknown code is refused rather than matching nothing. */
const party = () =>
  once()
    .trim()
    .max(40, PARTY_EXPECTED)
    .toUpperCase()
    .refine((s) => s === '' || isKnownParty(s), PARTY_EXPECTED)
    .transform((s) => s || undefined)
    .optional();

/** A page size, capped at `max` rather than refused. */
const limit = (fallback = DEFAULT_LIMIT, max = MAX_LIMIT) =>
  once()
    .refine((s) => /^\d{1,6}$/.test(s) && Number(s) >= 1, 'a whole number >= 1')
    .transform((s) => Math.min(Number(s), max))
    .optional()
    .transform((n) => n ?? fallback)
    .meta({ type: 'integer', minimum: 1, maximum: max });

/** A global position (or `min`, e.g. 1 for a stream version) written in plain decimal: "1e3", "0x10", "-1" and "1.5" are refused. */
const position = (min = 0) => {
  const expected = min === 0 ? 'a non-negative integer' : `an integer >= ${min}`;
  return once()
    .refine((s) => /^\d{1,16}$/.test(s) && Number.isSafeInteger(Number(s)) && Number(s) >= min, expected)
    .transform(Number)
    .optional()
    .meta({ type: 'integer', minimum: min });
};

/**
 * Some of `values`, as `a,b` or a repeated key (`k=a&k=b`); an unknown one is refused rather than
 * filtering everything out. The 422 lists them as `accepted`. Undefined when absent (no filter).
 */
const someOf = <T extends string>(values: readonly T[]) =>
  z
    .preprocess(
      (raw) =>
        (Array.isArray(raw) ? raw : [raw])
          .flatMap((v: unknown) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()) : [v]))
          .filter((v) => v !== ''),
      z
        .array(z.enum(values as [T, ...T[]], { error: `a comma-separated list among ${values.join(', ')}` }))
        .min(1, `at least one of ${values.join(', ')}`),
    )
    .transform((names): ReadonlySet<T> => new Set(names))
    .optional();

/** Recording time: a global position or an ISO 8601 timestamp (null: now). */
const asOf = () =>
  once()
    .transform((s, ctx) => {
      try {
        return parseAsOf(s);
      } catch (error) {
        if (!(error instanceof InvalidAsOfError)) throw error;
        ctx.issues.push({ code: 'custom', message: 'a global position or an ISO 8601 timestamp', input: s });
        return z.NEVER;
      }
    })
    .optional()
    .transform((v) => v ?? null);

/** `1|true|0|false` */
const flag = () =>
  z
    .enum(['1', 'true', '0', 'false'], { error: 'one of 1, true, 0, false' })
    .transform((v) => v === '1' || v === 'true')
    .optional()
    .transform((v) => v ?? false);

/** An opaque keyset cursor (base64url of a JSON pair) that `read` accepts; null when absent. */
const cursorOf = <T>(read: (pair: unknown[]) => T | null) =>
  once()
    .transform((s, ctx) => {
      try {
        const v = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as unknown;
        const cursor = Array.isArray(v) && v.length === 2 ? read(v) : null;
        if (cursor) return cursor;
      } catch {
        /* refused below */
      }
      ctx.issues.push({ code: 'custom', message: 'a cursor returned by a previous page', input: s });
      return z.NEVER;
    })
    .optional()
    .transform((v) => v ?? null);

/** The incident list's keyset: [dateFrom, id]. */
const cursor = () => cursorOf(([dateFrom, id]) => (typeof dateFrom === 'string' && typeof id === 'string' ? { dateFrom, id } : null));

/** The place list's keyset: [incidentCount, id]. */
const locationCursor = () =>
  cursorOf(([count, id]) => (Number.isSafeInteger(count) && typeof id === 'string' ? { count: count as number, id } : null));

/** The report list's keyset: [published day, id]. */
const reportCursor = () => cursorOf(([day, id]) => (typeof day === 'string' && typeof id === 'string' ? { day, id } : null));

export const query = { text, day, oneOf, someOf, party, limit, position, asOf, flag, cursor, locationCursor, reportCursor };

/** The `nextCursor` a later page's `cursor` field reads back: base64url of the keyset pair. */
export const encodeCursor = (pair: readonly [string | number, string]): string => Buffer.from(JSON.stringify(pair)).toString('base64url');

/** `from` and `to` (inclusive days); `from` after `to` can only be a mistake. */
export const dayRangeRule = (v: { from?: string; to?: string }, ctx: z.RefinementCtx) => {
  if (v.from !== undefined && v.to !== undefined && v.from > v.to)
    ctx.addIssue({ code: 'custom', path: ['to'], message: `on or after from (${v.from})`, input: v.to });
};

/** '' and null are absent, as a form leaves an empty field. */
const given = (raw: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== '' && v !== null && v !== undefined));

/** The first failing field, in the schema's order, as (parameter, value, expected, accepted). */
export interface QueryViolation {
  parameter: string;
  value: unknown;
  expected: string;
  accepted?: readonly unknown[];
}

export function queryViolation<S extends z.ZodType>(
  schema: S,
  raw: Record<string, unknown>,
): { ok: true; value: z.output<S> } | { ok: false; violation: QueryViolation } {
  const result = schema.safeParse(given(raw));
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0]!;
  const parameter = String(issue.path[0] ?? '');
  const accepted = issue.code === 'invalid_value' ? { accepted: issue.values } : {};
  return { ok: false, violation: { parameter, value: raw[parameter], expected: issue.message, ...accepted } };
}

/** The typed query, or 422 INVALID_QUERY_PARAMETER naming the first bad parameter. */
export function parseQuery<S extends z.ZodType>(schema: S, raw: Record<string, unknown>): z.output<S> {
  const result = queryViolation(schema, raw);
  if (result.ok) return result.value;
  const { parameter, value, expected, accepted } = result.violation;
  throw new InvalidQueryParameterError(parameter, value, expected, accepted ? { accepted } : {});
}

/** The OpenAPI parameters of a query schema: each field's JSON Schema (as a client writes it) and description. */
export const ApiQueryOf = (schema: QuerySchema) =>
  applyDecorators(
    ...Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) => {
      const { description, ...rest } = openApiSchemaOf(field);
      return ApiQuery({ name, required: !field.safeParse(undefined).success, description, schema: rest });
    }),
  );
