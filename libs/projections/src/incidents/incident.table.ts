import type { Selectable } from 'kysely';
import type { Int8, NullableInt8 } from '../shared/column-types.js';

/** One version of an incident, valid over [valid_from, valid_to) in global positions. */
export interface IncidentTable {
  build: number;
  /**
   * Stable: derived from the id of the event (or split decision) that created it, and kept when later
   * events join or relinking reshapes it (see canonical-relink.ts for which incident keeps which id).
   */
  id: string;
  kind: string;
  /** The distinct event types of its members. */
  types: string[];
  date_from: string;
  date_to: string;
  place_ids: string[];
  parties: string[];
  member_count: number;
  report_ids: string[];
  first_event_id: string;
  first_position: Int8;
  valid_from: Int8;
  valid_to: NullableInt8;
}

export type IncidentRow = Selectable<IncidentTable>;
