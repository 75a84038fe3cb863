import type { Selectable } from 'kysely';
import type { Int8, NullableInt8 } from '../shared/column-types.js';

/** An incident filed under a place, directly or through one of its places' ancestors. */
export interface IncidentPlaceTable {
  build: number;
  incident_id: string;
  place_id: string;
  direct: boolean;
  /** The incident's `date_from` over this row's validity (a change of it starts a new row). */
  date_from: string;
  valid_from: Int8;
  valid_to: NullableInt8;
}

export type IncidentPlaceRow = Selectable<IncidentPlaceTable>;
