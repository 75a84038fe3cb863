import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CurrentIncidents, daysBetween, floorDay } from './current-incidents.js';
import type { IncidentValues } from './incident-values.js';

const incident = (id: string, kind: string, from: string, to = from): IncidentValues => ({
  id,
  kind,
  types: ['ShellingReported'],
  date_from: from,
  date_to: to,
  place_ids: [],
  parties: [],
  member_count: 1,
  report_ids: ['r'],
  first_event_id: `e-${id}`,
  first_position: 1,
});

const ids = (c: CurrentIncidents, kind: string, from: string, to: string, endsFrom = '') =>
  [...c.candidates(kind, from, to, endsFrom)].map((x) => x.values.id).sort();

describe('CurrentIncidents', () => {
  it('puts a start date that is no calendar day in the bucket of the day before it', () => {
    expect(floorDay('2022-09-15')).toBe('2022-09-15');
    expect(floorDay('2022-02-30')).toBe('2022-02-28');
    expect(floorDay('2024-02-30')).toBe('2024-02-29');
    expect(floorDay('2000-02-30')).toBe('2000-02-29');
    expect(floorDay('1900-02-29')).toBe('1900-02-28');
    expect(floorDay('2022-03-00')).toBe('2022-02-28');
    expect(floorDay('2022-01-00')).toBe('2021-12-31');
    expect(floorDay('2022-00-05')).toBe('2021-12-31');
    expect(floorDay('2022-13-01')).toBe('2022-12-31');
    expect(floorDay('2022-09-3')).toBeNull();
    expect(daysBetween('2022-02-27', '2022-03-01')).toEqual(['2022-02-27', '2022-02-28', '2022-03-01']);
    expect(daysBetween('2022-01-01', '2022-06-01')).toBeNull(); // too long: looked up in the table
    expect(daysBetween('2022-09-10|2022-09-11', '2022-09-12')).toEqual(['2022-09-10', '2022-09-11', '2022-09-12']);
  });

  it('finds every date between two dates (as text) in the buckets of the days between them (property)', () => {
    const d = fc
      .tuple(fc.integer({ min: 1998, max: 2002 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, day]) => `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    fc.assert(
      fc.property(d, d, d, (a, b, c) => {
        const [lo, s, hi] = [a, b, c].sort();
        const days = daysBetween(lo!, hi!);
        if (days) expect(days).toContain(floorDay(s!));
      }),
      { numRuns: 2000 },
    );
  });

  it('lets whole buckets go, least recently used first, and answers only what it holds wholly', () => {
    const c = new CurrentIncidents(2);
    c.put(incident('a', 'violence', '2022-09-12'), 1);
    c.put(incident('b', 'violence', '2022-09-14'), 2);
    c.put(incident('c', 'ceasefire', '2022-09-14'), 3);
    expect(c.complete).toBe(true);
    expect(c.covers('violence', '2022-01-01', '2022-12-31')).toBe(true);
    // A look-up of 12 September makes its bucket the most recently used.
    expect(ids(c, 'violence', '2022-09-10', '2022-09-12')).toEqual(['a']);
    c.trim();
    expect(c.size).toBe(2);
    expect(c.complete).toBe(false);
    expect(c.get('b')).toBeUndefined();
    expect(c.covers('violence', '2022-09-10', '2022-09-13')).toBe(true);
    expect(c.covers('violence', '2022-09-13', '2022-09-15')).toBe(false);
    expect(c.covers('ceasefire', '2022-09-13', '2022-09-15')).toBe(true);
    expect(c.covers('violence', '2022-01-01', '2022-12-31')).toBe(false);
    // An incident of a bucket let go is not held; one that moves out of a held bucket into it leaves.
    c.put(incident('d', 'violence', '2022-09-14'), 4);
    expect(c.get('d')).toBeUndefined();
    c.put(incident('a', 'violence', '2022-09-14'), 5);
    expect(c.get('a')).toBeUndefined();
    expect(ids(c, 'violence', '2022-09-10', '2022-09-13')).toEqual([]);
    expect(c.size).toBe(1);
  });

  it('does not cover a range once an incident without a calendar start of that kind was let go', () => {
    const c = new CurrentIncidents(0);
    c.put(incident('x', 'violence', 'someday'), 1);
    c.put(incident('y', 'ceasefire', '2022-09-14'), 2);
    c.trim();
    expect(c.size).toBe(0);
    expect(c.covers('violence', '2022-09-10', '2022-09-13')).toBe(false);
    expect(c.covers('ceasefire', '2022-09-10', '2022-09-13')).toBe(true);
    expect(c.covers('ceasefire', '2022-09-13', '2022-09-15')).toBe(false);
  });

  it('answers the next start date of a kind while it holds every incident, and leaves it to the table once buckets are let go', () => {
    const c = new CurrentIncidents(2);
    c.put(incident('a', 'violence', '2022-09-12'), 1);
    c.put(incident('b', 'violence', '2022-09-14'), 2);
    c.put(incident('c', 'ceasefire', '2022-09-13'), 3);
    expect(c.nextStart('violence', '2022-09-11')).toBe('2022-09-12');
    expect(c.nextStart('violence', '2022-09-12')).toBe('2022-09-14'); // after, not on, the day
    expect(c.nextStart('violence', '2022-09-14')).toBeNull();
    expect(c.nextStart('mobilization', '2022-09-01')).toBeNull();
    c.remove('a');
    expect(c.nextStart('violence', '2022-09-01')).toBe('2022-09-14');
    c.put(incident('d', 'violence', '2022-09-20'), 4);
    c.trim();
    expect(c.nextStart('violence', '2022-09-01')).toBeUndefined();
  });

  it('finds the next start date after a day as the table would (text order, property)', () => {
    const day = fc
      .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
      .map(([m, d]) => `2022-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.array(day, { maxLength: 20 }), day, (starts, after) => {
        const c = new CurrentIncidents();
        starts.forEach((s, i) => c.put(incident(`i${i}`, 'violence', s), i));
        const later = starts.filter((s) => s > after).sort();
        expect(c.nextStart('violence', after)).toBe(later[0] ?? null);
      }),
    );
  });

  it('is the state as of a position only between batches, and carried over only from a batch that ended there', () => {
    const c = new CurrentIncidents();
    expect(c.isAt(0)).toBe(false);
    expect(c.carried).toBe(false);
    c.end(10);
    expect(c.isAt(10)).toBe(true);
    expect(c.isAt(9)).toBe(false);
    expect(c.carried).toBe(false);
    c.begin();
    expect(c.isAt(10)).toBe(false);
    expect(c.carried).toBe(true);
    expect(() => c.begin()).toThrow(/already applying/);
    c.end(20);
    expect(c.isAt(20)).toBe(true);
    expect(() => c.end(30)).toThrow(/no batch is applying/);
  });
});
