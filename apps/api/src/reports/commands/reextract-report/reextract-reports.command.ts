import { Command } from '@nestjs/cqrs';
import type { CommandMetadata } from '@sitrep/domain';
import type { ReextractReportResult } from './reextract-report.command.js';

/**
 * ReextractReportCommand for several reports at once (`sitrep reextract --all`): their streams
 * are read in one statement, and each report is then re-extracted exactly as the single command
 * does it (its own expected version, its own retries, its own answer). Settled per report, in
 * the order given: one report's failure is its own.
 */
export class ReextractReportsCommand extends Command<Array<PromiseSettledResult<ReextractReportResult>>> {
  constructor(
    readonly reportIds: readonly string[],
    readonly metadata: CommandMetadata,
    readonly force = false,
  ) {
    super();
  }
}
