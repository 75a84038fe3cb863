import { Command } from '@nestjs/cqrs';
import {
  assertReportId,
  parseMetadataCorrection,
  type CommandMetadata,
  type MetadataCorrectionInput,
  type ReportMetadataFields,
} from '@sitrep/domain';
import type { AppendedEventSummary } from '../../application/report-stream.js';

export interface CorrectReportResult {
  id: string;
  /** `unchanged` when every field already had the value sent: nothing was written. */
  outcome: 'corrected' | 'unchanged';
  changes: ReportMetadataFields;
  previous: ReportMetadataFields;
  /** True when the correction touched a field the extractor reads, so the text was extracted again. */
  reextracted: boolean;
  position: number;
  events: AppendedEventSummary[];
}

/** `PATCH /reports/:id`: validated on construction, like every command. */
export class CorrectReportCommand extends Command<CorrectReportResult> {
  private constructor(
    readonly reportId: string,
    readonly input: MetadataCorrectionInput,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }

  static from(reportId: string, raw: unknown, metadata: CommandMetadata): CorrectReportCommand {
    assertReportId(reportId);
    return new CorrectReportCommand(reportId, parseMetadataCorrection(raw, metadata.now), metadata);
  }
}
