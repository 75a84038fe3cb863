import { handleWhen, retry } from 'cockatiel';
import type { EventStore, RecordedEvent } from '@sitrep/event-store';
import type { EventBus } from '@nestjs/cqrs';
import {
  foldReport,
  ReportAlreadyRetractedError,
  ReportNotFoundError,
  reportStreamId,
  type ReportEvent,
  type ReportState,
} from '@sitrep/domain';
import type { MetricsService } from '../../observability/metrics.service.js';
import { ReportStreamAppended } from './report-stream-appended.event.js';

export interface LoadedReport {
  streamId: string;
  recorded: RecordedEvent[];
  state: ReportState;
  /** Current stream version (0 when the stream does not exist). */
  version: number;
}

export const toDomainEvent = (event: RecordedEvent): ReportEvent =>
  ({ type: event.type, data: event.data, metadata: event.metadata }) as ReportEvent;

export type LiveReport = LoadedReport & { state: Extract<ReportState, { status: 'active' | 'retracted' }> };

/** A report stream's events (as read, in version order) folded through the decider's evolve. */
export function foldLoadedReport(streamId: string, recorded: RecordedEvent[]): LoadedReport {
  return {
    streamId,
    recorded,
    state: foldReport(recorded.map(toDomainEvent)),
    version: recorded.at(-1)?.streamVersion ?? 0,
  };
}

/** Reads a report stream and folds it through the decider's evolve. */
export async function loadReport(store: EventStore, reportId: string): Promise<LoadedReport> {
  const streamId = reportStreamId(reportId);
  return foldLoadedReport(streamId, await store.readStream(streamId));
}

/** The loaded report, for a command on a report that must exist and not be retracted (checked before any extraction). */
export function liveReport(reportId: string, { state, ...loaded }: LoadedReport): LiveReport {
  if (state.status === 'none') throw new ReportNotFoundError(reportId);
  if (state.status === 'retracted') throw new ReportAlreadyRetractedError(reportId);
  return { ...loaded, state };
}

/** Like loadReport, for a command on a report that must exist and not be retracted (checked before any extraction). */
export async function loadLiveReport(store: EventStore, reportId: string): Promise<LiveReport> {
  return liveReport(reportId, await loadReport(store, reportId));
}

/** After an append to a report stream: counts its events on /metrics and tells the rest of the app (live views). */
export function announceAppended(
  metrics: MetricsService,
  eventBus: EventBus,
  streamId: string,
  reportId: string,
  events: readonly RecordedEvent[],
): void {
  for (const event of events) metrics.eventsAppended.inc({ type: event.type });
  eventBus.publish(new ReportStreamAppended(streamId, reportId, events));
}

export interface AppendedEventSummary {
  id: string;
  type: string;
  position: number;
  version: number;
}

export const summarise = (events: readonly RecordedEvent[]): AppendedEventSummary[] =>
  events.map((e) => ({ id: e.id, type: e.type, position: e.position, version: e.streamVersion }));

export const isConcurrencyConflict = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === 'CONCURRENCY_CONFLICT';

/** Someone else wrote this stream first: a racing twin, or the same report with other metadata (partly different ids). */
export const isLostSubmissionRace = (error: unknown): boolean =>
  ['CONCURRENCY_CONFLICT', 'PARTIAL_DUPLICATE_APPEND'].includes(String((error as { code?: unknown } | null)?.code));

/** Attempts in all (the first and two retries) at deciding on a fresh read of a stream that someone else wrote. */
export const STREAM_WRITE_ATTEMPTS = 3;

/** Thrown inside an attempt whose events another writer appended first (same ids): read again and decide anew. */
export class AppendOvertaken extends Error {
  override readonly name = 'AppendOvertaken';
}

/**
 * cockatiel's retry without delay: on CONCURRENCY_CONFLICT (or AppendOvertaken) the
 * handler loads the stream again and decides on it; after the last attempt the error
 * reaches the caller. The attempt number (0-based) comes in the context.
 *
 * ```ts
 * return retryOnConcurrentWrite.execute(({ attempt }) => this.once(command, attempt + 1));
 * ```
 */
export const retryOnConcurrentWrite = retry(
  handleWhen((error) => isConcurrencyConflict(error) || error instanceof AppendOvertaken),
  { maxAttempts: STREAM_WRITE_ATTEMPTS - 1 },
);
