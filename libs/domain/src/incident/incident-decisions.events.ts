import type { Event } from '../shared/event.js';

/**
 * Analysts' decisions about incidents, in the stream `incident-decisions`.
 * Every build of the incidents projection applies them in global order, so a
 * rebuild (even with a better linking rule) honours them.
 */
export const INCIDENT_DECISIONS_STREAM = 'incident-decisions';

export interface DecisionMetadata {
  correlationId: string;
  decidedBy: string;
  [key: string]: unknown;
}

export type IncidentsMerged = Event<
  'IncidentsMerged',
  {
    /** The incident that remains. */
    into: string;
    /** The incidents folded into it. */
    incidentIds: string[];
    /** Their member events when the analyst decided: finds them again if a rebuild gave them other ids. */
    eventIds: string[];
    reason: string | null;
    decidedAt: string;
  },
  DecisionMetadata
>;

export type IncidentSplit = Event<
  'IncidentSplit',
  {
    incidentId: string;
    /** The member events that leave it for the new incident. */
    eventIds: string[];
    /** Deterministic: derived from the decision's own id. */
    newIncidentId: string;
    reason: string | null;
    decidedAt: string;
  },
  DecisionMetadata
>;

export type IncidentDecision = IncidentsMerged | IncidentSplit;
export const INCIDENT_DECISION_TYPES = ['IncidentsMerged', 'IncidentSplit'] as const;
