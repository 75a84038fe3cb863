import { DomainError } from '../shared/domain-error.js';

/** Codes are part of the public API (problem+json `code`); never rename one. */
export const IncidentErrorCode = {
  INCIDENT_NOT_FOUND: 'INCIDENT_NOT_FOUND',
  MERGE_INVALID: 'MERGE_INVALID',
  SPLIT_INVALID: 'SPLIT_INVALID',
} as const;

export class IncidentNotFoundError extends DomainError {
  override readonly name = 'IncidentNotFoundError';
  /** `currentIncidentId`: where its first event now belongs (after a merge), so a client holding the old id can follow it. */
  constructor(id: string, asOf: number | null, currentIncidentId: string | null = null) {
    super(
      IncidentErrorCode.INCIDENT_NOT_FOUND,
      (asOf === null ? `No incident "${id}".` : `No incident "${id}" as of position ${asOf}.`) +
        (currentIncidentId ? ` Its events now belong to incident "${currentIncidentId}".` : ''),
      { id, asOf, ...(currentIncidentId ? { currentIncidentId } : {}) },
    );
  }
}

/** A merge or split that breaks one of the decider's rules; nothing is recorded. */
export class InvalidDecisionError extends DomainError {
  override readonly name = 'InvalidDecisionError';
  constructor(code: 'MERGE_INVALID' | 'SPLIT_INVALID', detail: string, context: Record<string, unknown> = {}) {
    super(code, detail, context);
  }
}
