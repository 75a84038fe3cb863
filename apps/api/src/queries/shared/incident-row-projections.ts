/**
 * The projections an incident row is read from: incident rows carry their casualty ranges (joined
 * from the casualties projection), so a route that answers with them is fresh, cached or `asOf` a
 * position only once both projections have reached it. `@WaitFor(...INCIDENT_ROW_PROJECTIONS)`,
 * `@CachedRead(...INCIDENT_ROW_PROJECTIONS)`, `read.asOfPosition(asOf, INCIDENT_ROW_PROJECTIONS)`.
 */
export const INCIDENT_ROW_PROJECTIONS: readonly ['incidents', 'casualties'] = ['incidents', 'casualties'];
