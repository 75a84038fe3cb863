import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { decideIncidents, INCIDENT_DECISIONS_STREAM, type IncidentCommand, type IncidentMembership } from '@sitrep/domain';
import type { EventStore } from '@sitrep/event-store';
import { currentMemberIds } from '@sitrep/projections';
import { EVENT_STORE } from '../../../infrastructure/tokens.js';
import { ReadModel } from '../../shared/read-model.service.js';
import { MergeIncidentsCommand, SplitIncidentCommand, type DecisionResult } from './incident-decision.commands.js';

/**
 * Reads the named incidents' members from the incidents projection, lets the
 * incident decider (libs/domain) judge the command, and appends its decision to
 * `incident-decisions` under a fresh decision id.
 */
async function decideAndAppend(store: EventStore, read: ReadModel, command: IncidentCommand): Promise<DecisionResult> {
  const named = command.type === 'MergeIncidents' ? command.data.incidentIds : [command.data.incidentId];
  const state: IncidentMembership = new Map(await Promise.all(named.map(async (id) => [id, await currentMemberIds(read.db, id)] as const)));
  const [decision] = decideIncidents(command, state);
  const r = await store.append(INCIDENT_DECISIONS_STREAM, [{ id: command.data.decisionId, ...decision! }]);
  const incidentId = decision!.type === 'IncidentsMerged' ? decision!.data.into : decision!.data.newIncidentId;
  return { decisionId: command.data.decisionId, incidentId, position: r.lastPosition };
}

/** Records IncidentsMerged; it lists the member events too, so a rebuild whose linking rule gives other ids still finds what the analyst meant. */
@CommandHandler(MergeIncidentsCommand)
export class MergeIncidentsHandler implements ICommandHandler<MergeIncidentsCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly read: ReadModel,
  ) {}

  execute(c: MergeIncidentsCommand): Promise<DecisionResult> {
    return decideAndAppend(this.store, this.read, {
      type: 'MergeIncidents',
      data: { decisionId: randomUUID(), incidentIds: c.incidentIds, into: c.into, reason: c.reason, decidedBy: c.decidedBy },
      metadata: c.metadata,
    });
  }
}

/** Records IncidentSplit: the named member events leave for a new incident whose id derives from the decision's id. */
@CommandHandler(SplitIncidentCommand)
export class SplitIncidentHandler implements ICommandHandler<SplitIncidentCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly read: ReadModel,
  ) {}

  execute(c: SplitIncidentCommand): Promise<DecisionResult> {
    return decideAndAppend(this.store, this.read, {
      type: 'SplitIncident',
      data: { decisionId: randomUUID(), incidentId: c.incidentId, eventIds: c.eventIds, reason: c.reason, decidedBy: c.decidedBy },
      metadata: c.metadata,
    });
  }
}
