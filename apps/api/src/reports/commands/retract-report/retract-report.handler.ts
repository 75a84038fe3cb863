import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { decide } from '@sitrep/domain';
import type { EventStore } from '@sitrep/event-store';
import { EVENT_STORE } from '../../../infrastructure/tokens.js';
import { MetricsService } from '../../../observability/metrics.service.js';
import { announceAppended, loadReport, retryOnConcurrentWrite, summarise } from '../../application/report-stream.js';
import { RetractReportCommand, type RetractReportResult } from './retract-report.command.js';

/**
 * Appends ReportRetracted at the stream's current version. Racing another
 * retraction, it decides again on the fresh stream, which then answers
 * REPORT_ALREADY_RETRACTED.
 */
@CommandHandler(RetractReportCommand)
export class RetractReportHandler implements ICommandHandler<RetractReportCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly eventBus: EventBus,
    private readonly metrics: MetricsService,
  ) {}

  execute(command: RetractReportCommand): Promise<RetractReportResult> {
    return retryOnConcurrentWrite.execute(() => this.once(command));
  }

  private async once(command: RetractReportCommand): Promise<RetractReportResult> {
    const { reportId, reason, retractedBy, metadata } = command;
    const { streamId, state, version } = await loadReport(this.store, reportId);
    const events = decide({ type: 'RetractReport', data: { reportId, reason, retractedBy }, metadata }, state);
    const result = await this.store.append(
      streamId,
      events.map((e) => ({ id: randomUUID(), type: e.type, data: e.data, metadata: { ...e.metadata } })),
      { expectedVersion: version },
    );
    announceAppended(this.metrics, this.eventBus, streamId, reportId, result.events);
    return { id: reportId, position: result.lastPosition, events: summarise(result.events) };
  }
}
