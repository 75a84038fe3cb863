import { INCIDENT_EVENT_TYPES } from '@sitrep/extraction';
import type { Projection } from '../runner/projection.js';
import { REPORT_LIFECYCLE_TYPES } from '../shared/report-book.js';
import { INCIDENT_DECISION_TYPES } from '@sitrep/domain';
import { CurrentIncidents, DEFAULT_CURRENT_INCIDENTS_LIMIT } from './current-incidents.js';
import { DEFAULT_HELD_MEMBERS_LIMIT } from './held-members.js';
import { IncidentsBatch, INCIDENTS_PROJECTION } from './incidents.batch.js';
import type { PlaceChain } from './linking.rule.js';

export { INCIDENTS_PROJECTION } from './incidents.batch.js';

export interface IncidentsProjectionOptions {
  placeChain: PlaceChain;
  version?: number;
  /**
   * At most this many current incidents held in memory per build while it catches up (default
   * 50,000, ~50 MiB of heap); look-ups of the others go to the table (see CurrentIncidents).
   */
  currentIncidentsLimit?: number;
  /**
   * At most this many of the held incidents' current members held beside them while a build
   * catches up (default 150,000); the members of the others are read from the table (see HeldMembers).
   */
  heldMembersLimit?: number;
}

/**
 * Incidents: extracted events linked into incidents by the linking rule, minus
 * retracted reports and superseded extractions, plus analysts' merges and splits.
 * Keeps history: each change closes the current version of a row at the event's
 * position and inserts the next one (see IncidentsBatch for how a batch is applied).
 */
export function createIncidentsProjection(options: IncidentsProjectionOptions): Projection {
  const chain = options.placeChain;
  const limit = Math.max(0, options.currentIncidentsLimit ?? DEFAULT_CURRENT_INCIDENTS_LIMIT);
  const membersLimit = Math.max(0, options.heldMembersLimit ?? DEFAULT_HELD_MEMBERS_LIMIT);
  /** Per build, its current incidents while it catches up (see CurrentIncidents). */
  const currentByBuild = new Map<number, CurrentIncidents>();
  return {
    name: INCIDENTS_PROJECTION,
    version: options.version ?? 1,
    canHandle: [...REPORT_LIFECYCLE_TYPES, ...INCIDENT_EVENT_TYPES, ...INCIDENT_DECISION_TYPES],
    lookups: [
      { table: 'incidents', columns: ['build', 'id', 'kind', 'date_from', 'date_to', 'valid_from', 'valid_to'] },
      { table: 'incident_members', columns: ['build', 'event_id', 'incident_id', 'report_id', 'valid_from', 'valid_to'] },
      { table: 'incident_places', columns: ['build', 'incident_id', 'place_id', 'valid_to'] },
      { table: 'projection_reports', columns: ['projection', 'build', 'report_id'] },
    ],
    // A submission's text, content hash and warnings (a fifth of the bench history's data bytes): no row here is made of them.
    unreadDataFields: ['text', 'contentHash', 'warnings'],
    tables: ['incidents', 'incident_members', 'incident_places', 'projection_reports'],
    queryOnlyIndexes: [
      'incidents_current_list_idx',
      'incidents_history_idx',
      'incident_places_place_idx',
      'incident_places_current_date_idx',
    ],
    async apply(events, { trx, build, after, to, catchingUp }) {
      let current = currentByBuild.get(build);
      // Carried over when the previous batch left the state as of this batch's start.
      if (!current?.isAt(after)) {
        if (!catchingUp) {
          // Live: a few events per batch, looked up in the table; no state held in memory.
          currentByBuild.delete(build);
          return new IncidentsBatch(trx, build, chain).apply(events);
        }
        current = await CurrentIncidents.load(trx, build, after, limit, membersLimit);
      }
      // The last page of a catch-up still uses the state it carries, then lets it go.
      if (catchingUp) {
        currentByBuild.set(build, current);
        // A worker applies at most two builds (serving, rebuilding); a build dropped by a rebuild
        // started elsewhere never comes back (build numbers only grow), so its state goes.
        for (const b of currentByBuild.keys()) if (currentByBuild.size > 2 && b < build) currentByBuild.delete(b);
      } else currentByBuild.delete(build);
      // Stale until this batch has written its rows; stamped with the batch's end once they are.
      current.begin();
      await new IncidentsBatch(trx, build, chain, current).apply(events);
      current.trim();
      current.end(to);
    },
    async dropBuild(db, build) {
      currentByBuild.delete(build);
      await db.deleteFrom('incident_places').where('build', '=', build).execute();
      await db.deleteFrom('incident_members').where('build', '=', build).execute();
      await db.deleteFrom('incidents').where('build', '=', build).execute();
      await db.deleteFrom('projection_reports').where('projection', '=', INCIDENTS_PROJECTION).where('build', '=', build).execute();
    },
  };
}
