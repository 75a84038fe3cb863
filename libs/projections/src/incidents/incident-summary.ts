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

/** The fields of an incident that every listing shows (the list's and the map's rows): its summary less report ids and first event. */
export type IncidentFields = Omit<IncidentSummary, 'reportIds' | 'firstEventId'>;
