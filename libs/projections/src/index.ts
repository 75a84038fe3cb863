export type { ProjectionTables } from './projection-tables.js';
export type { Projection, ProjectionContext, ProjectionDb } from './runner/projection.js';
export {
  ProjectionRunner,
  RebuildFailedError,
  UnknownProjectionError,
  type ProjectionRunnerOptions,
  type ProjectionStatus,
  type RebuildAccepted,
} from './runner/projection-runner.js';
export { AdvisoryLock } from './runner/advisory-lock.js';
export { createIncidentsProjection, INCIDENTS_PROJECTION } from './incidents/incidents.projection.js';
export { createCasualtiesProjection, CASUALTIES_PROJECTION } from './casualties/casualties.projection.js';
export * from './incidents/linking.rule.js';
export { relinkCounts } from './incidents/relink-counts.js';
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
export { pollWithBackoff, type PollOptions } from './shared/poll-with-backoff.js';
export { ACLED_COLUMNS, toAcledRow } from './exports/acled.mapping.js';
export { EXPORT_PAGE_SIZE, countIncidents, currentExportPosition, exportIncidentPages } from './exports/export-incidents.query.js';
export type { ExportFilter, ExportIncident } from './exports/export-model.js';
export { GED_COLUMNS, toGedRow } from './exports/ged.mapping.js';
export { toIncidentFeature } from './exports/geojson.mapping.js';
export { HistoryFilter, withEventCodes } from './exports/history-filter.js';
export { InvalidAsOfError, activeBuild, validAt } from './shared/as-of.js';
export { currentMemberIds, successorOf } from './incidents/incidents.query.js';
export type { ListIncidentsFilter } from './incidents/incidents.query.js';
export { readableIncidents } from './incidents/incident-rows.js';
export { readableIncidentPage } from './incidents/incident-page.query.js';
export { listReports } from './reports/reports.query.js';
export { gazetteerDirectory } from './locations/gazetteer-directory.js';
export type { BuildStatus } from './runner/projection-runner.js';
export { listIncidentMapRows, type IncidentMapRow, type IncidentMapPage } from './incidents/incident-map.query.js';
