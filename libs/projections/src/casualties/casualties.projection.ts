import type { RecordedEvent } from '../../../event-store/src/event-store.types.js';
import { INCIDENT_EVENT_TYPES } from '../../../extraction/src/extraction-record.js';
import type { ExtractedEventData } from '../../../domain/src/report/report.events.js';
import { incidentKindOf } from '../incidents/linking.rule.js';
import type { Projection, ProjectionDb } from '../runner/projection.js';
import { applyReportLifecycle, countingReport, REPORT_LIFECYCLE_TYPES } from '../shared/report-state.js';
import { claimantKey } from './casualty-summary.js';

export const CASUALTIES_PROJECTION = 'casualties';

/**
 * Casualty claims: one row per figure per extracted event, with its claimant,
 * outlet and quote. Keyed by event id, so whichever incident the event belongs
 * to (the incidents projection decides, merges and splits included) its claims follow.
 */
export function createCasualtiesProjection(options: { version?: number } = {}): Projection {
  return {
    name: CASUALTIES_PROJECTION,
    version: options.version ?? 1,
    canHandle: [...REPORT_LIFECYCLE_TYPES, ...INCIDENT_EVENT_TYPES],
    async apply(events, { trx, build }) {
      for (const event of events) await evolve(trx, build, event);
    },
    async dropBuild(db, build) {
      await db.deleteFrom('casualty_claims').where('build', '=', build).execute();
      await db.deleteFrom('projection_reports').where('projection', '=', CASUALTIES_PROJECTION).where('build', '=', build).execute();
    },
  };
}

async function evolve(trx: ProjectionDb, build: number, event: RecordedEvent): Promise<void> {
  const change = await applyReportLifecycle(trx, CASUALTIES_PROJECTION, build, event);
  if (change) {
    if (change.kind !== 'submitted') await withdraw(trx, build, change.reportId, event.position);
    return;
  }
  if (!incidentKindOf(event.type)) return;
  const data = event.data as ExtractedEventData;
  if (data.background || !data.casualties?.length) return;
  const report = await countingReport(trx, CASUALTIES_PROJECTION, build, event);
  if (!report) return;
  const claimant = claimantKey(data.claimant ?? { party: null, name: null }, report.source);
  await trx
    .insertInto('casualty_claims')
    .values(
      data.casualties.map((c, idx) => ({
        build,
        event_id: event.id,
        idx,
        report_id: report.report_id,
        claimant,
        claimant_party: data.claimant?.party ?? null,
        claimant_name: data.claimant?.name ?? null,
        outlet: report.source,
        quote: data.evidence?.text ?? '',
        side: c.party,
        affiliation: c.affiliation,
        category: c.category,
        min: c.min,
        max: c.max,
        approximate: c.approximate,
        vague: c.vague,
        valid_from: event.position,
        valid_to: null,
      })),
    )
    .onConflict((oc) => oc.columns(['build', 'event_id', 'idx', 'valid_from']).doNothing())
    .execute();
}

async function withdraw(trx: ProjectionDb, build: number, reportId: string, position: number): Promise<void> {
  // Born-and-withdrawn at one position never becomes visible.
  await trx.deleteFrom('casualty_claims').where('build', '=', build).where('report_id', '=', reportId).where('valid_to', 'is', null).where('valid_from', '=', String(position)).execute();
  // Only rows born before the withdrawal: replaying an old withdrawal never touches a newer extraction.
  await trx
    .updateTable('casualty_claims')
    .set({ valid_to: position })
    .where('build', '=', build)
    .where('report_id', '=', reportId)
    .where('valid_to', 'is', null)
    .where('valid_from', '<', String(position))
    .execute();
}
