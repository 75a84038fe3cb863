import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import {
  contentHash,
  CORRECTABLE_REPORT_FIELDS,
  decide,
  foldReport,
  type ReportState,
  type SubmitReportInput,
  deriveReportId,
  initialState,
  toReportStreamEvents,
  reportStreamId,
} from '@sitrep/domain';
import type { EventStore, NewEvent, RecordedEvent } from '@sitrep/event-store';
import { EVENT_STORE } from '../../../infrastructure/tokens.js';
import { MetricsService } from '../../../observability/metrics.service.js';
import { REPORT_EXTRACTOR, type ReportExtractor } from '../../application/extractor.port.js';
import { announceAppended, isLostSubmissionRace, summarise, toDomainEvent } from '../../application/report-stream.js';
import { SubmitReportCommand, type StoredDifference, type SubmitReportResult } from './submit-report.command.js';

/**
 * extract → decide → append (expected version "no stream", deterministic event
 * ids) → publish after commit. A duplicate, even racing, ends as `created: false`
 * with the stored stream's answer.
 */
@CommandHandler(SubmitReportCommand)
export class SubmitReportHandler implements ICommandHandler<SubmitReportCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(REPORT_EXTRACTOR) private readonly extractor: ReportExtractor,
    private readonly eventBus: EventBus,
    private readonly metrics: MetricsService,
  ) {}

  /** Submissions under way in this process, by report id: a twin waits for the first instead of extracting again. */
  private readonly inFlight = new Map<string, Promise<SubmitReportResult>>();

  async execute(command: SubmitReportCommand): Promise<SubmitReportResult> {
    const reportId = deriveReportId(command.input.text, command.input.source);
    const pending = this.inFlight.get(reportId);
    if (pending) {
      try {
        const first = await pending;
        this.metrics.reportsSubmitted.inc({ outcome: 'existing' });
        return { ...first, created: false };
      } catch {
        // The first attempt failed; this one stands on its own (and fails or succeeds by itself).
      }
    }
    const attempt = this.submit(command, reportId);
    this.inFlight.set(reportId, attempt);
    try {
      return await attempt;
    } finally {
      if (this.inFlight.get(reportId) === attempt) this.inFlight.delete(reportId);
    }
  }

  private async submit({ input, metadata }: SubmitReportCommand, reportId: string): Promise<SubmitReportResult> {
    const streamId = reportStreamId(reportId);
    try {
      // Cheap read first: a known report costs neither an extraction nor a write.
      const stored = await this.store.readStream(streamId);
      if (stored.length > 0) return this.existing(reportId, stored, input);

      const started = performance.now();
      const [extraction, extractorVersion] = await Promise.all([
        this.extractor.extract({ text: input.text, publishedOn: input.publishedOn, language: input.language, source: input.source }),
        this.extractor.version(),
      ]);
      this.metrics.extractionDuration.observe((performance.now() - started) / 1000);

      const events = decide(
        {
          type: 'SubmitReport',
          data: { reportId, input, contentHash: contentHash(input.text), extraction, extractorVersion },
          metadata,
        },
        initialState(),
      );
      const toAppend: NewEvent[] = toReportStreamEvents(streamId, events);

      let result;
      try {
        result = await this.store.append(streamId, toAppend, { expectedVersion: 'no_stream' });
      } catch (error) {
        if (!isLostSubmissionRace(error)) throw error;
        // Lost a race with an identical submission: the winner's stream is the answer.
        const winner = await this.store.readStream(streamId);
        if (winner.length === 0) throw error;
        return this.existing(reportId, winner, input);
      }
      if (result.alreadyAppended)
        return this.existing(reportId, result.events.length ? result.events : await this.store.readStream(streamId), input);

      announceAppended(this.metrics, this.eventBus, streamId, reportId, result.events);
      this.metrics.reportsSubmitted.inc({ outcome: 'created' });
      return {
        id: reportId,
        created: true,
        position: result.lastPosition,
        events: summarise(result.events),
        warnings: extraction.warnings ?? [],
      };
    } catch (error) {
      this.metrics.reportsSubmitted.inc({ outcome: 'failed' });
      throw error;
    }
  }

  /** The submission part of a stored stream: ReportSubmitted and its extracted events. */
  private existing(reportId: string, stored: readonly RecordedEvent[], input: SubmitReportInput): SubmitReportResult {
    const submitted = stored[0]!;
    const count = Number((submitted.data as { eventCount?: unknown }).eventCount ?? 0);
    const submission = stored.slice(0, 1 + count);
    this.metrics.reportsSubmitted.inc({ outcome: 'existing' });
    // The stream may be shorter than what was read (a racing append): fold what there is.
    const state = foldReport(stored.map(toDomainEvent));
    return {
      id: reportId,
      created: false,
      position: submission.at(-1)!.position,
      events: summarise(submission),
      warnings: latestWarnings(stored),
      retracted: state.status === 'retracted',
      differences: differencesFrom(state, input),
    };
  }
}

/**
 * What the caller sent that the stored report says otherwise (a re-post never
 * changes a report; `PATCH /reports/:id` does). Fields the caller left out are
 * not differences.
 */
export function differencesFrom(state: ReportState, input: SubmitReportInput): StoredDifference[] {
  if (state.status === 'none') return [];
  const out: StoredDifference[] = [];
  for (const field of CORRECTABLE_REPORT_FIELDS) {
    const sent = input[field];
    if (sent === null || sent === undefined) continue;
    const stored = state[field] ?? null;
    if (sent !== stored) out.push({ field, sent, stored });
  }
  return out;
}

/** The warnings of the report's latest extraction (a re-extraction replaces the submission's). */
export function latestWarnings(stored: readonly RecordedEvent[]): string[] {
  const latest = stored.findLast((e) => e.type === 'ReportReextracted') ?? stored.find((e) => e.type === 'ReportSubmitted');
  const warnings = (latest?.data as { warnings?: unknown } | undefined)?.warnings;
  return Array.isArray(warnings) ? warnings.map(String) : [];
}
