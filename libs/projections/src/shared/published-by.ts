import { sql } from 'kysely';

/** What a report says about its own time: the two dates `publishedBefore` reads. */
export interface PublicationDates {
  publishedOn: string | null;
  referenceDate: string | null;
}

/**
 * `publishedBefore=D` (on /incidents, the exports and the dashboard) keeps what
 * reports published on or before D say. A report without a publication date
 * counts by the day its text refers to; one with neither has no place in time
 * and counts for no day. One rule, in the two forms the read side needs: the
 * SQL below for queries, this predicate for code reading reports one by one.
 */
export function isPublishedBy(report: PublicationDates | undefined, day: string): boolean {
  const published = report ? (report.publishedOn ?? report.referenceDate) : null;
  return published !== null && published <= day;
}

/** The same rule over a `projection_reports` row aliased `alias`. */
export const publishedBySql = (alias: string, day: string) =>
  sql<boolean>`coalesce(${sql.ref(`${alias}.published_on`)}, ${sql.ref(`${alias}.reference_date`)}) <= ${day}`;
