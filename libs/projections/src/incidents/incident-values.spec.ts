import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate, withMember, type MemberValues } from './incident-values.js';

const memberArb: fc.Arbitrary<MemberValues> = fc.record({
  event_id: fc.constantFrom('e1', 'e2', 'e3', 'e4', 'e5', 'e6'),
  report_id: fc.constantFrom('r1', 'r2', 'r3', ''),
  type: fc.constantFrom('ShellingReported', 'AirStrikeReported', 'CasualtiesClaimed', 'CeasefireDeclared'),
  date_from: fc.constantFrom('2022-09-12', '2022-09-13'),
  date_to: fc.constantFrom('2022-09-13', '2022-09-14'),
  place_ids: fc.uniqueArray(fc.constantFrom('am', 'am-jermuk', 'am-goris'), { maxLength: 2 }).map((xs) => xs.sort()),
  parties: fc.uniqueArray(fc.constantFrom('AM', 'AZ', ''), { maxLength: 2 }).map((xs) => xs.sort()),
  event_position: fc.integer({ min: 1, max: 4 }),
});

describe('withMember', () => {
  it("gives what aggregating all the members again gives, whatever the new member's place in the order", () => {
    fc.assert(
      fc.property(fc.array(memberArb, { minLength: 2, maxLength: 8 }), (all) => {
        const members = all.filter((m, i) => all.findIndex((x) => x.event_id === m.event_id) === i);
        fc.pre(members.length >= 2);
        const [joining, ...rest] = members;
        expect(withMember(aggregate('inc', rest), joining!)).toEqual(aggregate('inc', members));
      }),
      { numRuns: 2000, seed: 17 },
    );
  });

  it('keeps the lists it was given when the member brings nothing new to them', () => {
    const m: MemberValues = {
      event_id: 'e1',
      report_id: 'r1',
      type: 'ShellingReported',
      date_from: '2022-09-13',
      date_to: '2022-09-13',
      place_ids: ['am-jermuk'],
      parties: ['AZ'],
      event_position: 1,
    };
    const v = aggregate('inc', [m]);
    const w = withMember(v, { ...m, event_id: 'e2', event_position: 2 });
    expect(w.place_ids).toBe(v.place_ids);
    expect(w.report_ids).toBe(v.report_ids);
    expect(w.member_count).toBe(2);
    expect(w.first_event_id).toBe('e1');
  });
});
