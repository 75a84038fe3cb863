import { latestWarnings } from '../../commands/submit-report/submit-report.handler.js';
import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  isIncidentEvent,
  ReportNotFoundError,
  type ReportMetadataCorrected,
  type ReportRetracted,
  type ReportSubmitted,
} from '@sitrep/domain';
import type { EventStore } from '@sitrep/event-store';
import { EVENT_STORE } from '../../../infrastructure/tokens.js';
import { loadReport } from '../../application/report-stream.js';
import { GetReportQuery } from './get-report.query.js';
import type { ReportView } from './get-report.response.dto.js';

/** A report straight from its stream (the write model), so it is current the moment POST answers. */
@QueryHandler(GetReportQuery)
export class GetReportHandler implements IQueryHandler<GetReportQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ reportId }: GetReportQuery): Promise<ReportView> {
    const { streamId, recorded, state, version } = await loadReport(this.store, reportId);
    if (state.status === 'none') throw new ReportNotFoundError(reportId);
    const submitted = recorded.find((e) => e.type === 'ReportSubmitted')!.data as ReportSubmitted['data'];
    const retractedEvent = recorded.find((e) => e.type === 'ReportRetracted');
    const retracted = retractedEvent?.data as ReportRetracted['data'] | undefined;
    const active = state.status === 'active';
    const latestExtraction = (recorded.findLast((e) => e.type === 'ReportReextracted')?.data ?? submitted) as Pick<
      ReportSubmitted['data'],
      'referenceDate' | 'referenceDateSource'
    >;
    const corrections = recorded
      .filter((e) => e.type === 'ReportMetadataCorrected')
      .map((e) => ({ ...(e.data as ReportMetadataCorrected['data']), position: e.position }));
    return {
      id: reportId,
      streamId,
      status: state.status,
      version,
      extractorVersion: state.extractorVersion,
      extractionId: state.extractionId,
      warnings: latestWarnings(recorded),
      // Current values: corrections (ReportMetadataCorrected) and the latest extraction's reference date applied.
      report: {
        text: submitted.text,
        source: state.source,
        url: state.url,
        title: state.title,
        language: state.language,
        publishedOn: state.publishedOn,
        referenceDate: latestExtraction.referenceDate,
        referenceDateSource: latestExtraction.referenceDateSource,
        contentHash: submitted.contentHash,
        submittedAt: submitted.submittedAt,
      },
      corrections,
      retraction:
        retracted && retractedEvent
          ? {
              reason: retracted.reason,
              retractedBy: retracted.retractedBy,
              retractedAt: retracted.retractedAt,
              position: retractedEvent.position,
            }
          : null,
      events: recorded.map((e) => ({
        id: e.id,
        type: e.type,
        position: e.position,
        version: e.streamVersion,
        counts: active && isIncidentEvent(e) && (e.data as { extractionId?: string }).extractionId === state.extractionId,
        data: e.data,
        metadata: e.metadata,
        recordedAt: e.recordedAt instanceof Date ? e.recordedAt.toISOString() : String(e.recordedAt),
      })),
    };
  }
}
