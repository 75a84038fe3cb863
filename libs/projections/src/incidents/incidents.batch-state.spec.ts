import { describe, expect, it } from 'vitest';
import type { HeldMember } from './held-members.js';
import { IncidentsBatchState } from './incidents.batch-state.js';
import type { IncidentValues, MemberValues } from './incident-values.js';
import type { RegionEvent } from './relink-region.js';

const incident = (id: string): IncidentValues => ({
  id,
  kind: 'violence',
  types: ['ShellingReported'],
  date_from: '2022-09-13',
  date_to: '2022-09-13',
  place_ids: [],
  parties: [],
  member_count: 2,
  report_ids: ['r'],
  first_event_id: 'e1',
  first_position: 1,
});

const member = (eventId: string, position: number): MemberValues => ({
  event_id: eventId,
  report_id: `r-${eventId}`,
  type: 'ShellingReported',
  date_from: '2022-09-13',
  date_to: '2022-09-13',
  place_ids: ['am-jermuk'],
  parties: [],
  event_position: position,
});

const held = (incidentId: string, ...ms: MemberValues[]): HeldMember[] =>
  ms.map((m) => ({ m, incident: incidentId, pinned: false, validFrom: m.event_position }));

/** A state with incident X adopted (its values), and its held list of e1 and e2. */
function stateWithX(before?: (s: IncidentsBatchState, list: HeldMember[]) => void) {
  const list = held('X', member('e1', 1), member('e2', 2));
  const s = new IncidentsBatchState();
  before?.(s, list);
  s.adoptValues(incident('X'), 5);
  s.adoptHeld('X', list);
  return { s, x: s.incidents.get('X')!, list };
}

describe('IncidentsBatchState: an incident adopted as a whole held list', () => {
  it('remembers the list while its members are exactly the list', () => {
    const { x, list } = stateWithX();
    expect([...x.members]).toEqual(['e1', 'e2']);
    expect(x.held).toBe(list);
  });

  it('does not, when the batch had moved one of its members elsewhere before adopting it', () => {
    const { x } = stateWithX((s, list) => {
      s.newMember(list[0]!.m);
      s.adoptValues(incident('Y'), 5);
      s.moveMember('e1', 'Y', 7);
    });
    expect([...x.members]).toEqual(['e2']);
    expect(x.held).toBeNull();
  });

  it('does not, when the batch knew one of its members before (its order may differ)', () => {
    const { x } = stateWithX((s, list) => {
      s.newMember(list[1]!.m);
      s.moveMember('e2', 'X', 3);
    });
    expect(new Set(x.members)).toEqual(new Set(['e1', 'e2']));
    expect(x.held).toBeNull();
  });

  it('lets the list and what was made of its members go when a member moves, joins or is pinned', () => {
    const made = [] as RegionEvent[];
    for (const change of [
      (s: IncidentsBatchState) => s.moveMember('e1', null, 9),
      (s: IncidentsBatchState) => (s.newMember(member('e3', 8)), s.moveMember('e3', 'X', 9)),
      (s: IncidentsBatchState) => s.moveMember('e2', 'X', 9, true),
    ]) {
      const { s, x } = stateWithX();
      x.listed = made;
      change(s);
      expect([x.held, x.listed]).toEqual([null, null]);
    }
  });
});
