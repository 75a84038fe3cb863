import { deterministicUuid } from '../shared/deterministic-id.js';

/**
 * Event id of the `index`-th event appended to a stream at `fromVersion`.
 * Deterministic so that 50 concurrent submissions of one report all propose the
 * same ids and the store keeps exactly one copy.
 */
export const reportEventId = (streamId: string, streamVersion: number): string =>
  deterministicUuid('sitrep/report-event', streamId, streamVersion);
