/** An incident as lists show it. */
export interface IncidentSummary {
  id: string;
  kind: string;
  types: string[];
  dateFrom: string;
  dateTo: string;
  placeIds: string[];
  parties: string[];
  eventCount: number;
  reportIds: string[];
  firstEventId: string;
}
