import { describe, expect, it } from 'vitest';
import { ACTOR_TABLE } from './actor-table.js';
import { describeParty, isKnownParty, isStateCode, listActors } from './party.js';

describe('party codes', () => {
  it('describes a state from its ISO code, in English and Arabic, as state forces', () => {
    expect(describeParty('AM')).toMatchObject({ name: 'Armenia', nameAr: 'أرمينيا', kind: 'state', inter: 1 });
  });

  it('describes a non-state group from the table with its home country and ACLED type', () => {
    expect(describeParty('SD-RSF')).toMatchObject({ kind: 'group', country: 'SD', type: 'rebel', inter: 2 });
    expect(describeParty('LB-HEZBOLLAH')).toMatchObject({ type: 'political militia', inter: 3 });
    expect(describeParty('ISIS')).toMatchObject({ country: null, kind: 'group' });
    expect(describeParty('UN')).toMatchObject({ kind: 'organisation', inter: 8 });
  });

  it('answers a code with one frozen description, so callers naming parties per row cannot change what others read', () => {
    const first = describeParty('AZ')!;
    expect(describeParty('AZ')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => Object.assign(first, { name: 'changed' })).toThrow(TypeError);
    expect(describeParty('AZ')).toMatchObject({ name: 'Azerbaijan', kind: 'state' });
    expect(describeParty('SD-RSF')).toBe(describeParty('SD-RSF'));
  });

  it('knows no user-assigned, historic or lower-case code', () => {
    for (const code of ['XX', 'ZZ', 'SU', 'YU', 'am', 'SD-NOPE', '']) expect([code, isKnownParty(code)]).toEqual([code, false]);
    expect(describeParty('XX')).toBeNull();
    expect(isStateCode('UN')).toBe(false);
  });

  it('holds each code once, in the spec form, with at least one Arabic name and no Arabic name twice', () => {
    const codes = ACTOR_TABLE.map((a) => a.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^(?:[A-Z]{2}-[A-Z0-9]+|[A-Z][A-Z-]+)$/);
    const names = ACTOR_TABLE.flatMap((a) => [...a.arabic, ...(a.generic ?? [])]);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    expect(listActors()).toHaveLength(ACTOR_TABLE.length);
  });
});
