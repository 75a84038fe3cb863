import { DomainError } from '../shared/domain-error.js';

/**
 * Every expected failure of the report use cases, with its stable code.
 * Codes are part of the public API (problem+json `code`); never rename one.
 */
export const ReportErrorCode = {
  // input
  INVALID_BODY: 'INVALID_BODY',
  UNKNOWN_FIELD: 'UNKNOWN_FIELD',
  INVALID_FIELD: 'INVALID_FIELD',
  TEXT_REQUIRED: 'TEXT_REQUIRED',
  TEXT_EMPTY: 'TEXT_EMPTY',
  REPORT_TOO_LARGE: 'REPORT_TOO_LARGE',
  TEXT_CONTAINS_NUL: 'TEXT_CONTAINS_NUL',
  INVALID_UTF8: 'INVALID_UTF8',
  INVALID_DATE: 'INVALID_DATE',
  PUBLISHED_IN_FUTURE: 'PUBLISHED_IN_FUTURE',
  INVALID_LANGUAGE: 'INVALID_LANGUAGE',
  INVALID_URL: 'INVALID_URL',
  FIELD_TOO_LONG: 'FIELD_TOO_LONG',
  INVALID_REPORT_ID: 'INVALID_REPORT_ID',
  // state
  REPORT_NOT_FOUND: 'REPORT_NOT_FOUND',
  REPORT_ALREADY_RETRACTED: 'REPORT_ALREADY_RETRACTED',
  REPORT_ALREADY_SUBMITTED: 'REPORT_ALREADY_SUBMITTED',
  REEXTRACTION_UNCHANGED: 'REEXTRACTION_UNCHANGED',
} as const;
export type ReportErrorCode = (typeof ReportErrorCode)[keyof typeof ReportErrorCode];

/** Bad input, named by its code. */
export class ReportValidationError extends DomainError {
  override readonly name = 'ReportValidationError';
  constructor(code: ReportErrorCode, detail: string, context: Record<string, unknown> = {}) {
    super(code, detail, context);
  }
}

export class ReportNotFoundError extends DomainError {
  override readonly name = 'ReportNotFoundError';
  constructor(reportId: string) {
    super(ReportErrorCode.REPORT_NOT_FOUND, `No report with id ${reportId}.`, { reportId });
  }
}

export class ReportAlreadyRetractedError extends DomainError {
  override readonly name = 'ReportAlreadyRetractedError';
  constructor(reportId: string) {
    super(ReportErrorCode.REPORT_ALREADY_RETRACTED, `Report ${reportId} is already retracted.`, { reportId });
  }
}
