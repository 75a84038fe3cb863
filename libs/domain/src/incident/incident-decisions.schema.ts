import { z } from 'zod';
import { isoTimestamp, type EventSchemas } from '../schema/event-schema.js';

/** Schemas of the analysts' decisions, checked before append; incident-decisions.events.ts infers its types from them. */
const incidentId = z.string().min(1).max(200);
const eventIds = z.array(z.string().min(1).max(200)).max(100_000);
const reason = z.string().max(10_000).nullable();

export const decisionMetadataSchema = z.looseObject({ correlationId: z.string().min(1).max(300), decidedBy: z.string().min(1).max(300) });

export const incidentsMergedDataSchema = z.strictObject({
  /** The incident that remains. */
  into: incidentId,
  /** The incidents folded into it. */
  incidentIds: z.array(incidentId).max(1_000),
  /** Their member events when the analyst decided: finds them again if a rebuild gave them other ids. */
  eventIds,
  reason,
  decidedAt: isoTimestamp,
});

export const incidentSplitDataSchema = z.strictObject({
  incidentId,
  /** The member events that leave it for the new incident. */
  eventIds,
  /** Deterministic: derived from the decision's own id. */
  newIncidentId: incidentId,
  reason,
  decidedAt: isoTimestamp,
});

export const INCIDENT_DECISION_SCHEMAS: EventSchemas = {
  IncidentsMerged: { data: incidentsMergedDataSchema, metadata: decisionMetadataSchema },
  IncidentSplit: { data: incidentSplitDataSchema, metadata: decisionMetadataSchema },
};
