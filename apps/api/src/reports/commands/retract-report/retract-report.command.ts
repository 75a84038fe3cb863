import { Command } from '@nestjs/cqrs';
import { assertReportId, ReportErrorCode, ReportValidationError, type CommandMetadata } from '@sitrep/domain';
import type { AppendedEventSummary } from '../../application/report-stream.js';

export interface RetractReportResult {
  id: string;
  position: number;
  events: AppendedEventSummary[];
}

const FIELDS = ['reason', 'retractedBy'];

export class RetractReportCommand extends Command<RetractReportResult> {
  private constructor(
    readonly reportId: string,
    readonly reason: string,
    readonly retractedBy: string,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }

  /** Validates `{reason, retractedBy?}`; `retractedBy` defaults to who the caller is (the admin token holder). */
  static from(reportId: string, raw: unknown, metadata: CommandMetadata, defaultRetractedBy = 'admin'): RetractReportCommand {
    assertReportId(reportId);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      throw new ReportValidationError(ReportErrorCode.INVALID_BODY, 'A retraction is a JSON object such as {"reason": "..."}.');
    }
    const body = raw as Record<string, unknown>;
    const unknown = Object.keys(body).filter((k) => !FIELDS.includes(k));
    if (unknown.length) {
      throw new ReportValidationError(
        ReportErrorCode.UNKNOWN_FIELD,
        `Unknown field(s): ${unknown.join(', ')}. Allowed: ${FIELDS.join(', ')}.`,
        { fields: unknown },
      );
    }
    const text = (field: string, max: number, required: boolean): string | null => {
      const value = body[field];
      if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
        if (required)
          throw new ReportValidationError(ReportErrorCode.INVALID_FIELD, `"${field}" is required and may not be blank.`, { field });
        return null;
      }
      if (typeof value !== 'string')
        throw new ReportValidationError(ReportErrorCode.INVALID_FIELD, `"${field}" must be a string.`, { field });
      if (value.includes('\u0000'))
        throw new ReportValidationError(ReportErrorCode.TEXT_CONTAINS_NUL, `"${field}" contains a NUL character.`, { field });
      if (value.length > max)
        throw new ReportValidationError(ReportErrorCode.FIELD_TOO_LONG, `"${field}" is longer than ${max} characters.`, { field });
      return value.trim();
    };
    const reason = text('reason', 2000, true)!;
    const retractedBy = text('retractedBy', 200, false) ?? defaultRetractedBy;
    return new RetractReportCommand(reportId, reason, retractedBy, metadata);
  }
}
