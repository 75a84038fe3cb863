import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  candidateWindow,
  chooseIncident,
  dayNumber,
  incidentKindOf,
  linkScore,
  spanDays,
  type LinkCandidate,
  type LinkableEvent,
  type PlaceChain,
} from './linking.rule.js';

// settlement → district/region → country
const PARENT: Record<string, string | undefined> = {
  'am-jermuk': 'am-vayots-dzor',
  'am-vayots-dzor': 'am',
  'am-goris': 'am-syunik',
  'am-syunik': 'am',
  'az-fuzuli': 'az',
};
const chain: PlaceChain = (id) => {
  const out = [id];
  for (let p = PARENT[id]; p; p = PARENT[p]) out.push(p);
  return out;
};

const event = (over: Partial<LinkableEvent> = {}): LinkableEvent => ({
  kind: 'violence',
  span: { from: '2022-09-13', to: '2022-09-13' },
  placeIds: ['am-jermuk'],
  parties: ['AM', 'AZ'],
  ...over,
});
const incident = (over: Partial<LinkCandidate> = {}): LinkCandidate => ({
  id: 'inc-a',
  kind: 'violence',
  span: { from: '2022-09-13', to: '2022-09-13' },
  placeIds: ['am-jermuk'],
  parties: ['AM', 'AZ'],
  firstPosition: 10,
  ...over,
});

describe('incidentKindOf', () => {
  it('puts every kind of fighting and its consequences into one violence kind', () => {
    for (const t of [
      'ArmedClashReported',
      'ShellingReported',
      'AirStrikeReported',
      'CasualtiesClaimed',
      'MaterielLossClaimed',
      'ControlChangeClaimed',
    ]) {
      expect(incidentKindOf(t)).toBe('violence');
    }
  });
  it('keeps ceasefires, violations, mobilisation and requests apart', () => {
    expect(incidentKindOf('CeasefireDeclared')).toBe('ceasefire');
    expect(incidentKindOf('CeasefireViolationAlleged')).toBe('ceasefire-violation');
    expect(incidentKindOf('MobilizationDeclared')).toBe('mobilization');
    expect(incidentKindOf('AssistanceRequested')).toBe('assistance-request');
  });
  it('gives informative and unknown types no incident', () => {
    expect(incidentKindOf('DiplomaticStatementIssued')).toBeNull();
    expect(incidentKindOf('TalksHeld')).toBeNull();
    expect(incidentKindOf('ReportSubmitted')).toBeNull();
  });
});

describe('linkScore', () => {
  it('links the same place on the same day', () => {
    expect(linkScore(event(), incident(), chain)).toBe(3);
  });
  it('links shelling to an air strike: both are violence', () => {
    expect(linkScore(event(), incident(), chain)).toBeGreaterThan(0);
  });
  it('links a place with the region or country that contains it, either way round', () => {
    expect(linkScore(event({ placeIds: ['am-vayots-dzor'] }), incident(), chain)).toBe(2);
    expect(linkScore(event(), incident({ placeIds: ['am'] }), chain)).toBe(2);
  });
  it('does not link two unrelated places in the same country', () => {
    expect(linkScore(event({ placeIds: ['am-goris'] }), incident(), chain)).toBe(0);
  });
  it('does not link across countries', () => {
    expect(linkScore(event({ placeIds: ['az-fuzuli'] }), incident({ placeIds: ['am'] }), chain)).toBe(0);
  });
  it('does not link different kinds', () => {
    expect(linkScore(event({ kind: 'ceasefire' }), incident(), chain)).toBe(0);
    expect(linkScore(event({ kind: 'ceasefire-violation' }), incident(), chain)).toBe(0);
  });
  it('requires overlapping dates', () => {
    expect(linkScore(event({ span: { from: '2022-09-14', to: '2022-09-14' } }), incident(), chain)).toBe(0);
    expect(linkScore(event({ span: { from: '2022-09-13', to: '2022-09-14' } }), incident(), chain)).toBe(3);
  });
  it('never lets an incident grow beyond three days', () => {
    const wide = incident({ span: { from: '2022-09-13', to: '2022-09-15' } });
    expect(linkScore(event({ span: { from: '2022-09-15', to: '2022-09-16' } }), wide, chain)).toBe(0);
    expect(linkScore(event({ span: { from: '2022-09-14', to: '2022-09-15' } }), wide, chain)).toBe(3);
  });
  it('links a placeless claim through a shared party, and only then', () => {
    expect(linkScore(event({ placeIds: [], parties: ['AM'] }), incident(), chain)).toBe(1);
    expect(linkScore(event({ placeIds: [], parties: ['RU'] }), incident(), chain)).toBe(0);
    expect(linkScore(event({ parties: ['AM'] }), incident({ placeIds: [], parties: ['AM'] }), chain)).toBe(1);
  });
});

describe('chooseIncident', () => {
  it('returns null when nothing fits', () => {
    expect(chooseIncident(event(), [], chain)).toBeNull();
    expect(chooseIncident(event({ kind: 'ceasefire' }), [incident()], chain)).toBeNull();
  });
  it('prefers the same place over containment over a party', () => {
    const byParty = incident({ id: 'p', placeIds: [], firstPosition: 1 });
    const byRegion = incident({ id: 'r', placeIds: ['am-vayots-dzor'], firstPosition: 2 });
    const same = incident({ id: 's', placeIds: ['am-jermuk'], firstPosition: 3 });
    expect(chooseIncident(event(), [byParty, byRegion, same], chain)).toBe('s');
    expect(chooseIncident(event(), [byParty, byRegion], chain)).toBe('r');
  });
  it('breaks ties by the earliest incident, then the id, whatever the order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([1, 2, 3, 4], { minLength: 2, maxLength: 4 }), (positions) => {
        const cands = positions.map((p) => incident({ id: `i${p}`, firstPosition: p }));
        const min = Math.min(...positions);
        expect(chooseIncident(event(), cands, chain)).toBe(`i${min}`);
        expect(chooseIncident(event(), [...cands].reverse(), chain)).toBe(`i${min}`);
      }),
    );
    expect(chooseIncident(event(), [incident({ id: 'b' }), incident({ id: 'a' })], chain)).toBe('a');
  });
  it('is symmetric in place containment and never links different kinds (property)', () => {
    const places = ['am-jermuk', 'am-vayots-dzor', 'am', 'am-goris', 'az-fuzuli', 'az'];
    fc.assert(
      fc.property(fc.constantFrom(...places), fc.constantFrom(...places), (a, b) => {
        const x = linkScore(event({ placeIds: [a] }), incident({ placeIds: [b] }), chain);
        const y = linkScore(event({ placeIds: [b] }), incident({ placeIds: [a] }), chain);
        expect(x).toBe(y);
        expect(linkScore(event({ placeIds: [a], kind: 'mobilization' }), incident({ placeIds: [b] }), chain)).toBe(0);
      }),
    );
  });
});

describe('candidateWindow', () => {
  it('covers every span that could still link', () => {
    expect(candidateWindow({ from: '2022-09-13', to: '2022-09-13' })).toEqual({ from: '2022-09-11', to: '2022-09-15' });
    expect(spanDays({ from: '2022-09-13', to: '2022-09-15' })).toBe(3);
  });
});

describe('broad places (issue 13 item 10)', () => {
  const broadChain: PlaceChain = Object.assign((id: string) => chain(id), { isBroad: (id: string) => id === 'am' || id === 'az' });

  it('a country picked up by an incident does not pull in an event at another specific place', () => {
    const jermukAndArmenia = incident({ placeIds: ['am', 'am-jermuk'] });
    expect(linkScore(event({ placeIds: ['am-goris'] }), jermukAndArmenia, broadChain)).toBe(0);
    // Without the gazetteer's precision the old containment rule stands.
    expect(linkScore(event({ placeIds: ['am-goris'] }), jermukAndArmenia, chain)).toBe(2);
  });

  it('an event that names only the country still joins an incident inside it', () => {
    expect(linkScore(event({ placeIds: ['am'] }), incident({ placeIds: ['am-jermuk'] }), broadChain)).toBe(2);
    expect(linkScore(event({ placeIds: ['am-jermuk', 'am'] }), incident({ placeIds: ['am-jermuk'] }), broadChain)).toBe(3);
  });
});

describe('dayNumber', () => {
  const parsed = (d: string) => Math.floor(Date.parse(`${d.slice(0, 10)}T00:00:00Z`) / 86_400_000);
  const same = (d: string) => expect([d, dayNumber(d)]).toEqual([d, parsed(d)]);

  it('counts days as Date.parse does, across leap years, centuries and a day past the end of its month (property)', () => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        same(`${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
      }),
      { numRuns: 5000 },
    );
    for (const d of ['2022-02-29', '2022-02-30', '2024-02-29', '2022-04-31', '1900-02-29', '2000-02-29', '0000-01-01', '9999-12-31'])
      same(d);
  });

  it('reads only the first ten characters, and gives what Date.parse gives for what is no date', () => {
    for (const d of ['2022-02-28T10:00', '2022-1-1', 'abcd-ef-gh', '2022-02-2x', '', '+02022-01-01', '2022/01/01', '２０２２-01-01'])
      same(d);
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (d) => {
        same(d);
      }),
    );
  });
});
