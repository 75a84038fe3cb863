/** The size limits of one report, shared by the input rules and the event schemas. */
export const REPORT_INPUT_LIMITS = {
  /** UTF-8 bytes of `text`. */
  maxTextBytes: 1024 * 1024,
  maxSourceLength: 300,
  maxTitleLength: 1000,
  maxUrlLength: 2048,
} as const;
