import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/domain-error.js';
import type { IncidentDecision } from './incident-decisions.events.js';
import { incidentIdFor } from './incident-id.js';
import {
  decideIncidents,
  evolveIncidents,
  type IncidentCommand,
  type IncidentMembership,
  type MergeIncidents,
  type SplitIncident,
} from './incident.decider.js';

const metadata = { now: '2026-12-06T09:00:00.000Z', correlationId: 'corr-1' };

const merge = (incidentIds: string[], into = incidentIds[0]!): MergeIncidents => ({
  type: 'MergeIncidents',
  data: { decisionId: 'd-merge', incidentIds, into, reason: 'same strike', decidedBy: 'analyst' },
  metadata,
});
const split = (incidentId: string, eventIds: string[]): SplitIncident => ({
  type: 'SplitIncident',
  data: { decisionId: 'd-split', incidentId, eventIds, reason: null, decidedBy: 'analyst' },
  metadata,
});

/** Given the incidents' members now and the decisions since, when this command is decided... */
const given = (members: Record<string, readonly string[]>, past: IncidentDecision[] = []) => ({
  when: (command: IncidentCommand) => {
    const state = past.reduce(evolveIncidents, new Map(Object.entries(members)) as IncidentMembership);
    const run = () => decideIncidents(command, state);
    return {
      then: (check: (produced: IncidentDecision[]) => void) => check(run()),
      thenThrows: (code: string, context?: Record<string, unknown>) => {
        expect(run).toThrow(DomainError);
        try {
          run();
        } catch (error) {
          expect((error as DomainError).code).toBe(code);
          if (context) expect((error as DomainError).context).toMatchObject(context);
        }
      },
    };
  },
});

const incidents = { a: ['e1', 'e2'], b: ['e3'], c: ['e4', 'e5', 'e6'] };

describe('incident decider', () => {
  describe('MergeIncidents', () => {
    it('folds the other incidents into the chosen one and records every member event', () =>
      given(incidents)
        .when(merge(['a', 'b', 'c'], 'b'))
        .then((events) =>
          expect(events).toEqual([
            {
              type: 'IncidentsMerged',
              data: {
                into: 'b',
                incidentIds: ['a', 'c'],
                eventIds: ['e1', 'e2', 'e3', 'e4', 'e5', 'e6'],
                reason: 'same strike',
                decidedAt: metadata.now,
              },
              metadata: { correlationId: 'corr-1', decidedBy: 'analyst' },
            },
          ]),
        ));

    it('needs two different incidents', () =>
      given(incidents)
        .when(merge(['a', 'a']))
        .thenThrows('MERGE_INVALID', { field: 'incidentIds' }));

    it('keeps one of the merged incidents', () =>
      given(incidents)
        .when(merge(['a', 'b'], 'c'))
        .thenThrows('MERGE_INVALID', { field: 'into' }));

    it('refuses an incident that does not exist (now)', () =>
      given(incidents)
        .when(merge(['a', 'zz']))
        .thenThrows('INCIDENT_NOT_FOUND', { id: 'zz' }));

    it('refuses an incident already merged away', () =>
      given(incidents, decideIncidents(merge(['a', 'b']), new Map(Object.entries(incidents))))
        .when(merge(['b', 'c']))
        .thenThrows('INCIDENT_NOT_FOUND', { id: 'b' }));
  });

  describe('SplitIncident', () => {
    it('moves the named events to a new incident named after the decision', () =>
      given(incidents)
        .when(split('c', ['e5', 'e6']))
        .then((events) =>
          expect(events).toEqual([
            {
              type: 'IncidentSplit',
              data: {
                incidentId: 'c',
                eventIds: ['e5', 'e6'],
                newIncidentId: incidentIdFor('d-split'),
                reason: null,
                decidedAt: metadata.now,
              },
              metadata: { correlationId: 'corr-1', decidedBy: 'analyst' },
            },
          ]),
        ));

    it('leaves at least one event in the incident', () =>
      given(incidents)
        .when(split('a', ['e1', 'e2']))
        .thenThrows('SPLIT_INVALID'));

    it('counts an event named twice once', () =>
      given(incidents)
        .when(split('a', ['e1', 'e1']))
        .then((events) => expect(events[0]!.data.eventIds).toEqual(['e1'])));

    it('names at least one event', () => given(incidents).when(split('a', [])).thenThrows('SPLIT_INVALID', { field: 'eventIds' }));

    it('moves only events of the incident', () =>
      given(incidents)
        .when(split('c', ['e4', 'e1']))
        .thenThrows('SPLIT_INVALID', { eventIds: ['e1'] }));

    it('refuses an incident that does not exist', () =>
      given(incidents)
        .when(split('zz', ['e1']))
        .thenThrows('INCIDENT_NOT_FOUND'));

    it('can split what a merge joined, and the new incident can be merged back', () => {
      const merged = decideIncidents(merge(['a', 'b']), new Map(Object.entries(incidents)));
      given(incidents, merged)
        .when(split('a', ['e3']))
        .then((events) => {
          const state = [...merged, ...events].reduce(evolveIncidents, new Map(Object.entries(incidents)) as IncidentMembership);
          expect(state.get('a')).toEqual(['e1', 'e2']);
          expect(state.get(incidentIdFor('d-split'))).toEqual(['e3']);
          given(Object.fromEntries(state))
            .when(merge(['a', incidentIdFor('d-split')]))
            .then((again) => expect(again[0]!.data.eventIds).toEqual(['e1', 'e2', 'e3']));
        });
    });
  });
});
