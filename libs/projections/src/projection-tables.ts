import type { CasualtyClaimTable } from './casualties/casualty-claim.table.js';
import type { IncidentMemberTable } from './incidents/incident-member.table.js';
import type { IncidentTable } from './incidents/incident.table.js';
import type { IncidentPlaceTable } from './locations/incident-place.table.js';
import type { ProjectionCheckpointTable } from './runner/projection-checkpoint.table.js';
import type { ProjectionRegistryTable } from './runner/projection-registry.table.js';
import type { ProjectionReportTable } from './shared/projection-report.table.js';

/** The read side's tables, composed by the lead into the app's `Database`. */
export interface ProjectionTables {
  projection_registry: ProjectionRegistryTable;
  projection_checkpoints: ProjectionCheckpointTable;
  projection_reports: ProjectionReportTable;
  incidents: IncidentTable;
  incident_members: IncidentMemberTable;
  incident_places: IncidentPlaceTable;
  casualty_claims: CasualtyClaimTable;
}
