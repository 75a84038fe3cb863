import type { EventStore, RecordedEvent } from '../../../../../libs/event-store/src/event-store.types.js';
import { foldReport, reportStreamId, type ReportEvent, type ReportState } from '../../../../../libs/domain/src/index.js';

export interface LoadedReport {
  streamId: string;
  recorded: RecordedEvent[];
  state: ReportState;
  /** Current stream version (0 when the stream does not exist). */
  version: number;
}

export const toDomainEvent = (event: RecordedEvent): ReportEvent =>
  ({ type: event.type, data: event.data, metadata: event.metadata }) as ReportEvent;

/** Reads a report stream and folds it through the decider's evolve. */
export async function loadReport(store: EventStore, reportId: string): Promise<LoadedReport> {
  const streamId = reportStreamId(reportId);
  const recorded = await store.readStream(streamId);
  return {
    streamId,
    recorded,
    state: foldReport(recorded.map(toDomainEvent)),
    version: recorded.at(-1)?.streamVersion ?? 0,
  };
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
