/**
 * Counts of the relinking's work in this process, for bench/growth-profile.ts (issue 17,
 * bench/optimisations.md items 38 and 40): plain additions, read and never reset by the projection.
 */
export const relinkCounts = {
  /** Events listed by kind and start date for the relinks. */
  listed: 0,
  /** Incidents asked by chooseIncident. */
  asked: 0,
};
