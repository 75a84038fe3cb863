import type { Generated, Selectable } from 'kysely';
import type { Int8, NullableInt8 } from '../shared/column-types.js';

/**
 * One version of an extracted event's membership in an incident. The event's own data stay in
 * the store's `events` table (joined by `event_position` when a query shows them), not copied here.
 */
export interface IncidentMemberTable {
  build: number;
  event_id: string;
  incident_id: string;
  report_id: string;
  type: string;
  date_from: string;
  date_to: string;
  place_ids: string[];
  parties: string[];
  event_position: Int8;
  /** Placed by an analyst's merge or split: linking never moves it (migration 20261206000400). */
  pinned: Generated<boolean>;
  valid_from: Int8;
  valid_to: NullableInt8;
}

export type IncidentMemberRow = Selectable<IncidentMemberTable>;
