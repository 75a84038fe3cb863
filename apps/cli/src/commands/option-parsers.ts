import { InvalidArgumentError } from 'commander';
import { z } from 'zod';
import { CALENDAR_DATE_EXPECTED, isCalendarDate } from '@sitrep/domain';

/**
 * commander option parsers made from zod schemas, so the CLI checks its
 * options by the same kind of rule as the API checks its query: a refusal is
 * commander's InvalidArgumentError ("error: option '--x <n>' argument 'y' is
 * invalid. <message>") and the command never runs.
 */
export function parsedBy<T>(schema: z.ZodType<T, string>): (value: string) => T {
  return (value) => {
    const result = schema.safeParse(value);
    if (!result.success) throw new InvalidArgumentError(result.error.issues[0]?.message ?? 'invalid value');
    return result.data;
  };
}

/** A whole number written in decimal digits only, from `min` to `max`. */
export function wholeNumber(min: number, max: number, expected = `a whole number from ${min} to ${max}`) {
  const error = `expected ${expected}`;
  const inRange = z.number().int({ error }).min(min, { error }).max(max, { error });
  return z
    .string()
    .regex(/^\d{1,16}$/, { error })
    .transform(Number)
    .pipe(inRange);
}

export const positionOption = parsedBy(wholeNumber(0, Number.MAX_SAFE_INTEGER, 'a non-negative integer (a global position)'));
export const batchSizeOption = parsedBy(wholeNumber(1, 10_000, '1 to 10000'));
export const portOption = parsedBy(wholeNumber(0, 65_535, 'a port from 0 to 65535'));
export const secondsOption = parsedBy(wholeNumber(0, 999_999, 'a whole number of seconds'));
export const positiveIntOption = (max: number) => parsedBy(wholeNumber(1, max));

/** A `--published`-style option: the same calendar-date rule as the API's. */
export const calendarDateOption = parsedBy(z.string().refine(isCalendarDate, { error: `expected ${CALENDAR_DATE_EXPECTED} that exists` }));
