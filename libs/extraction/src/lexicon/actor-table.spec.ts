import { describe, expect, it } from 'vitest';
import { ACTOR_TABLE } from '@sitrep/domain';
import { isKnownParty } from '@sitrep/domain';
import { tokenize } from '../text/tokens.js';
import { partyOnDay } from './actor-table.js';
import { MEDIA } from './media.js';
import { ACTORS } from './parties.js';

describe('the actor lexicon reads the actor table', () => {
  it('reads every Arabic name of the table, whole, as its code', () => {
    const misread: string[] = [];
    for (const entry of ACTOR_TABLE)
      for (const name of [...entry.arabic, ...(entry.generic ?? [])]) {
        const { tokens } = tokenize(name);
        const m = ACTORS.matchAt(tokens, 0);
        if (!m || m.end !== tokens.length || m.data.party !== entry.code) misread.push(`${name} → ${m?.data.party ?? 'nothing'}`);
      }
    expect(misread).toEqual([]);
  });

  it('gives outlets only known party codes', () => {
    for (const [party, name] of MEDIA) expect([name, party === null || isKnownParty(party)]).toEqual([name, true]);
  });

  it('moves a name to its successor after its last day', () => {
    const day = (iso: string) => Date.parse(iso) / 86_400_000;
    expect(partyOnDay('AF-TALIBAN', day('2021-08-14'))).toBe('AF-TALIBAN');
    expect(partyOnDay('AF-TALIBAN', day('2021-08-16'))).toBe('AF');
    expect(partyOnDay('AF-TALIBAN', null)).toBe('AF-TALIBAN');
    expect(partyOnDay('SD-RSF', day('2030-01-01'))).toBe('SD-RSF');
    for (const e of ACTOR_TABLE.filter((x) => x.until)) expect(e.successor && isKnownParty(e.successor)).toBe(true);
  });
});
