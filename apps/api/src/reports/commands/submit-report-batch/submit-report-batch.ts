import type { CommandBus } from '@nestjs/cqrs';
import { decodeUtf8Strict, DomainError } from '@sitrep/domain';
import { HttpProblem } from '../../../http/http-problem.error.js';
import { ndjsonLines } from '../../../http/ndjson-lines.js';
import { toProblem } from '../../../http/problem-details.filter.js';
import type { ProblemDetails } from '../../../http/problem-details.js';
import type { AppendedEventSummary } from '../../application/report-stream.js';
import { commandMetadata } from '../../application/command-metadata.js';
import { SubmitReportCommand } from '../submit-report/submit-report.command.js';

export const BATCH_LIMITS = {
  /** Reports per batch; past it, one BATCH_TOO_LARGE line and the rest is not read. */
  maxReports: 1000,
  /** Bytes per line: a 1 MiB report may grow up to 6x as JSON escapes. */
  maxLineBytes: 8 * 1024 * 1024,
};

export type BatchLineResult =
  | { line: number; status: 200 | 201; id: string; created: boolean; position: number; events: AppendedEventSummary[] }
  | { line: number | null; status: number; error: ProblemDetails };

export interface BatchSummary {
  summary: { lines: number; created: number; existing: number; failed: number; truncated: boolean };
}

/**
 * Submits an ndjson stream one line at a time through the same SubmitReport
 * command as POST /reports, yielding one result per non-blank line as soon as
 * it is known, then a summary. A bad line fails alone.
 */
export async function* submitReportBatch(
  commandBus: CommandBus,
  body: AsyncIterable<Buffer | string>,
  options: { correlationId: string; instance: string; maxReports?: number; maxLineBytes?: number },
): AsyncGenerator<BatchLineResult | BatchSummary> {
  const maxReports = options.maxReports ?? BATCH_LIMITS.maxReports;
  const summary = { lines: 0, created: 0, existing: 0, failed: 0, truncated: false };
  try {
    for await (const { number, bytes, tooLong } of ndjsonLines(body, options.maxLineBytes ?? BATCH_LIMITS.maxLineBytes)) {
      if (!tooLong && bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0d)) continue;
      if (summary.lines >= maxReports) {
        summary.truncated = true;
        summary.failed += 1;
        const error = new HttpProblem(
          'BATCH_TOO_LARGE',
          `A batch holds at most ${maxReports} reports; line ${number} and the rest were not submitted.`,
        );
        const { problem } = toProblem(error, options.instance);
        yield { line: number, status: problem.status, error: problem };
        break;
      }
      summary.lines += 1;
      try {
        if (tooLong)
          throw new DomainError(
            'REPORT_TOO_LARGE',
            `Line ${number} is longer than ${options.maxLineBytes ?? BATCH_LIMITS.maxLineBytes} bytes.`,
          );
        let raw: unknown;
        const text = decodeUtf8Strict(bytes);
        try {
          raw = JSON.parse(text);
        } catch (error) {
          throw new HttpProblem('MALFORMED_JSON', `Line ${number} is not valid JSON: ${(error as Error).message}`);
        }
        const command = SubmitReportCommand.from(raw, commandMetadata(`${options.correlationId}:${number}`, options.correlationId));
        const result = await commandBus.execute(command);
        if (result.created) summary.created += 1;
        else summary.existing += 1;
        yield { line: number, status: result.created ? 201 : 200, ...result };
      } catch (error) {
        summary.failed += 1;
        const { problem } = toProblem(error, options.instance);
        yield { line: number, status: problem.status, error: problem };
      }
    }
  } catch (error) {
    // The body itself broke off (too large, client gone): the lines read so far stand.
    summary.truncated = true;
    summary.failed += 1;
    const { problem } = toProblem(error, options.instance);
    yield { line: null, status: problem.status, error: problem };
  }
  yield { summary };
}
