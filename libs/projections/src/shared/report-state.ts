import type { RecordedEvent } from '../../../event-store/src/event-store.types.js';
import type { ExtractedEventData, ReportReextracted, ReportRetracted, ReportSubmitted } from '../../../domain/src/report/report.events.js';
import { reportIdFromStreamId } from '../../../domain/src/report/report.events.js';
import type { ProjectionDb } from '../runner/projection.js';
import type { ProjectionReportRow } from './projection-report.table.js';

export const REPORT_LIFECYCLE_TYPES = ['ReportSubmitted', 'ReportReextracted', 'ReportRetracted'] as const;

export type ReportChange = { kind: 'submitted' } | { kind: 'superseded'; reportId: string } | { kind: 'retracted'; reportId: string };

/**
 * Keeps a projection's own view of each report (outlet, the extraction that
 * counts, retraction). Returns what changed so the projection can withdraw the
 * rows of a superseded extraction or a retracted report.
 */
export async function applyReportLifecycle(
  trx: ProjectionDb,
  projection: string,
  build: number,
  event: RecordedEvent,
): Promise<ReportChange | null> {
  switch (event.type) {
    case 'ReportSubmitted': {
      const d = event.data as ReportSubmitted['data'];
      await trx
        .insertInto('projection_reports')
        .values({
          projection,
          build,
          report_id: d.reportId,
          source: d.source,
          title: d.title,
          url: d.url,
          language: d.language,
          published_on: d.publishedOn,
          reference_date: d.referenceDate,
          extraction_id: d.extractionId,
          retracted_at: null,
          submitted_at: event.position,
        })
        .onConflict((oc) => oc.columns(['projection', 'build', 'report_id']).doNothing())
        .execute();
      return { kind: 'submitted' };
    }
    case 'ReportReextracted': {
      const d = event.data as ReportReextracted['data'];
      await trx
        .updateTable('projection_reports')
        .set({ extraction_id: d.extractionId, reference_date: d.referenceDate })
        .where('projection', '=', projection)
        .where('build', '=', build)
        .where('report_id', '=', d.reportId)
        .execute();
      return { kind: 'superseded', reportId: d.reportId };
    }
    case 'ReportRetracted': {
      const d = event.data as ReportRetracted['data'];
      await trx
        .updateTable('projection_reports')
        .set({ retracted_at: event.position })
        .where('projection', '=', projection)
        .where('build', '=', build)
        .where('report_id', '=', d.reportId)
        .where('retracted_at', 'is', null)
        .execute();
      return { kind: 'retracted', reportId: d.reportId };
    }
    default:
      return null;
  }
}

/** The report behind an extracted event when the event counts: report known, not retracted, latest extraction. */
export async function countingReport(
  trx: ProjectionDb,
  projection: string,
  build: number,
  event: RecordedEvent,
): Promise<ProjectionReportRow | null> {
  const data = event.data as ExtractedEventData;
  const reportId = data.reportId ?? reportIdFromStreamId(event.streamId);
  if (!reportId) return null;
  const report = await trx
    .selectFrom('projection_reports')
    .selectAll()
    .where('projection', '=', projection)
    .where('build', '=', build)
    .where('report_id', '=', reportId)
    .executeTakeFirst();
  if (!report || report.retracted_at !== null) return null;
  if (report.extraction_id !== null && data.extractionId && report.extraction_id !== data.extractionId) return null;
  return report;
}
