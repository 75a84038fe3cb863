/**
 * Counts of the relinking's work in this process, for bench/growth-profile.ts (issue 17,
 * bench/optimisations.md items 38 and 40): plain additions, read and never reset by the projection.
 */
export const relinkCounts = {
  /** Relinks run (one per change of a kind, each reach further counted again). */
  relinks: 0,
  /** Events listed by kind and start date for the relinks. */
  listed: 0,
  /** Events the relinks were given (those the change can reach through places and parties). */
  regionEvents: 0,
  /** Incidents asked by chooseIncident. */
  asked: 0,
};
