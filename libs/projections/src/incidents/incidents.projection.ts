import { INCIDENT_EVENT_TYPES } from '../../../extraction/src/extraction-record.js';
import type { Projection } from '../runner/projection.js';
import { REPORT_LIFECYCLE_TYPES } from '../shared/report-book.js';
import { INCIDENT_DECISION_TYPES } from './incident-decisions.events.js';
import { IncidentsBatch, INCIDENTS_PROJECTION } from './incidents.batch.js';
import type { PlaceChain } from './linking.rule.js';

export { INCIDENTS_PROJECTION, incidentIdFor, partiesOf, spanOf } from './incidents.batch.js';

export interface IncidentsProjectionOptions {
  placeChain: PlaceChain;
  version?: number;
}

/**
 * Incidents: extracted events linked into incidents by the linking rule, minus
 * retracted reports and superseded extractions, plus analysts' merges and splits.
 * Keeps history: each change closes the current version of a row at the event's
 * position and inserts the next one (see IncidentsBatch for how a batch is applied).
 */
export function createIncidentsProjection(options: IncidentsProjectionOptions): Projection {
  const chain = options.placeChain;
  return {
    name: INCIDENTS_PROJECTION,
    version: options.version ?? 1,
    canHandle: [...REPORT_LIFECYCLE_TYPES, ...INCIDENT_EVENT_TYPES, ...INCIDENT_DECISION_TYPES],
    async apply(events, { trx, build }) {
      await new IncidentsBatch(trx, build, chain).apply(events);
    },
    async dropBuild(db, build) {
      await db.deleteFrom('incident_places').where('build', '=', build).execute();
      await db.deleteFrom('incident_members').where('build', '=', build).execute();
      await db.deleteFrom('incidents').where('build', '=', build).execute();
      await db.deleteFrom('projection_reports').where('projection', '=', INCIDENTS_PROJECTION).where('build', '=', build).execute();
    },
  };
}
