import { DomainError } from '@sitrep/domain';

export class LocationNotFoundError extends DomainError {
  override readonly name = 'LocationNotFoundError';
  constructor(query: string) {
    super('LOCATION_NOT_FOUND', `No place in the gazetteer matches "${query}" (give a gazetteer id or an English or Arabic name).`, {
      location: query,
    });
  }
}
