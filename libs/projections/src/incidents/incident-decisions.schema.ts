import { array, isoTimestamp, nullable, object, string, type Schema } from '../../../domain/src/schema/schema.js';

/** Schemas of the analysts' decisions (incident-decisions.events.ts), checked before append. */
const incidentId = string({ min: 1, max: 200 });
const eventId = string({ min: 1, max: 200 });
const metadata: Schema = object(
  { correlationId: string({ min: 1, max: 300 }), decidedBy: string({ min: 1, max: 300 }) },
  { allowUnknown: true },
);

export const INCIDENT_DECISION_SCHEMAS: Readonly<Record<string, { data: Schema; metadata: Schema }>> = {
  IncidentsMerged: {
    data: object({
      into: incidentId,
      incidentIds: array(incidentId, { max: 1_000 }),
      eventIds: array(eventId, { max: 100_000 }),
      reason: nullable(string({ max: 10_000 })),
      decidedAt: isoTimestamp(),
    }),
    metadata,
  },
  IncidentSplit: {
    data: object({
      incidentId,
      eventIds: array(eventId, { max: 100_000 }),
      newIncidentId: incidentId,
      reason: nullable(string({ max: 10_000 })),
      decidedAt: isoTimestamp(),
    }),
    metadata,
  },
};
