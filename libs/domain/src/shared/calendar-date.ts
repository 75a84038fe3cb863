/**
 * The one calendar-date rule of Sitrep, for report bodies, query parameters and
 * CLI options alike: `YYYY-MM-DD` naming a day that exists. `Date.parse` rolls
 * 2022-02-30 over to 2 March; this refuses it.
 */
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: string): boolean {
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // Date.UTC would map years 0-99 to 1900-1999
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Publication dates may run ahead of UTC by a time zone, never by more than a day. */
export const MAX_PUBLICATION_LEAD_DAYS = 1;

/** The latest acceptable publication date when it is `now` (an ISO timestamp): tomorrow in UTC. */
export function latestPublicationDate(now: string): string {
  const limit = new Date(now);
  limit.setUTCDate(limit.getUTCDate() + MAX_PUBLICATION_LEAD_DAYS);
  return limit.toISOString().slice(0, 10);
}
