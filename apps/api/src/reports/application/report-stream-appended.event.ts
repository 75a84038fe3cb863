import type { RecordedEvent } from '@sitrep/event-store';

/**
 * Published on the in-process EventBus after a report stream append has
 * committed (never before), for in-process reactions such as live updates.
 * Projections should still read the store: this is a nudge, not the source of truth.
 */
export class ReportStreamAppended {
  constructor(
    readonly streamId: string,
    readonly reportId: string,
    readonly events: readonly RecordedEvent[],
  ) {}
}
