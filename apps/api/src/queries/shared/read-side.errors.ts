import { DomainError } from '../../../../../libs/domain/src/shared/domain-error.js';

export class IncidentNotFoundError extends DomainError {
  override readonly name = 'IncidentNotFoundError';
  /** `currentIncidentId`: where its first event now belongs (after a merge), so a client holding the old id can follow it. */
  constructor(id: string, asOf: number | null, currentIncidentId: string | null = null) {
    super(
      'INCIDENT_NOT_FOUND',
      (asOf === null ? `No incident "${id}".` : `No incident "${id}" as of position ${asOf}.`) +
        (currentIncidentId ? ` Its events now belong to incident "${currentIncidentId}".` : ''),
      404,
      { id, asOf, ...(currentIncidentId ? { currentIncidentId } : {}) },
    );
  }
}

export class LocationNotFoundError extends DomainError {
  override readonly name = 'LocationNotFoundError';
  constructor(query: string) {
    super('LOCATION_NOT_FOUND', `No place in the gazetteer matches "${query}" (give a gazetteer id or an English or Arabic name).`, 404, {
      location: query,
    });
  }
}

export class ProjectionNotFoundError extends DomainError {
  override readonly name = 'ProjectionNotFoundError';
  constructor(name: string, known: string[]) {
    super('PROJECTION_NOT_FOUND', `No projection "${name}"; known: ${known.join(', ')}.`, 404, { projection: name, known });
  }
}

export class InvalidDecisionError extends DomainError {
  override readonly name = 'InvalidDecisionError';
  constructor(code: 'MERGE_INVALID' | 'SPLIT_INVALID', detail: string, context: Record<string, unknown> = {}) {
    super(code, detail, 422, context);
  }
}
