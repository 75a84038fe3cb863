import { Command } from '@nestjs/cqrs';
import { parseSubmitReportInput, type CommandMetadata, type SubmitReportInput } from '@sitrep/domain';
import type { AppendedEventSummary } from '../../application/report-stream.js';

export interface SubmitReportResult {
  id: string;
  /** False when the report was already stored: nothing was written. */
  created: boolean;
  /** Global position of the stream's last submission event (read-your-writes). */
  position: number;
  events: AppendedEventSummary[];
  /** What the extractor could not do with the text (a language it does not read, …), from the stored extraction. */
  warnings: string[];
  /** Already stored: whether it was retracted since. */
  retracted?: boolean;
  /** Already stored: the fields sent that the stored report holds otherwise. */
  differences?: StoredDifference[];
}

export interface StoredDifference {
  field: string;
  sent: string;
  stored: string | null;
}

/** Submit one report. Build it with `from()`, which validates: a command is always valid input. */
export class SubmitReportCommand extends Command<SubmitReportResult> {
  private constructor(
    readonly input: SubmitReportInput,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }

  /** Throws ReportValidationError (stable code) for bad input. */
  static from(raw: unknown, metadata: CommandMetadata): SubmitReportCommand {
    return new SubmitReportCommand(parseSubmitReportInput(raw, metadata.now), metadata);
  }
}
