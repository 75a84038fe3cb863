import type { ColumnType, Selectable } from 'kysely';
import type { Int8, NullableInt8 } from '../shared/column-types.js';
import type { ExtractedEventData } from '../../../domain/src/report/report.events.js';

/** One version of an extracted event's membership in an incident. */
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
  // Postgres.js serialises the object itself (a pre-stringified value would be stored as a JSON string).
  data: ColumnType<ExtractedEventData, ExtractedEventData, ExtractedEventData>;
  event_position: Int8;
  valid_from: Int8;
  valid_to: NullableInt8;
}

export type IncidentMemberRow = Selectable<IncidentMemberTable>;
