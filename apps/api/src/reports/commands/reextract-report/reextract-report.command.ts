import { Command } from '@nestjs/cqrs';
import { assertReportId, type CommandMetadata } from '@sitrep/domain';
import type { AppendedEventSummary } from '../../application/report-stream.js';

export const REEXTRACTION_UNCHANGED = 'REEXTRACTION_UNCHANGED';

export type ReextractReportResult =
  | {
      id: string;
      outcome: 'reextracted';
      extractorVersion: string;
      previousExtractorVersion: string;
      extractionId: string;
      extractionNumber: number;
      /** Extracted events in the new extraction. */
      eventCount: number;
      /** Global position of the last appended event: pass it as `waitFor` to read your write. */
      position: number;
      events: AppendedEventSummary[];
    }
  | {
      id: string;
      outcome: 'unchanged';
      /** Stable: the report was already extracted by this extractor version; nothing was appended. */
      code: typeof REEXTRACTION_UNCHANGED;
      detail: string;
      extractorVersion: string;
      /** Global position of the stream's last event. */
      position: number;
      events: [];
    };

/**
 * Runs the current extractor again on a stored report and, when its version
 * differs from the one that made the report's latest extraction (or `force`),
 * appends ReportReextracted and the new extracted events, superseding the old
 * extraction. The history keeps both.
 */
export class ReextractReportCommand extends Command<ReextractReportResult> {
  constructor(
    readonly reportId: string,
    readonly metadata: CommandMetadata,
    readonly force = false,
  ) {
    super();
    assertReportId(reportId);
  }
}
