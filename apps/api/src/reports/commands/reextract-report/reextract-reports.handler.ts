import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { reportStreamId } from '@sitrep/domain';
import type { EventStore } from '@sitrep/event-store';
import { EVENT_STORE } from '../../../infrastructure/tokens.js';
import { foldLoadedReport } from '../../application/report-stream.js';
import { ReextractReportCommand, type ReextractReportResult } from './reextract-report.command.js';
import { ReextractReportHandler } from './reextract-report.handler.js';
import { ReextractReportsCommand } from './reextract-reports.command.js';

/**
 * One readStreams for the whole batch, then every report through ReextractReportHandler with the
 * stream it was read with: extractions go to the pool together (it hands waiting reports to a
 * worker in batches) and the appends made at once share a commit (the store's group commit), each
 * still at the version its report was read at. A conflict reads that report again, alone.
 */
@CommandHandler(ReextractReportsCommand)
export class ReextractReportsHandler implements ICommandHandler<ReextractReportsCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly single: ReextractReportHandler,
  ) {}

  async execute({ reportIds, metadata, force }: ReextractReportsCommand): Promise<Array<PromiseSettledResult<ReextractReportResult>>> {
    const commands = reportIds.map((id) => settle(() => new ReextractReportCommand(id, metadata, force)));
    const valid = commands.flatMap((c) => (c.status === 'fulfilled' ? [c.value] : []));
    const streams = await this.store.readStreams(valid.map((c) => reportStreamId(c.reportId)));
    return Promise.allSettled(
      commands.map(async (command) => {
        if (command.status === 'rejected') throw command.reason;
        const streamId = reportStreamId(command.value.reportId);
        return this.single.reextract(command.value, foldLoadedReport(streamId, streams.get(streamId)!));
      }),
    );
  }
}

function settle<T>(make: () => T): PromiseSettledResult<T> {
  try {
    return { status: 'fulfilled', value: make() };
  } catch (reason) {
    return { status: 'rejected', reason };
  }
}
