import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { KYSELY } from '../../infrastructure/tokens.js';
import type { ProjectionDb } from '../../../../../libs/projections/src/runner/projection.js';
import { resolveAsOf, type AsOf } from '../../../../../libs/projections/src/shared/as-of.js';
import { gazetteerDirectory } from '../../../../../libs/projections/src/locations/gazetteer-directory.js';
import { placeChainOf, type PlaceDirectory } from '../../../../../libs/projections/src/locations/place-directory.js';
import { resolveLocation } from '../../../../../libs/projections/src/locations/locations.query.js';
import type { PlaceChain } from '../../../../../libs/projections/src/incidents/linking.rule.js';
import { LocationNotFoundError } from './read-side.errors.js';

/** What every read-side controller shares: the database, the gazetteer, asOf and location resolution. */
@Injectable()
export class ReadModel {
  readonly db: ProjectionDb;
  readonly directory: PlaceDirectory = gazetteerDirectory;
  readonly chain: PlaceChain = placeChainOf(gazetteerDirectory);

  constructor(@Inject(KYSELY) db: Kysely<any>) {
    this.db = db as ProjectionDb;
  }

  /** A timestamp becomes the last position recorded at or before it. */
  asOfPosition(asOf: AsOf | null): Promise<number | null> {
    return resolveAsOf(this.db, asOf);
  }

  placeIds(location: string | undefined): string[] | undefined {
    if (location === undefined) return undefined;
    const ids = resolveLocation(this.directory, location);
    if (ids.length === 0) throw new LocationNotFoundError(location);
    return ids;
  }
}
