import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { decide, toReportStreamEvents, type ReportReextracted } from '@sitrep/domain';
import type { EventStore, NewEvent } from '@sitrep/event-store';
import { EVENT_STORE } from '../../../infrastructure/tokens.js';
import { MetricsService } from '../../../observability/metrics.service.js';
import { REPORT_EXTRACTOR, type ReportExtractor } from '../../application/extractor.port.js';
import {
  announceAppended,
  AppendOvertaken,
  liveReport,
  loadLiveReport,
  type LoadedReport,
  retryOnConcurrentWrite,
  STREAM_WRITE_ATTEMPTS,
  summarise,
} from '../../application/report-stream.js';
import { REEXTRACTION_UNCHANGED, ReextractReportCommand, type ReextractReportResult } from './reextract-report.command.js';

/**
 * load → (same extractor version? done) → extract the stored text again →
 * decide → append at the version that was read. Event ids are derived from
 * the stream position, so two racing re-extractions by the same extractor
 * propose identical events: the loser re-reads and answers "unchanged".
 */
@CommandHandler(ReextractReportCommand)
export class ReextractReportHandler implements ICommandHandler<ReextractReportCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(REPORT_EXTRACTOR) private readonly extractor: ReportExtractor,
    private readonly eventBus: EventBus,
    private readonly metrics: MetricsService,
  ) {}

  execute(command: ReextractReportCommand): Promise<ReextractReportResult> {
    return this.reextract(command);
  }

  /**
   * The command, its first attempt deciding on `loaded` when given (the report as a batch read it,
   * ReextractReportsHandler); a retry after a concurrent write reads the stream again as always.
   */
  reextract(command: ReextractReportCommand, loaded?: LoadedReport): Promise<ReextractReportResult> {
    return retryOnConcurrentWrite.execute(({ attempt }) => this.once(command, attempt + 1, attempt === 0 ? loaded : undefined));
  }

  private async once(command: ReextractReportCommand, attempt: number, loaded?: LoadedReport): Promise<ReextractReportResult> {
    const { reportId, metadata, force } = command;
    const { streamId, state, version, recorded } = loaded ? liveReport(reportId, loaded) : await loadLiveReport(this.store, reportId);

    const extractorVersion = await this.extractor.version();
    const unchanged = (): ReextractReportResult => ({
      id: reportId,
      outcome: 'unchanged',
      code: REEXTRACTION_UNCHANGED,
      detail: `Report ${reportId} is already extracted by extractor ${extractorVersion}; use force to extract it again anyway.`,
      extractorVersion,
      position: recorded.at(-1)!.position,
      events: [],
    });
    // Checked before extracting: a no-op should cost one read, not an extraction.
    if (!force && state.extractorVersion === extractorVersion) return unchanged();

    const extraction = await this.extractor.extract({
      text: state.text,
      publishedOn: state.publishedOn,
      language: state.language,
      source: state.source,
    });
    const events = decide({ type: 'ReextractReport', data: { reportId, extraction, extractorVersion, force }, metadata }, state);
    if (events.length === 0) return unchanged();

    const toAppend: NewEvent[] = toReportStreamEvents(streamId, events, version);
    const result = await this.store.append(streamId, toAppend, { expectedVersion: version });
    // Someone appended these very events first (same extractor, same position): read again to report it.
    if (result.alreadyAppended) {
      if (attempt < STREAM_WRITE_ATTEMPTS) throw new AppendOvertaken(streamId);
      return unchanged();
    }

    announceAppended(this.metrics, this.eventBus, streamId, reportId, result.events);
    const reextracted = events[0] as ReportReextracted;
    return {
      id: reportId,
      outcome: 'reextracted',
      extractorVersion,
      previousExtractorVersion: reextracted.data.previousExtractorVersion,
      extractionId: reextracted.data.extractionId,
      extractionNumber: reextracted.data.extractionNumber,
      eventCount: reextracted.data.eventCount,
      position: result.lastPosition,
      events: summarise(result.events),
    };
  }
}
