/** The 422 codes a report body can earn (parseSubmitReportInput): POST /reports and its dry run POST /extract share them. */
export const REPORT_INPUT_PROBLEMS = [
  'TEXT_REQUIRED',
  'TEXT_EMPTY',
  'TEXT_CONTAINS_NUL',
  'INVALID_UTF8',
  'INVALID_DATE',
  'PUBLISHED_IN_FUTURE',
  'UNKNOWN_FIELD',
  'INVALID_FIELD',
  'FIELD_TOO_LONG',
  'INVALID_LANGUAGE',
  'INVALID_URL',
  'INVALID_BODY',
];
