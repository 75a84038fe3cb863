import { z } from 'zod';

/**
 * The one calendar-date rule of Sitrep, for report bodies, query parameters,
 * CLI options and stored events alike: `YYYY-MM-DD` naming a day that exists
 * (zod's ISO date knows month lengths and leap years; PostgreSQL, year 0). `Date.parse` rolls
 * 2022-02-30 over to 2 March; this refuses it. Its JSON Schema is
 * `{type: string, format: date}`, so the OpenAPI document says the same.
 */
export const CALENDAR_DATE_EXPECTED = 'a calendar date YYYY-MM-DD';
export const calendarDate = z.iso.date({ error: CALENDAR_DATE_EXPECTED }).refine((v) => !v.startsWith('0000'), CALENDAR_DATE_EXPECTED);

export const isCalendarDate = (value: string): boolean => calendarDate.safeParse(value).success;

/** Publication dates may run ahead of UTC by a time zone, never by more than a day. */
export const MAX_PUBLICATION_LEAD_DAYS = 1;

/** The latest acceptable publication date when it is `now` (an ISO timestamp): tomorrow in UTC. */
export function latestPublicationDate(now: string): string {
  const limit = new Date(now);
  limit.setUTCDate(limit.getUTCDate() + MAX_PUBLICATION_LEAD_DAYS);
  return limit.toISOString().slice(0, 10);
}
