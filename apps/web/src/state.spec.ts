import { describe, expect, it } from 'vitest';
import { toIncident } from './api.js';
import { emptyState, matchesClientFilter, serverKey, stateFromUrl, stateToUrl } from './state.js';

const incident = (over: Record<string, unknown>) =>
  toIncident({
    id: 'inc-1',
    kind: 'violence',
    types: ['ShellingReported'],
    dateFrom: '2022-09-13',
    dateTo: '2022-09-14',
    placeIds: [],
    parties: ['AM', 'AZ'],
    eventCount: 2,
    ...over,
  });

describe('view state in the URL', () => {
  it('round-trips every key, Arabic included, and leaves empty ones out', () => {
    const s = {
      ...emptyState(),
      location: 'جرموك',
      type: 'ShellingReported',
      party: 'AZ',
      from: '2022-09-01',
      asOf: '1200',
      incident: 'inc-9',
    };
    const url = stateToUrl(s);
    expect(url).not.toContain('to=');
    expect(url).not.toContain('publishedBefore');
    expect(stateFromUrl(url)).toEqual(s);
    expect(stateToUrl(emptyState())).toBe('');
  });

  it('refetches only for what the server filters: place, asOf, publishedBefore', () => {
    const s = emptyState();
    expect(serverKey({ ...s, type: 'X', party: 'AM', from: '2022-01-01', incident: 'i' })).toBe(serverKey(s));
    expect(serverKey({ ...s, location: 'Jermuk' })).not.toBe(serverKey(s));
    expect(serverKey({ ...s, asOf: '5' })).not.toBe(serverKey(s));
    expect(serverKey({ ...s, publishedBefore: '2022-09-14' })).not.toBe(serverKey(s));
  });
});

describe('the filters applied in the page follow the incidents query', () => {
  const f = (over: Partial<ReturnType<typeof emptyState>>) => matchesClientFilter({ ...emptyState(), ...over });

  it('type and party must be among the incident’s (party in any case)', () => {
    const i = incident({});
    expect(f({ type: 'ShellingReported' })(i)).toBe(true);
    expect(f({ type: 'AirStrikeReported' })(i)).toBe(false);
    expect(f({ party: 'az' })(i)).toBe(true);
    expect(f({ party: 'RU' })(i)).toBe(false);
  });

  it('dates overlap: ends on or after from, begins on or before to', () => {
    const i = incident({ dateFrom: '2022-09-13', dateTo: '2022-09-14' });
    expect(f({ from: '2022-09-14' })(i)).toBe(true);
    expect(f({ from: '2022-09-15' })(i)).toBe(false);
    expect(f({ to: '2022-09-13' })(i)).toBe(true);
    expect(f({ to: '2022-09-12' })(i)).toBe(false);
  });
});
