import type { z } from 'zod';
import type { Event } from '../shared/event.js';
import type { decisionMetadataSchema, incidentSplitDataSchema, incidentsMergedDataSchema } from './incident-decisions.schema.js';

/**
 * Analysts' decisions about incidents, in the stream `incident-decisions`.
 * Every build of the incidents projection applies them in global order, so a
 * rebuild (even with a better linking rule) honours them.
 */
export const INCIDENT_DECISIONS_STREAM = 'incident-decisions';

export type DecisionMetadata = z.infer<typeof decisionMetadataSchema>;
export type IncidentsMerged = Event<'IncidentsMerged', z.infer<typeof incidentsMergedDataSchema>, DecisionMetadata>;
export type IncidentSplit = Event<'IncidentSplit', z.infer<typeof incidentSplitDataSchema>, DecisionMetadata>;

export type IncidentDecision = IncidentsMerged | IncidentSplit;
export const INCIDENT_DECISION_TYPES = ['IncidentsMerged', 'IncidentSplit'] as const;
