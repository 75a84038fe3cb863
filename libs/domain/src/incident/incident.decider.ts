import type { CommandMetadata } from '../shared/event.js';
import type { DecisionMetadata, IncidentDecision, IncidentsMerged, IncidentSplit } from './incident-decisions.events.js';
import { incidentIdFor } from './incident-id.js';
import { IncidentNotFoundError, InvalidDecisionError } from './incident.errors.js';

// ---------------------------------------------------------------- commands

/** `decisionId` comes from the caller: it names the recorded decision and, for a split, the new incident. */
export type MergeIncidents = {
  type: 'MergeIncidents';
  data: { decisionId: string; incidentIds: readonly string[]; into: string; reason: string | null; decidedBy: string };
  metadata: CommandMetadata;
};

export type SplitIncident = {
  type: 'SplitIncident';
  data: { decisionId: string; incidentId: string; eventIds: readonly string[]; reason: string | null; decidedBy: string };
  metadata: CommandMetadata;
};

export type IncidentCommand = MergeIncidents | SplitIncident;

// ---------------------------------------------------------------- state

/**
 * The current member events of the incidents a command names. Incidents are
 * drawn by the linking rule in the incidents projection, so the caller reads
 * this from there; an incident with no members does not exist.
 */
export type IncidentMembership = ReadonlyMap<string, readonly string[]>;

export const initialMembership = (): IncidentMembership => new Map();

// ---------------------------------------------------------------- decide

const decisionMetadata = (command: IncidentCommand): DecisionMetadata => ({
  correlationId: command.metadata.correlationId,
  decidedBy: command.data.decidedBy,
});

const membersOf = (state: IncidentMembership, incidentId: string): readonly string[] => {
  const members = state.get(incidentId) ?? [];
  if (members.length === 0) throw new IncidentNotFoundError(incidentId, null);
  return members;
};

/** Two or more existing incidents become one, `into`; their member events are recorded so a rebuild finds them again. */
export function mergeIncidents(command: MergeIncidents, state: IncidentMembership): IncidentsMerged[] {
  const { into, reason } = command.data;
  const incidentIds = [...new Set(command.data.incidentIds)];
  if (!incidentIds.includes(into))
    throw new InvalidDecisionError('MERGE_INVALID', '"into" must be one of "incidentIds".', { field: 'into' });
  if (incidentIds.length < 2)
    throw new InvalidDecisionError('MERGE_INVALID', 'A merge needs two different incidents.', { field: 'incidentIds' });
  const eventIds = incidentIds.flatMap((id) => membersOf(state, id));
  return [
    {
      type: 'IncidentsMerged',
      data: { into, incidentIds: incidentIds.filter((i) => i !== into), eventIds, reason, decidedAt: command.metadata.now },
      metadata: decisionMetadata(command),
    },
  ];
}

/** Some member events leave an incident for a new one named after the decision; at least one event stays. */
export function splitIncident(command: SplitIncident, state: IncidentMembership): IncidentSplit[] {
  const { decisionId, incidentId, reason } = command.data;
  const eventIds = [...new Set(command.data.eventIds)];
  if (eventIds.length === 0) throw new InvalidDecisionError('SPLIT_INVALID', 'A split names at least one event.', { field: 'eventIds' });
  const members = membersOf(state, incidentId);
  const strangers = eventIds.filter((e) => !members.includes(e));
  if (strangers.length > 0) {
    throw new InvalidDecisionError('SPLIT_INVALID', `Not events of incident ${incidentId}: ${strangers.join(', ')}.`, {
      eventIds: strangers,
    });
  }
  if (eventIds.length >= members.length)
    throw new InvalidDecisionError('SPLIT_INVALID', 'A split must leave at least one event in the incident.');
  return [
    {
      type: 'IncidentSplit',
      data: { incidentId, eventIds, newIncidentId: incidentIdFor(decisionId), reason, decidedAt: command.metadata.now },
      metadata: decisionMetadata(command),
    },
  ];
}

export function decideIncidents(command: IncidentCommand, state: IncidentMembership): IncidentDecision[] {
  const { type } = command;
  switch (type) {
    case 'MergeIncidents':
      return mergeIncidents(command, state);
    case 'SplitIncident':
      return splitIncident(command, state);
    default: {
      const unexpected: never = type;
      throw new Error(`Unknown incident command ${String(unexpected)}`);
    }
  }
}

// ---------------------------------------------------------------- evolve

export function evolveIncidents(state: IncidentMembership, event: IncidentDecision): IncidentMembership {
  const next = new Map(state);
  const { type } = event;
  switch (type) {
    case 'IncidentsMerged': {
      const { into, incidentIds, eventIds } = (event as IncidentsMerged).data;
      for (const id of incidentIds) next.delete(id);
      next.set(into, [...new Set([...(state.get(into) ?? []), ...eventIds])]);
      return next;
    }
    case 'IncidentSplit': {
      const { incidentId, eventIds, newIncidentId } = (event as IncidentSplit).data;
      next.set(
        incidentId,
        (state.get(incidentId) ?? []).filter((e) => !eventIds.includes(e)),
      );
      next.set(newIncidentId, [...eventIds]);
      return next;
    }
    default: {
      const unexpected: never = type;
      throw new Error(`Unknown incident decision ${String(unexpected)}`);
    }
  }
}

export const incidentDecider = { decide: decideIncidents, evolve: evolveIncidents, initialState: initialMembership } as const;
