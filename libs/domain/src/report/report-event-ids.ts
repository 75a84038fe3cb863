import { deterministicUuid } from '../shared/deterministic-id.js';

/**
 * Event id of the `index`-th event appended to a stream at `fromVersion`.
 * Deterministic so that 50 concurrent submissions of one report all propose the
 * same ids and the store keeps exactly one copy.
 */
export const reportEventId = (streamId: string, streamVersion: number): string =>
  deterministicUuid('sitrep/report-event', streamId, streamVersion);

/** What the store needs of one event (structurally the event store's NewEvent). */
export interface ReportStreamEvent {
  id: string;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
}

/**
 * The events a decider returned, ready to append to `streamId` after its
 * current `version` (0 for a new stream), each with its deterministic id.
 */
export const toReportStreamEvents = (
  streamId: string,
  events: ReadonlyArray<{ type: string; data: unknown; metadata: object }>,
  version = 0,
): ReportStreamEvent[] =>
  events.map((event, index) => ({
    id: reportEventId(streamId, version + index + 1),
    type: event.type,
    data: event.data,
    metadata: { ...event.metadata },
  }));
