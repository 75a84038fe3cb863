import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { decide, EXTRACTION_INPUT_FIELDS, metadataChanges, toReportStreamEvents } from '@sitrep/domain';
import type { EventStore } from '@sitrep/event-store';
import { EVENT_STORE } from '../../../infrastructure/tokens.js';
import { MetricsService } from '../../../observability/metrics.service.js';
import { REPORT_EXTRACTOR, type ReportExtractor } from '../../application/extractor.port.js';
import {
  announceAppended,
  AppendOvertaken,
  loadLiveReport,
  retryOnConcurrentWrite,
  STREAM_WRITE_ATTEMPTS,
  summarise,
} from '../../application/report-stream.js';
import { CorrectReportCommand, type CorrectReportResult } from './correct-report.command.js';

/**
 * load → what would change? (nothing: answer "unchanged") → when the date,
 * outlet or language changes, extract the text again with the corrected values →
 * decide → append at the version read, retrying on a concurrent write.
 */
@CommandHandler(CorrectReportCommand)
export class CorrectReportHandler implements ICommandHandler<CorrectReportCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(REPORT_EXTRACTOR) private readonly extractor: ReportExtractor,
    private readonly eventBus: EventBus,
    private readonly metrics: MetricsService,
  ) {}

  execute(command: CorrectReportCommand): Promise<CorrectReportResult> {
    return retryOnConcurrentWrite.execute(({ attempt }) => this.once(command, attempt + 1));
  }

  private async once(command: CorrectReportCommand, attempt: number): Promise<CorrectReportResult> {
    const { reportId, input, metadata } = command;
    const { streamId, state, version, recorded } = await loadLiveReport(this.store, reportId);

    const { changes, previous } = metadataChanges(state, input.changes);
    if (Object.keys(changes).length === 0) {
      return { id: reportId, outcome: 'unchanged', changes, previous, reextracted: false, position: recorded.at(-1)!.position, events: [] };
    }
    const needsExtraction = Object.keys(changes).some((f) => EXTRACTION_INPUT_FIELDS.includes(f));
    const corrected = { ...state, ...changes };
    const reextraction = needsExtraction
      ? {
          extraction: await this.extractor.extract({
            text: state.text,
            publishedOn: corrected.publishedOn,
            language: corrected.language ?? state.language,
            source: corrected.source,
          }),
          extractorVersion: await this.extractor.version(),
        }
      : undefined;
    const events = decide(
      {
        type: 'CorrectReportMetadata',
        data: { reportId, changes: input.changes, reason: input.reason, correctedBy: input.correctedBy, reextraction },
        metadata,
      },
      state,
    );
    const result = await this.store.append(streamId, toReportStreamEvents(streamId, events, version), { expectedVersion: version });
    if (result.alreadyAppended && attempt < STREAM_WRITE_ATTEMPTS) throw new AppendOvertaken(streamId);
    announceAppended(this.metrics, this.eventBus, streamId, reportId, result.events);
    return {
      id: reportId,
      outcome: 'corrected',
      changes,
      previous,
      reextracted: needsExtraction,
      position: result.lastPosition,
      events: summarise(result.events),
    };
  }
}
