import { z } from 'zod';
import { calendarDate } from '../shared/calendar-date.js';

/**
 * What may be appended is checked against a zod schema per event type before
 * it reaches the store (the store keeps history forever, so a malformed event
 * is a permanent defect). Objects are strict: an unknown field would be stored
 * forever unchecked.
 */
export interface EventSchema {
  data: z.ZodType;
  metadata: z.ZodType;
}
export type EventSchemas = Readonly<Record<string, EventSchema>>;

export { calendarDate };
export const isoTimestamp = z.iso.datetime({ offset: true });

/** `$.casualties[0].max` */
export const jsonPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((p, key) => (typeof key === 'number' ? `${p}[${key}]` : `${p}.${String(key)}`), '$');

/**
 * The first violation as `path: reason`, or null when the value conforms.
 *
 * ```ts
 * firstViolation(z.strictObject({ lat: z.number().max(90) }), { lat: 91 }); // → '$.lat: Too big: expected number to be <=90'
 * ```
 */
export function firstViolation(schema: z.ZodType, value: unknown): string | null {
  const result = schema.safeParse(value);
  if (result.success) return null;
  const issue = result.error.issues[0]!;
  if (issue.code === 'unrecognized_keys')
    return `${jsonPath(issue.path)}: unknown field(s) ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
  return `${jsonPath(issue.path)}: ${issue.message}`;
}
