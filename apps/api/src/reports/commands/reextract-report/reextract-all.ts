import type { CommandBus } from '@nestjs/cqrs';
import { ReportErrorCode, type CommandMetadata } from '@sitrep/domain';
import type { EventStore } from '@sitrep/event-store';
import { readHistory } from '../../../replay/read-history.js';
import { ReextractReportCommand, type ReextractReportResult } from './reextract-report.command.js';

export interface ReextractAllProgress {
  /** Reports looked at so far. */
  done: number;
  reportId: string;
  outcome: ReextractReportResult['outcome'] | 'skipped' | 'failed';
  error?: { code?: string; message: string };
}

export interface ReextractAllSummary {
  reports: number;
  reextracted: number;
  unchanged: number;
  /** Retracted reports: they no longer count, so they are not re-extracted. */
  skipped: number;
  failed: number;
  /** Global position of the last event appended (0 when none): `waitFor` for the whole run. */
  position: number;
}

/**
 * Every report, in the order they were submitted (found by their
 * ReportSubmitted in the global order, read page by page so the list is
 * never held in memory), re-extracted one at a time. One report failing does
 * not stop the others; it is counted and reported.
 */
export async function reextractAll(
  store: Pick<EventStore, 'readAll' | 'headPosition'>,
  commandBus: Pick<CommandBus, 'execute'>,
  metadata: () => CommandMetadata,
  options: { force?: boolean; signal?: AbortSignal; onProgress?: (p: ReextractAllProgress) => void } = {},
): Promise<ReextractAllSummary> {
  const summary: ReextractAllSummary = { reports: 0, reextracted: 0, unchanged: 0, skipped: 0, failed: 0, position: 0 };
  for await (const batch of readHistory(store, { signal: options.signal })) {
    for (const event of batch) {
      if (event.type !== 'ReportSubmitted' || options.signal?.aborted) continue;
      const reportId = (event.data as { reportId: string }).reportId;
      summary.reports++;
      let progress: ReextractAllProgress;
      try {
        const result = await commandBus.execute(new ReextractReportCommand(reportId, metadata(), options.force));
        summary[result.outcome]++;
        if (result.outcome === 'reextracted') summary.position = Math.max(summary.position, result.position);
        progress = { done: summary.reports, reportId, outcome: result.outcome };
      } catch (err) {
        const e = err as { code?: string; message?: string };
        if (e.code === ReportErrorCode.REPORT_ALREADY_RETRACTED) {
          summary.skipped++;
          progress = { done: summary.reports, reportId, outcome: 'skipped' };
        } else {
          summary.failed++;
          progress = { done: summary.reports, reportId, outcome: 'failed', error: { code: e.code, message: e.message ?? String(err) } };
        }
      }
      options.onProgress?.(progress);
    }
  }
  return summary;
}
