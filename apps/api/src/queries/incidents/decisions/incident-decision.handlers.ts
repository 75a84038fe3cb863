import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import type { EventStore } from '../../../../../../libs/event-store/src/event-store.types.js';
import {
  INCIDENT_DECISIONS_STREAM,
  type IncidentsMerged,
  type IncidentSplit,
} from '../../../../../../libs/projections/src/incidents/incident-decisions.events.js';
import { incidentIdFor } from '../../../../../../libs/projections/src/incidents/incidents.projection.js';
import { currentMemberIds } from '../../../../../../libs/projections/src/incidents/incidents.query.js';
import { EVENT_STORE } from '../../../infrastructure/tokens.js';
import { ReadModel } from '../../shared/read-model.service.js';
import { IncidentNotFoundError, InvalidDecisionError } from '../../shared/read-side.errors.js';
import { MergeIncidentsCommand, SplitIncidentCommand, type DecisionResult } from './incident-decision.commands.js';

/**
 * Appends IncidentsMerged to `incident-decisions` after checking the incidents
 * exist now. It records their member events too, so a rebuild whose linking
 * rule gives other ids still finds what the analyst meant.
 */
@CommandHandler(MergeIncidentsCommand)
export class MergeIncidentsHandler implements ICommandHandler<MergeIncidentsCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly read: ReadModel,
  ) {}

  async execute(c: MergeIncidentsCommand): Promise<DecisionResult> {
    const eventIds: string[] = [];
    for (const id of c.incidentIds) {
      const members = await currentMemberIds(this.read.db, id);
      if (members.length === 0) throw new IncidentNotFoundError(id, null);
      eventIds.push(...members);
    }
    const decisionId = randomUUID();
    const data: IncidentsMerged['data'] = {
      into: c.into,
      incidentIds: c.incidentIds.filter((i) => i !== c.into),
      eventIds,
      reason: c.reason,
      decidedAt: c.metadata.now,
    };
    const r = await this.store.append(INCIDENT_DECISIONS_STREAM, [
      { id: decisionId, type: 'IncidentsMerged', data, metadata: { correlationId: c.metadata.correlationId, decidedBy: c.decidedBy } },
    ]);
    return { decisionId, incidentId: c.into, position: r.lastPosition };
  }
}

/** Appends IncidentSplit: the named member events leave for a new incident whose id derives from the decision's id. */
@CommandHandler(SplitIncidentCommand)
export class SplitIncidentHandler implements ICommandHandler<SplitIncidentCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly read: ReadModel,
  ) {}

  async execute(c: SplitIncidentCommand): Promise<DecisionResult> {
    const members = await currentMemberIds(this.read.db, c.incidentId);
    if (members.length === 0) throw new IncidentNotFoundError(c.incidentId, null);
    const strangers = c.eventIds.filter((e) => !members.includes(e));
    if (strangers.length)
      throw new InvalidDecisionError('SPLIT_INVALID', `Not events of incident ${c.incidentId}: ${strangers.join(', ')}.`, {
        eventIds: strangers,
      });
    if (c.eventIds.length >= members.length)
      throw new InvalidDecisionError('SPLIT_INVALID', 'A split must leave at least one event in the incident.');
    const decisionId = randomUUID();
    const newIncidentId = incidentIdFor(decisionId);
    const data: IncidentSplit['data'] = {
      incidentId: c.incidentId,
      eventIds: c.eventIds,
      newIncidentId,
      reason: c.reason,
      decidedAt: c.metadata.now,
    };
    const r = await this.store.append(INCIDENT_DECISIONS_STREAM, [
      { id: decisionId, type: 'IncidentSplit', data, metadata: { correlationId: c.metadata.correlationId, decidedBy: c.decidedBy } },
    ]);
    return { decisionId, incidentId: newIncidentId, position: r.lastPosition };
  }
}
