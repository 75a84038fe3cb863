import { describe, expect, it } from 'vitest';
import type { Claim } from './api.js';
import { splitRunningTolls } from './claims-chart.js';

const claim = (over: Partial<Claim>): Claim => ({
  eventId: 'e1',
  claimant: 'PS',
  claimantParty: 'PS',
  claimantName: null,
  outlet: null,
  reportId: 'r1',
  quote: '',
  side: 'PS',
  affiliation: 'civilian',
  category: 'killed',
  min: 3,
  max: 3,
  approximate: false,
  vague: false,
  ...over,
});

describe('running tolls', () => {
  it('keeps cumulative figures out of the incident’s own claims', () => {
    const own = claim({ eventId: 'a' });
    const running = claim({ eventId: 'b', min: 41431, max: 41431, cumulative: true, period: { from: '2023-10-07', to: '2024-09-23' } });
    const split = splitRunningTolls([own, running, claim({ eventId: 'c', cumulative: false })]);
    expect(split.own.map((c) => c.eventId)).toEqual(['a', 'c']);
    expect(split.running.map((c) => c.eventId)).toEqual(['b']);
  });
});
