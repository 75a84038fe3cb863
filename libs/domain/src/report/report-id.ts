import { sha256Hex } from '../shared/deterministic-id.js';
import { ReportErrorCode, ReportValidationError } from './report.errors.js';

/**
 * Text as it is identified: Unicode NFC, every run of whitespace folded to one
 * space, trimmed. Two copies of a report that differ only in line breaks or
 * spacing are the same report.
 */
export function normaliseForIdentity(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

const normaliseSource = (source: string | null | undefined): string =>
  (source ?? '').normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();

/** Hex characters kept from the hash: 96 bits, ample for a corpus of billions. */
export const REPORT_ID_LENGTH = 24;
const REPORT_ID_PATTERN = /^[0-9a-f]{24}$/;

/**
 * The report id: a prefix of sha256(normalised text, NUL, normalised source).
 * The same report from the same outlet always lands in the same stream.
 */
export function deriveReportId(text: string, source?: string | null): string {
  return sha256Hex(`${normaliseForIdentity(text)}\u0000${normaliseSource(source)}`).slice(0, REPORT_ID_LENGTH);
}

/** sha256 (hex) of the NFC-normalised text as submitted: detects any change of content. */
export function contentHash(text: string): string {
  return sha256Hex(text.normalize('NFC'));
}

export const isReportId = (value: string): boolean => REPORT_ID_PATTERN.test(value);

export function assertReportId(value: string): string {
  if (!isReportId(value)) {
    throw new ReportValidationError(
      ReportErrorCode.INVALID_REPORT_ID,
      `A report id is ${REPORT_ID_LENGTH} lowercase hex characters; got ${JSON.stringify(value.slice(0, 64))}.`,
      { field: 'id' },
    );
  }
  return value;
}
