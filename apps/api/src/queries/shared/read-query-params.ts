import { z } from 'zod';
import type { AsOf } from '@sitrep/projections';
import { dayRangeRule, parseQuery, query } from '../../http/query-schema.js';

export { DEFAULT_LIMIT, MAX_LIMIT, PARTY_EXPECTED } from '../../http/query-schema.js';

/** One query parameter by its field of http/query-schema.ts (same rules, same 422), for routes without a whole-query schema yet. */
const field = <T extends z.ZodType>(name: string, schema: T, raw: unknown): z.output<T> =>
  (parseQuery(z.object({ [name]: schema }), { [name]: raw }) as Record<string, z.output<T>>)[name]!;

export const text = (name: string, raw: unknown, max = 200): string | undefined => field(name, query.text(max), raw);
export const day = (name: string, raw: unknown): string | undefined => field(name, query.day(), raw);
export const limit = (raw: unknown): number => field('limit', query.limit(), raw);
export const asOf = (raw: unknown): AsOf | null => field('asOf', query.asOf(), raw);

/** `from` and `to` (inclusive days); `from` after `to` can only be a mistake. */
export const dayRange = (q: Record<string, unknown>): { from?: string; to?: string } =>
  parseQuery(z.object({ from: query.day(), to: query.day() }).superRefine(dayRangeRule), { from: q.from, to: q.to });

/** Opaque keyset cursor: base64url of [dateFrom, id]. */
export function encodeCursor(next: { dateFrom: string; id: string } | null): string | null {
  return next ? Buffer.from(JSON.stringify([next.dateFrom, next.id])).toString('base64url') : null;
}

/** Opaque cursor of the place list: base64url of [incidentCount, id]. */
export const encodeLocationCursor = (count: number, id: string): string => Buffer.from(JSON.stringify([count, id])).toString('base64url');
