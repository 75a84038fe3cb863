import type { RecordedEvent } from '@sitrep/event-store';

/**
 * The wire form of a recorded event, shared by `GET /events`, `GET /streams/:id`,
 * the SSE stream and `sitrep replay`, so that all four print the same history.
 * Fields are listed explicitly: key order is stable and nothing the store adds
 * later leaks out unannounced.
 */
export interface RecordedEventJson {
  position: number;
  streamId: string;
  streamVersion: number;
  id: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: Record<string, unknown>;
  occurredAt: string;
  recordedAt: string;
  transactionId: string;
}

export function toRecordedEventJson(e: RecordedEvent): RecordedEventJson {
  return {
    position: e.position,
    streamId: e.streamId,
    streamVersion: e.streamVersion,
    id: e.id,
    type: e.type,
    schemaVersion: e.schemaVersion,
    data: e.data,
    metadata: e.metadata,
    occurredAt: toIso(e.occurredAt),
    recordedAt: toIso(e.recordedAt),
    transactionId: e.transactionId,
  };
}

function toIso(d: Date | string): string {
  return typeof d === 'string' ? new Date(d).toISOString() : d.toISOString();
}
