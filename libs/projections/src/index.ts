export type { ProjectionTables } from './projection-tables.js';
export type { Projection, ProjectionContext, ProjectionDb } from './runner/projection.js';
export {
  ProjectionRunner,
  UnknownProjectionError,
  type ProjectionRunnerOptions,
  type ProjectionStatus,
  type RebuildAccepted,
} from './runner/projection-runner.js';
export { AdvisoryLock } from './runner/advisory-lock.js';
export { createIncidentsProjection, INCIDENTS_PROJECTION } from './incidents/incidents.projection.js';
export { createCasualtiesProjection, CASUALTIES_PROJECTION } from './casualties/casualties.projection.js';
export * from './incidents/linking.rule.js';
export * from './casualties/casualty-summary.js';
export * from './locations/place-directory.js';
export { createReadSideProjections } from './read-side-projections.js';
export {
  listIncidents,
  getIncident,
  getIncidentCasualties,
  type IncidentSummary,
  type IncidentDetail,
} from './incidents/incidents.query.js';
export { listLocations, resolveLocation, type LocationView } from './locations/locations.query.js';
export { listCeasefires, type CeasefireView } from './ceasefires/ceasefires.query.js';
export { parseAsOf, resolveAsOf, positionAt, type AsOf } from './shared/as-of.js';
